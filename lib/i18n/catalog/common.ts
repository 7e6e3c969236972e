import { defineMessages } from '..';

/**
 * Strings that mean the same wherever they show: the app's name and the
 * labels and buttons several areas share. Each area's catalog takes them
 * from here under its own key, so each is translated once.
 */
export const common = defineMessages({
  appName: {
    en: '1325 Lens',
    fr: '1325 Lens',
    es: '1325 Lens',
    ru: '1325 Lens',
    ar: '1325 Lens',
    zh: '1325 Lens',
  },
  close: {
    en: 'Close',
    fr: 'Fermer',
    es: 'Cerrar',
    ru: 'Закрыть',
    ar: 'إغلاق',
    zh: '关闭',
  },
  showInPanel: {
    en: 'Show in side panel',
    fr: 'Afficher dans le panneau latéral',
    es: 'Mostrar en el panel lateral',
    ru: 'Показать на боковой панели',
    ar: 'عرض في اللوحة الجانبية',
    zh: '在侧边栏中显示',
  },
  openInLens: {
    en: 'Open in 1325 Lens',
    fr: 'Ouvrir dans 1325 Lens',
    es: 'Abrir en 1325 Lens',
    ru: 'Открыть в 1325 Lens',
    ar: 'فتح في 1325 Lens',
    zh: '在 1325 Lens 中打开',
  },
  openOnUndocs: {
    en: 'Open on undocs.org',
    fr: 'Ouvrir sur undocs.org',
    es: 'Abrir en undocs.org',
    ru: 'Открыть на undocs.org',
    ar: 'فتح على undocs.org',
    zh: '在 undocs.org 上打开',
  },
  themes: {
    en: 'Themes',
    fr: 'Thèmes',
    es: 'Temas',
    ru: 'Темы',
    ar: 'المواضيع',
    zh: '主题',
  },
  document: {
    en: 'Document',
    fr: 'Document',
    es: 'Documento',
    ru: 'Документ',
    ar: 'الوثيقة',
    zh: '文件',
  },
  symbol: {
    en: 'Symbol',
    fr: 'Cote',
    es: 'Signatura',
    ru: 'Условное обозначение',
    ar: 'الرمز',
    zh: '文号',
  },
  language: {
    en: 'Language',
    fr: 'Langue',
    es: 'Idioma',
    ru: 'Язык',
    ar: 'اللغة',
    zh: '语言',
  },
  passages: {
    en: 'Passages',
    fr: 'Passages',
    es: 'Pasajes',
    ru: 'Фрагменты',
    ar: 'المقاطع',
    zh: '段落',
  },
  savedPassages: {
    en: 'Saved passages',
    fr: 'Passages enregistrés',
    es: 'Pasajes guardados',
    ru: 'Сохранённые фрагменты',
    ar: 'المقاطع المحفوظة',
    zh: '已保存的段落',
  },
});
