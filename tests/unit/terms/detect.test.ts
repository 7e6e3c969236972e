/** Language detection: script ranges first, then function words for Latin script. */
import { describe, expect, it } from 'vitest';
import { detectLanguage, lexiconLanguage } from '../../../lib/terms';

describe('detectLanguage', () => {
  it.each([
    ['The Security Council reaffirms the important role of women in the prevention of conflicts.', 'en'],
    [
      'Le Conseil de sécurité réaffirme le rôle important que jouent les femmes dans la prévention des conflits.',
      'fr',
    ],
    [
      'El Consejo de Seguridad reafirma el importante papel que desempeñan las mujeres en la prevención de los conflictos.',
      'es',
    ],
    ['Совет Безопасности подтверждает важную роль женщин в предотвращении конфликтов.', 'ru'],
    ['يعيد مجلس الأمن تأكيد الدور الهام للمرأة في منع نشوب الصراعات.', 'ar'],
    ['安全理事会重申妇女在预防冲突方面的重要作用。', 'zh'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('tells short Latin-script headings apart by their letters', () => {
    expect(detectLanguage('Violencia contra la mujer')).toBe('es');
    expect(detectLanguage('Violence à l’encontre des femmes')).toBe('fr');
    expect(detectLanguage('Violence against women')).toBe('en');
  });

  it('reads Chinese that quotes symbols and numbers as Chinese', () => {
    expect(detectLanguage('第1325(2000)号决议和S/PRST/2004/40')).toBe('zh');
  });

  it('says nothing about text without letters', () => {
    expect(detectLanguage('1325 (2000) — 2242 (2015)')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });
});

describe('lexiconLanguage', () => {
  it('maps BCP 47 tags to the six lexicons', () => {
    expect(lexiconLanguage('fr-CH')).toBe('fr');
    expect(lexiconLanguage('zh-Hans-CN')).toBe('zh');
    expect(lexiconLanguage('AR')).toBe('ar');
    expect(lexiconLanguage('de')).toBeUndefined();
    expect(lexiconLanguage(undefined)).toBeUndefined();
  });
});
