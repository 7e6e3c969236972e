/** A document's overview from the analyses of its passages. */
import { THEME_IDS } from '../model/themes';
import type { DocumentOverview, PassageAnalysis } from './types';

/**
 * Theme counts and shares over a document's passages (all nine themes, so a
 * scorecard shows the missing ones too), and the 2007 letter's
 * recommendation 2 check: does the document carry information on sexual
 * violence, and on women's participation? A passage counts when it carries
 * the theme, so a passing mention ("men and women") does not.
 */
export function documentOverview(passages: PassageAnalysis[]): DocumentOverview {
  const n = passages.length;
  const themes = THEME_IDS.map((id) => {
    const count = passages.filter((p) => p.themes.includes(id)).length;
    return { id, count, share: n ? count / n : 0 };
  });
  return {
    passageCount: n,
    themes,
    recommendation2: {
      sexualViolence: passages.some((p) => p.themes.includes('sexual-violence')),
      participation: passages.some((p) => p.themes.includes('participation')),
    },
  };
}
