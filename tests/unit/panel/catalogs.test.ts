import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../lib/i18n';
import { library } from '../../../lib/i18n/catalog/library';
import { panel } from '../../../lib/i18n/catalog/panel';
import { RECOMMENDATION_IDS, THEME_IDS } from '../../../lib/model/themes';

/** Words that are spelled the same in English and French (or Spanish). */
const SAME_IN_FRENCH_OR_SPANISH = new Set([
  '1325 Lens',
  'Format',
  'Date',
  'Vote',
  'Document',
  'Passages',
  'Note',
  'Protection',
  'Participation',
  'Pages',
  'Passage',
  'page',
]);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? sources(path)
      : /\.tsx?$/.test(name)
        ? [readFileSync(path, 'utf8')]
        : [];
  });
}

describe.each([
  ['panel', panel],
  ['library', library],
])('the %s catalog', (_name, catalog) => {
  it('has real text in all six UN languages, with the same placeholders', () => {
    for (const [key, entry] of Object.entries(catalog)) {
      const en = placeholders(entry.en);
      for (const locale of LOCALES) {
        expect(entry[locale].trim(), `${key} in ${locale}`).not.toBe('');
        expect(placeholders(entry[locale]), `${key} in ${locale}`).toEqual(en);
      }
      // Translations, not copies of English (names and formats excepted).
      const words = entry.en
        .replace(/\{\w+\}/g, '')
        .replace(/[().:·\s]+/g, ' ')
        .trim();
      if (/[a-z]{4,}/i.test(words) && !SAME_IN_FRENCH_OR_SPANISH.has(words)) {
        const copies = LOCALES.filter((l) => l !== 'en' && entry[l] === entry.en);
        expect(copies, key).toEqual([]);
      }
    }
  });
});

describe('panel names', () => {
  it('names every theme and every recommendation of THEMES.md', () => {
    for (const id of THEME_IDS) expect(Object.hasOwn(panel, `theme.${id}`), id).toBe(true);
    for (const id of RECOMMENDATION_IDS) expect(Object.hasOwn(panel, `rec.${id}`), id).toBe(true);
  });

  it('has no key the views never use', () => {
    const code = [
      ...sources('components/sidepanel'),
      ...sources('components/shared'),
      ...sources('components/library'),
      readFileSync('lib/background/passages-service.ts', 'utf8'),
    ].join('\n');
    const used = (key: string) => code.includes(`'${key}'`) || /^(theme|rec)\./.test(key);
    expect(Object.keys(panel).filter((k) => !used(k))).toEqual([]);
    expect(Object.keys(library).filter((k) => !used(k))).toEqual([]);
  });
});
