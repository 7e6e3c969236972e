/**
 * prepareTerms: the content script warms a language up in idle slices before
 * its first passage. Each call stops when the slice is used up and says
 * whether more is left; the matcher finds the same terms however far the
 * preparation got. A size check of steps, not a timing one.
 */
import { describe, expect, it } from 'vitest';
import { findTerms, prepareTerms } from '../../../lib/terms';

/** A deadline that allows `n` looks at the clock, then says time is up. */
function slice(n: number) {
  let looks = 0;
  return { timeRemaining: () => (looks++ < n ? 5 : 0) };
}

const PASSAGES: Record<string, string> = {
  en: 'The Council condemns conflict-related sexual violence and calls for the full participation of women.',
  fr: 'Le Conseil condamne les violences sexuelles liées aux conflits et demande la pleine participation des femmes.',
  ar: 'يدين المجلس العنف الجنسي المرتبط بالنزاعات ويدعو إلى مشاركة المرأة الكاملة.',
  zh: '安理会谴责与冲突有关的性暴力，呼吁妇女充分参与。',
};

describe('prepareTerms', () => {
  it('works in steps that stop when the slice is over, until the language is ready', () => {
    // Before any preparation, one look at the clock leaves nothing done.
    expect(prepareTerms('es', slice(0))).toBe(false);
    let calls = 1;
    while (!prepareTerms('es', slice(3))) calls++;
    // Hundreds of forms, a few per slice: many slices, and then it is done.
    expect(calls).toBeGreaterThan(20);
    expect(prepareTerms('es', slice(0))).toBe(true);
    expect(prepareTerms('es')).toBe(true);
  });

  it('finds the same terms before, during and after preparing', () => {
    for (const [lang, text] of Object.entries(PASSAGES)) {
      const before = findTerms(text, { lang, cues: true });
      expect(before.length, lang).toBeGreaterThan(0);
      prepareTerms(lang, slice(10));
      expect(findTerms(text, { lang, cues: true }), lang).toEqual(before);
      while (!prepareTerms(lang, slice(50))) {
        /* the next idle slice */
      }
      expect(findTerms(text, { lang, cues: true }), lang).toEqual(before);
      expect(findTerms(text, { lang })).toEqual(
        before.filter((m) => m.themes.length).map(({ cues: _, ...m }) => m),
      );
    }
  });

  it('accepts BCP 47 tags and has nothing to do for other languages', () => {
    expect(prepareTerms('ru-RU')).toBe(true);
    expect(findTerms('сексуальное насилие', { lang: 'ru' }).map((m) => m.termId)).toEqual([
      'sexual-violence',
    ]);
    expect(prepareTerms('de', slice(0))).toBe(true);
  });
});
