/**
 * The fixed WPS theme taxonomy and the 2007 open letter's recommendation ids
 * (../shared/design/THEMES.md). Everything that tags or links uses these ids.
 */
export const THEME_IDS = [
  'participation',
  'protection',
  'sexual-violence',
  'prevention',
  'relief-recovery',
  'gender-perspective',
  'accountability',
  'leadership',
  'oversight',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const RECOMMENDATION_IDS = [
  'ngowg-2007-1',
  'ngowg-2007-2a',
  'ngowg-2007-2b',
  'ngowg-2007-3',
  'ngowg-2007-4',
] as const;
export type RecommendationId = (typeof RECOMMENDATION_IDS)[number];

export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && (THEME_IDS as readonly string[]).includes(value);
}

export function isRecommendationId(value: unknown): value is RecommendationId {
  return typeof value === 'string' && (RECOMMENDATION_IDS as readonly string[]).includes(value);
}
