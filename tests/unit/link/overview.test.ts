/**
 * A document's overview: how many passages carry each theme, their share,
 * and the 2007 letter's recommendation 2 check (does the document carry
 * information on sexual violence, and on women's participation?).
 */
import { describe, expect, it } from 'vitest';
import { analyzePassage, documentOverview } from '../../../lib/link';
import { THEME_IDS } from '../../../lib/model/themes';

const report = [
  'The mission documented 120 cases of conflict-related sexual violence, and investigations were opened.',
  'Humanitarian access remained difficult in the north.',
  'Survivors of rape received medical care in two shelters.',
  'The ceasefire held in most districts.',
].map((text) => analyzePassage(text, { lang: 'en', documentSymbol: 'S/2030/100' }));

describe('documentOverview', () => {
  it('counts passages per theme and their share, for all nine themes', () => {
    const o = documentOverview(report);
    expect(o.passageCount).toBe(4);
    expect(o.themes.map((t) => t.id)).toEqual([...THEME_IDS]);
    const sv = o.themes.find((t) => t.id === 'sexual-violence')!;
    expect(sv.count).toBe(2);
    expect(sv.share).toBe(0.5);
    expect(o.themes.find((t) => t.id === 'oversight')).toEqual({ id: 'oversight', count: 0, share: 0 });
  });

  it('checks recommendation 2: sexual violence reported, women’s participation missing', () => {
    expect(documentOverview(report).recommendation2).toEqual({ sexualViolence: true, participation: false });
  });

  it('finds participation once a passage speaks of it', () => {
    const more = [
      ...report,
      analyzePassage('Women made up a third of the delegates to the peace talks.', { lang: 'en' }),
    ];
    expect(documentOverview(more).recommendation2).toEqual({ sexualViolence: true, participation: true });
  });

  it('does not count a passing mention', () => {
    const o = documentOverview([analyzePassage('The clinic serves men and women alike.', { lang: 'en' })]);
    expect(o.recommendation2).toEqual({ sexualViolence: false, participation: false });
    expect(o.themes.every((t) => t.count === 0)).toBe(true);
  });

  it('is empty for a document without passages', () => {
    const o = documentOverview([]);
    expect(o.passageCount).toBe(0);
    expect(o.themes.every((t) => t.share === 0)).toBe(true);
    expect(o.recommendation2).toEqual({ sexualViolence: false, participation: false });
  });
});
