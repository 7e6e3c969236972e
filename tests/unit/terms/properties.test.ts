/**
 * Properties that hold for any text: findTerms never throws, its mentions are
 * sorted, its terms do not overlap, and all point at the text as written, whatever
 * soft hyphens, line breaks, vowel marks or scripts the text mixes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTerms } from '../../../lib/terms';

/** Pieces that exercise the matcher: terms, near-terms, breaks and marks. */
const PIECES = [
  'sexual violence',
  'gender-\nbased violence',
  'gen- der perspective',
  "women's participation",
  'women’s',
  'UN-Women',
  'SEA',
  'sea',
  'violences sexuelles',
  'l’égard des femmes',
  'violación de mujeres',
  'сексуаль-\nного насилия',
  'женщин',
  'العنفَ الجنسيّ',
  'والمرأة',
  'ـ',
  '与冲突有关的性暴力',
  '系统性暴力',
  '\u00AD',
  '\u200B',
  '\u200D',
  '-',
  '- ',
  '\n',
  ' ',
  ', ',
  'İ',
  '🙂',
  '1325',
];

const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    {
      maxLength: 25,
    },
  )
  .map((parts) => parts.join(''));

const lang = fc.constantFrom(undefined, 'en', 'fr', 'es', 'ru', 'ar', 'zh', 'de');

describe('findTerms on arbitrary text', () => {
  it('never throws; mentions are sorted, terms disjoint, and all point at the text', () => {
    fc.assert(
      fc.property(text, lang, fc.boolean(), (t, l, cues) => {
        const found = findTerms(t, { ...(l ? { lang: l } : {}), cues });
        let lastStart = 0;
        let lastThemedEnd = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(lastStart);
          expect(m.end).toBeGreaterThan(m.start);
          expect(t.slice(m.start, m.end)).toBe(m.text);
          lastStart = m.start;
          // Terms with themes never overlap; context words may overlap them.
          if (m.themes.length) {
            expect(m.start).toBeGreaterThanOrEqual(lastThemedEnd);
            lastThemedEnd = m.end;
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same terms with context words asked for as without', () => {
    fc.assert(
      fc.property(text, lang, (t, l) => {
        const options = l ? { lang: l } : {};
        const themed = findTerms(t, options).map((m) => `${m.start}:${m.termId}`);
        const all = findTerms(t, { ...options, cues: true })
          .filter((m) => m.themes.length > 0)
          .map((m) => `${m.start}:${m.termId}`);
        // Context words may hide nothing that carries a theme.
        expect(all).toEqual(themed);
      }),
      { numRuns: 200 },
    );
  });
});

describe('context words', () => {
  it('do not hide a term that starts inside them', () => {
    const text = 'political participation of women';
    expect(findTerms(text, { lang: 'en' }).map((m) => m.termId)).toEqual(['participation-of-women']);
    const all = findTerms(text, { lang: 'en', cues: true }).map((m) => m.termId);
    expect(all).toContain('political');
    expect(all).toContain('participation-of-women');
  });
});
