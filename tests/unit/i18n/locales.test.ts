// The strings the browser itself shows (extension name, description, toolbar
// tooltip, keyboard shortcut) come from `_locales`, in the six languages, and
// the UI follows the browser's language unless the reader chose another.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dirOf, LOCALES, resolveLocale, setLocale, translator, defineMessages } from '../../../lib/i18n';
import { configManifest } from '../manifest/manifest-config';

const LOCALES_DIR = resolve(import.meta.dirname, '../../../public/_locales');
type LocaleFile = Record<string, { message: string; description?: string }>;
const read = (locale: string): LocaleFile =>
  JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as LocaleFile;

describe('_locales', () => {
  it('has exactly the six UN languages', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LOCALES].sort());
  });

  it('gives every message in every language, translated (only the name stays as it is)', () => {
    const english = read('en');
    for (const locale of LOCALES) {
      const messages = read(locale);
      expect(Object.keys(messages).sort(), locale).toEqual(Object.keys(english).sort());
      for (const [key, { message }] of Object.entries(messages)) {
        expect(message.trim(), `${locale}.${key}`).not.toBe('');
        if (locale !== 'en' && key !== 'extName')
          expect(message, `${locale}.${key}`).not.toBe(english[key]!.message);
      }
    }
  });

  it.each(['chrome', 'firefox'] as const)(
    'localizes every string %s shows from the manifest',
    async (browser) => {
      const manifest = await configManifest(browser);
      const shown: [string, string | undefined][] = [
        ['name', manifest.name],
        ['description', manifest.description],
        ['action.default_title', manifest.action?.default_title],
        ...Object.entries(manifest.commands ?? {}).map(
          ([name, c]) => [`commands.${name}.description`, c.description] as [string, string | undefined],
        ),
      ];
      for (const [field, value] of shown) {
        const key = /^__MSG_(\w+)__$/.exec(value ?? '')?.[1];
        expect(key, `${field} is ${JSON.stringify(value)}, not a __MSG_…__ reference`).toBeDefined();
        for (const locale of LOCALES) expect(read(locale)[key!], `${locale} has ${key}`).toBeDefined();
      }
      expect(manifest.default_locale).toBe('en');
    },
  );
});

describe('choosing the UI language', () => {
  afterEach(() => setLocale('en'));

  it('follows the browser’s languages, first UN language first', () => {
    expect(resolveLocale('auto', ['ar-EG', 'en-US'])).toBe('ar');
    expect(resolveLocale('auto', ['zh-CN'])).toBe('zh');
    expect(resolveLocale('auto', ['zh-TW'])).toBe('zh');
    expect(resolveLocale('auto', ['pt-BR', 'es-419', 'en'])).toBe('es');
    expect(resolveLocale('auto', ['RU'])).toBe('ru');
    expect(resolveLocale(undefined, ['fr-CA'])).toBe('fr');
  });

  it('falls back to English when the browser speaks none of the six', () => {
    expect(resolveLocale('auto', ['de-DE', 'ja'])).toBe('en');
    expect(resolveLocale('auto', [])).toBe('en');
  });

  it('lets the reader’s choice win over the browser, and ignores a stored value that is not a language', () => {
    expect(resolveLocale('ru', ['ar', 'en'])).toBe('ru');
    expect(resolveLocale('xx', ['fr'])).toBe('fr');
  });

  it('lays Arabic out right to left and the other five left to right', () => {
    for (const locale of LOCALES) expect(dirOf(locale)).toBe(locale === 'ar' ? 'rtl' : 'ltr');
  });

  it('translates in the current language, filling placeholders', () => {
    const t = translator(
      defineMessages({
        count: {
          en: '{n} passages',
          fr: '{n} passages',
          es: '{n} pasajes',
          ru: 'Фрагментов: {n}',
          ar: 'عدد المقاطع: {n}',
          zh: '{n} 个段落',
        },
      }),
    );
    expect(t('count', { n: 3 })).toBe('3 passages');
    setLocale('ar');
    expect(t('count', { n: 3 })).toBe('عدد المقاطع: 3');
    setLocale('zh');
    expect(t('count', { n: 12 })).toBe('12 个段落');
  });
});
