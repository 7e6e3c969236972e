/**
 * WPS lexicon matcher. Placeholder until issue #4 lands the six-language
 * lexicon; the exported contract stays.
 */
import type { FindTermsOptions, TermMention } from './types';

export type { FindTermsOptions, TermMention } from './types';

export function findTerms(_text: string, _options: FindTermsOptions = {}): TermMention[] {
  return [];
}
