/**
 * Judging a passage: themes, ranked recommendations and provisions, with why.
 * Placeholder until issue #4 lands; the exported contract stays.
 */
import { findSymbols } from '../symbols';
import { findTerms } from '../terms';
import type { AnalyzeOptions, DocumentOverview, PassageAnalysis } from './types';

export type * from './types';

export function analyzePassage(text: string, options: AnalyzeOptions = {}): PassageAnalysis {
  return {
    themes: [],
    recommendations: [],
    provisions: [],
    symbols: findSymbols(text, options.lang ? { lang: options.lang } : {}),
    terms: findTerms(text, options.lang ? { lang: options.lang } : {}),
  };
}

export function documentOverview(passages: PassageAnalysis[]): DocumentOverview {
  return {
    passageCount: passages.length,
    themes: [],
    recommendation2: { sexualViolence: false, participation: false },
  };
}
