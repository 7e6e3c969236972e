/**
 * The lexicon holds together: every entry is used, every form compiles and
 * can be indexed, the six languages cover every theme, and the pattern
 * language catches mistakes early.
 */
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../../lib/model/themes';
import { CUE_IDS } from '../../../lib/terms/cues';
import { leadingKeys, leadingPrefixes, parsedPrefixes } from '../../../lib/terms/keys';
import { ar } from '../../../lib/terms/lexicon/ar';
import { en } from '../../../lib/terms/lexicon/en';
import { ENTRIES, type EntryMeta } from '../../../lib/terms/lexicon/entries';
import { es } from '../../../lib/terms/lexicon/es';
import { fr } from '../../../lib/terms/lexicon/fr';
import { ru } from '../../../lib/terms/lexicon/ru';
import { zh } from '../../../lib/terms/lexicon/zh';
import { compilePattern, requiredText } from '../../../lib/terms/pattern';

const LEXICONS = [en, fr, es, ru, ar, zh];

describe('the lexicon', () => {
  it('uses every entry of entries.ts in at least one language', () => {
    const used = new Set(LEXICONS.flatMap((l) => l.entries.map((e) => e.id)));
    expect(Object.keys(ENTRIES).filter((id) => !used.has(id))).toEqual([]);
  });

  it('gives every entry valid themes and cues', () => {
    for (const [id, meta] of Object.entries(ENTRIES)) {
      for (const t of meta.themes) expect(THEME_IDS, id).toContain(t);
      for (const c of meta.cues) expect(CUE_IDS, id).toContain(c);
    }
  });

  it.each(LEXICONS.map((l) => [l.lang, l] as const))(
    '%s: every form compiles and has first letters to index it by',
    (_lang, lexicon) => {
      for (const entry of lexicon.entries) {
        for (const form of entry.forms) {
          expect(() => new RegExp(compilePattern(form, lexicon.script, true), 'uy'), form).not.toThrow();
          expect(leadingKeys(form), form).not.toBeNull();
        }
      }
    },
  );

  it.each(LEXICONS.map((l) => [l.lang, l] as const))(
    "%s: the short cut to a form's beginnings agrees with the parser",
    (_lang, lexicon) => {
      for (const entry of lexicon.entries) {
        for (const form of entry.forms) expect(leadingPrefixes(form), form).toEqual(parsedPrefixes(form));
      }
    },
  );

  it.each(LEXICONS.map((l) => [l.lang, l] as const))('%s: has a term for every theme', (_lang, lexicon) => {
    const themes = new Set(lexicon.entries.flatMap((e) => e.themes));
    expect([...themes].sort()).toEqual([...THEME_IDS].sort());
  });

  it('has the same entries in every language, but for a few acronyms and local names', () => {
    const ids = (l: typeof en) => new Set(l.entries.map((e) => e.id));
    const english = ids(en);
    for (const lexicon of LEXICONS.slice(1)) {
      const missing = [...english].filter(
        (id) => !ids(lexicon).has(id) && !(ENTRIES[id as keyof typeof ENTRIES] as EntryMeta).caseSensitive,
      );
      expect(missing, lexicon.lang).toEqual([]);
    }
  });
});

describe('the pattern language', () => {
  it('joins hyphenated words, apostrophes and inflections', () => {
    const re = new RegExp(`^(?:${compilePattern("women's gender~based violen*")})$`, 'u');
    expect(re.test('women’s gender-based violence')).toBe(true);
    expect(re.test("women's gender based violences")).toBe(true);
    expect(re.test("women's genderbased violent")).toBe(true);
  });

  it('spans up to three words with a gap, never across a sentence end', () => {
    const re = new RegExp(`^(?:${compilePattern('violence against _ women')})$`, 'u');
    expect(re.test('violence against women')).toBe(true);
    expect(re.test('violence against rural and indigenous women')).toBe(true);
    expect(re.test('violence against four more rural indigenous women')).toBe(false);
    expect(re.test('violence against. Women')).toBe(false);
  });

  it('takes Arabic prefixes', () => {
    const re = new RegExp(`^(?:${compilePattern('@عنف', 'spaced', false, 'arabic')})$`, 'u');
    for (const w of ['عنف', 'العنف', 'والعنف', 'بالعنف', 'للعنف', 'وللعنف', 'فالعنف'])
      expect(re.test(w), w).toBe(true);
  });

  it('reads the words every match holds, outside groups and optional parts', () => {
    expect(requiredText('(la )?première (femme )?(ministre|maire)')).toEqual(['première']);
    expect(requiredText("women's gender~based violen*", true)).toEqual([
      'women',
      'gender',
      'based',
      'violen',
    ]);
    expect(requiredText('rapes? of _ Women', true)).toEqual(['rape', 'of', 'women']);
    expect(requiredText('@عنف @جنسي')).toEqual(['عنف', 'جنسي']);
    expect(requiredText('a|b')).toEqual([]);
    for (const [pattern, text] of [
      ['(la )?première (femme )?(ministre|maire)', 'première femme ministre'],
      ["women's gender~based violen*", 'Women’s gender based violence'],
      ['rapes? of _ Women', 'rape of many women'],
    ] as const) {
      const re = new RegExp(`^(?:${compilePattern(pattern, 'spaced', true)})$`, 'u');
      const lower = text.toLowerCase();
      expect(re.test(lower), pattern).toBe(true);
      for (const piece of requiredText(pattern, true)) expect(lower).toContain(piece);
    }
  });

  it('refuses a gap glued to other characters', () => {
    expect(() => compilePattern('rights of (all )?_ women')).toThrow(/stand alone/);
  });
});
