/**
 * Turns the recognizers' mentions into findings with their mark attributes,
 * and picks which findings a passage shows (kinds and themes the reader
 * switched on, no two marks overlapping).
 */
import { findSymbols, type FindSymbolsOptions, type SymbolMention } from '../symbols';
import { findTerms, type FindTermsOptions, type TermMention } from '../terms';
import type { HighlightRange } from '../highlight';

/** What a matcher may know about a passage besides its text. */
export interface MatchContext {
  /** BCP 47 language of the passage (from the nearest `lang` attribute), e.g. `ar`. */
  lang?: string;
  /** Organ of the document (from its own symbol), for "its resolution 660 (1990)". */
  organ?: FindSymbolsOptions['organ'];
}

/** A match in a passage's text, with the attributes its mark carries. */
export interface Finding extends HighlightRange {
  text: string;
  /** The symbol mention behind a `symbol` finding. */
  symbol?: SymbolMention;
  /** The lexicon mention behind a `term` finding. */
  term?: TermMention;
}

/** Runs the recognizers on one passage's text. Must be pure and fast. */
export type Matcher = (text: string, context?: MatchContext) => Finding[];

export type FindingKind = 'symbol' | 'term';

export function kindOf(finding: Finding): FindingKind {
  return finding.term && !finding.symbol ? 'term' : 'symbol';
}

/** Symbol findings: `data-wps-kind="symbol"` and the canonical symbol. */
export function symbolMatcher(options: FindSymbolsOptions = {}): Matcher {
  return (text, context) =>
    findSymbols(text, { ...options, ...pick(context) }).map((m): Finding => ({
      start: m.start,
      end: m.end,
      text: m.text,
      symbol: m,
      attrs: {
        'data-wps-kind': 'symbol',
        'data-wps-symbol': m.canonical[0] ?? '',
        ...(m.canonical.length > 1 ? { 'data-wps-symbols': m.canonical.join('|') } : {}),
        ...(m.ambiguous ? { 'data-wps-ambiguous': 'true' } : {}),
      },
    }));
}

/**
 * Lexicon findings: `data-wps-kind="term"`, the term id and its themes
 * (space-separated, so CSS can select `[data-wps-themes~="protection"]`).
 * `find` is the lexicon matcher; tests pass a stub.
 */
export function termMatcher(
  find: (text: string, options?: FindTermsOptions) => TermMention[] = findTerms,
): Matcher {
  return (text, context) =>
    find(text, context?.lang ? { lang: context.lang } : {}).map((m): Finding => ({
      start: m.start,
      end: m.end,
      text: m.text,
      term: m,
      attrs: {
        'data-wps-kind': 'term',
        'data-wps-term': m.termId,
        'data-wps-themes': m.themes.join(' '),
      },
    }));
}

/** Runs every matcher on the text; findings sorted by position. */
export function combineMatchers(...matchers: Matcher[]): Matcher {
  return (text, context) => {
    const out: Finding[] = [];
    for (const matcher of matchers) for (const f of matcher(text, context)) out.push(f);
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  };
}

/** The symbol recognizer and the lexicon, as the content script runs them. */
export function pageMatcher(): Matcher {
  return combineMatchers(symbolMatcher(), termMatcher());
}

/**
 * The findings to mark: those `show` accepts, without overlaps. A symbol wins
 * over a term it overlaps, then the longer finding, then the earlier one.
 */
export function displayed(findings: readonly Finding[], show: (f: Finding) => boolean): Finding[] {
  const wanted = findings.filter((f) => f.end > f.start && show(f));
  if (wanted.length < 2) return wanted;
  const rank = (f: Finding) => (kindOf(f) === 'symbol' ? 1 : 0);
  const byPriority = [...wanted].sort(
    (a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const f of byPriority) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function pick(context: MatchContext | undefined): FindSymbolsOptions {
  const out: FindSymbolsOptions = {};
  if (context?.lang) out.lang = context.lang;
  if (context?.organ) out.organ = context.organ;
  return out;
}
