// Every UI string in the six UN languages. A reader who chose Arabic, Chinese,
// French, Russian or Spanish must never meet an English string where a
// translation should be: each key has all six texts, the same placeholders,
// the right script, and no text equals the English one unless it is a name
// (1325 Lens, CSV…) or a word the language shares with English.
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale, type Messages } from '../../../lib/i18n';

const modules = import.meta.glob<Record<string, unknown>>('../../../lib/i18n/catalog/*.ts', { eager: true });

/** Exports shaped like `defineMessages` catalogs (a module may also export plain tables, e.g. language names). */
function catalogs(): [string, Messages][] {
  const out: [string, Messages][] = [];
  for (const [path, mod] of Object.entries(modules)) {
    const file = path.split('/').pop()!.replace(/\.ts$/, '');
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'object' || value === null) continue;
      const entries = Object.values(value);
      const isCatalog =
        entries.length > 0 &&
        entries.every((e) => typeof e === 'object' && e !== null && typeof e.en === 'string');
      if (isCatalog) out.push([`${file}.${name}`, value as Messages]);
    }
  }
  return out;
}

const CATALOGS = catalogs();
const ENTRIES = CATALOGS.flatMap(([catalog, messages]) =>
  Object.entries(messages).map(([key, texts]) => ({ id: `${catalog}.${key}`, texts })),
);

/** Names written the same in every language. */
const NAMES = [
  '1325 Lens',
  'JSON-LD',
  'JSON',
  'CSV',
  'Markdown',
  'PDF',
  'URL',
  'HTTPS',
  'HTTP',
  'UN Women',
  'un.org',
  'undocs.org',
];

/** Words French or Spanish write exactly as English does; a phrase equal to English is a leak. */
const SHARED_WORDS: Partial<Record<Locale, string[]>> = {
  fr: [
    'participation',
    'protection',
    'document',
    'documents',
    'page',
    'pages',
    'passage',
    'passages',
    'date',
    'vote',
    'note',
    'notes',
    'format',
    'source',
    'sources',
    'zoom',
    'type',
    'options',
    'total',
    'question',
    'session',
    'article',
    'message',
    'description',
    'section',
    'justice',
  ],
  es: ['zoom', 'total', 'error', 'normal'],
};

const SCRIPTS: Partial<Record<Locale, RegExp>> = {
  ar: /\p{Script=Arabic}/u,
  ru: /\p{Script=Cyrillic}/u,
  zh: /\p{Script=Han}/u,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The part of a text a translator translates: without placeholders, names, digits and punctuation. */
function translatable(text: string): string {
  let rest = text.replace(/\{\w+\}/g, ' ');
  for (const name of NAMES) rest = rest.split(name).join(' ');
  return rest.replace(/[^\p{L}]+/gu, ' ').trim();
}

describe('the UI catalogs', () => {
  it('are found (one per area at least)', () => {
    const names = CATALOGS.map(([name]) => name.split('.')[0]);
    for (const area of ['common', 'panel', 'library', 'inpage', 'pdf', 'options'])
      expect(names).toContain(area);
    expect(ENTRIES.length).toBeGreaterThan(100);
  });

  it('give every key a non-empty text in each of the six languages, and no other language', () => {
    const problems: string[] = [];
    for (const { id, texts } of ENTRIES) {
      const languages = Object.keys(texts).sort();
      if (languages.join() !== [...LOCALES].sort().join())
        problems.push(`${id}: languages ${languages.join(',')}`);
      for (const locale of LOCALES) {
        const text = texts[locale];
        if (typeof text !== 'string' || text.trim() === '') problems.push(`${id}: no ${locale} text`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keep the English placeholders in every translation', () => {
    const problems: string[] = [];
    for (const { id, texts } of ENTRIES) {
      const want = placeholders(texts.en).join();
      for (const locale of LOCALES) {
        const got = placeholders(texts[locale] ?? '').join();
        if (got !== want) problems.push(`${id} [${locale}]: {${got}} instead of {${want}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('write Arabic, Russian and Chinese texts in their own script', () => {
    const problems: string[] = [];
    for (const { id, texts } of ENTRIES) {
      if (!translatable(texts.en)) continue; // nothing but names, numbers and placeholders
      for (const [locale, script] of Object.entries(SCRIPTS) as [Locale, RegExp][]) {
        if (!script.test(texts[locale] ?? ''))
          problems.push(`${id} [${locale}]: ${JSON.stringify(texts[locale])}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('leave no English text untranslated, except names and words the language shares with English', () => {
    const problems: string[] = [];
    for (const { id, texts } of ENTRIES) {
      const words = translatable(texts.en);
      if (!words) continue;
      for (const locale of LOCALES) {
        if (locale === 'en' || texts[locale] !== texts.en) continue;
        const shared = SHARED_WORDS[locale] ?? [];
        const allShared = words
          .toLowerCase()
          .split(/\s+/)
          .every((w) => shared.includes(w));
        if (!allShared) problems.push(`${id} [${locale}]: ${JSON.stringify(texts[locale])}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
