/**
 * Memoized passage judgements for the panel. A page report arrives many times
 * while the page is read (and again after each save); a passage whose text,
 * language and document are unchanged is judged once. Bounded, oldest out,
 * so a long reading session does not grow without limit.
 */
import type { AnalyzeOptions, PassageAnalysis } from '../link/types';

export interface AnalysisCache {
  get(text: string, options: AnalyzeOptions): PassageAnalysis;
  /** Whether the judgement is already known (no work to do). */
  has(text: string, options: AnalyzeOptions): boolean;
  readonly size: number;
}

export function createAnalysisCache(
  analyze: (text: string, options: AnalyzeOptions) => PassageAnalysis,
  capacity = 10_000,
): AnalysisCache {
  const entries = new Map<string, PassageAnalysis>();
  const keyOf = (text: string, o: AnalyzeOptions) =>
    `${o.lang ?? ''}\u0000${o.documentSymbol ?? ''}\u0000${text}`;
  return {
    get(text, options) {
      const key = keyOf(text, options);
      const known = entries.get(key);
      if (known) return known;
      const fresh = analyze(text, options);
      entries.set(key, fresh);
      if (entries.size > capacity) entries.delete(entries.keys().next().value!);
      return fresh;
    },
    has: (text, options) => entries.has(keyOf(text, options)),
    get size() {
      return entries.size;
    },
  };
}
