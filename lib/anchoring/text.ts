/**
 * Re-anchoring saved passages in a document's text (issue #6). DOM-free: the
 * content script turns a page into one string (lib/anchoring/dom.ts) and the
 * PDF viewer uses a page's text; both call `describe` when the reader saves a
 * selection and `anchor` on every later visit.
 *
 * A passage is saved as two W3C selectors: a TextQuoteSelector (the exact
 * text with up to 32 characters of context on each side) and a
 * TextPositionSelector (its offsets in code points). `anchor` finds it again:
 *
 * 1. exact quote with context: every occurrence of the quote, scored by how
 *    much of its context survives (nearness to the saved position breaks ties);
 * 2. position: the occurrence at (or nearest) the saved position, whose
 *    position now counts as evidence when its context was rewritten;
 * 3. fuzzy quote: approximate occurrences (bounded edit distance, Myers'
 *    bit-parallel search, first near the saved position, then everywhere),
 *    scored the same way.
 *
 * A stage's best candidate is taken only if its score reaches `minScore`; a
 * passage that no stage places well enough is reported as not found (null),
 * never attached to other text. Matching ignores how whitespace is laid out.
 * The score and its default threshold are explained in
 * docs/adr/0004-anchor-format.md.
 *
 * Offsets are UTF-16 string indices unless named otherwise; TextPositionSelector
 * counts code points, as the W3C model says.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model/saved-passage';
import { CodePointIndex, codePointLength, snapToCodePoint } from './text-code-points';
import { editDistance, matchStart, searchApprox, type WorkCounter } from './text-edit-distance';
import {
  collapseWhitespace,
  normalizeWhitespace,
  toNormalized,
  toOriginal,
  type NormalizedText,
} from './text-normalize';

export {
  CodePointIndex,
  codePointLength,
  codePointToUtf16,
  isCodePointBoundary,
  snapToCodePoint,
  utf16ToCodePoint,
} from './text-code-points';
export type { WorkCounter } from './text-edit-distance';

/** Characters of context saved on each side of a quote (as hypothesis and other W3C tools do). */
export const DEFAULT_CONTEXT = 32;

/**
 * The lowest score `anchor` accepts. Calibrated on UN Parallel Corpus sentences
 * in four scripts (docs/adr/0004-anchor-format.md): passages with inserted or
 * deleted paragraphs around them, edited words, reflowed whitespace score
 * above it; a removed passage's nearest look-alike almost always scores below.
 */
export const DEFAULT_MIN_SCORE = 0.8;

/**
 * Edit-distance similarity that unrelated text of the same length reaches by
 * chance (about 0.3 for 32 characters of UN prose). Context similarity is
 * measured above this floor, so unrelated context counts as wholly missing.
 */
const CHANCE_SIMILARITY = 0.3;
/**
 * When one side of the context is intact (at most this much lost), the other
 * side's loss counts half: a paragraph inserted just before a passage replaces
 * its prefix, yet quote plus suffix still place it.
 */
const INTACT_LOSS = 0.15;
const SIDE_RELIEF = 0.5;
/**
 * An exact quote at the saved position gains up to half of what its text
 * score lacks; the support halves every POSITION_SCALE characters away.
 * Fuzzy candidates get none: a removed passage's slot is taken by the text
 * after it, which must not borrow the position's credit.
 */
const POSITION_WEIGHT = 0.5;
const POSITION_SCALE = 64;
/** Context longer than this (from other tools) is cut: it only costs time. */
const MAX_CONTEXT = 64;
/** Exact occurrences examined, the nearest to the saved position first. */
const MAX_EXACT_CANDIDATES = 1000;
/** Approximate matches scored per search. */
const MAX_FUZZY_CANDIDATES = 40;
/** Errors allowed in the fuzzy search, at most (bounds its cost: n * (k / 32 + 1) steps). */
const MAX_FUZZY_ERRORS = 256;

export type AnchorStage = 'exact' | 'position' | 'fuzzy';

/** What `anchor` did, for tests and diagnostics. */
export interface AnchorStats extends WorkCounter {
  /** The stage that placed the passage, or null when it was not found. */
  stage: AnchorStage | null;
  /** Candidates scored. */
  candidates: number;
}

export interface AnchorMatch {
  /** UTF-16 offsets of the passage in the text. */
  start: number;
  end: number;
  /** 0..1: how much of the quote and its context was found, with the position's support. */
  score: number;
}

export interface AnchorOptions {
  /** Lowest score accepted (default DEFAULT_MIN_SCORE). */
  minScore?: number;
  /** Filled with what the call did. */
  stats?: AnchorStats;
}

/**
 * Describes `text[start, end)` as W3C selectors: the quote with `context`
 * characters (default 32, never splitting a character) each side, and its
 * position in code points.
 *
 * @throws RangeError when the range is empty or outside the text.
 */
export function describe(
  text: string,
  start: number,
  end: number,
  options?: { context?: number },
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!(
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end <= text.length &&
    start < end
  )) {
    throw new RangeError(`describe: [${start}, ${end}) is not a non-empty range of a text of ${text.length}`);
  }
  const from = snapToCodePoint(text, start, -1);
  const to = snapToCodePoint(text, end, 1);
  const context = Math.max(0, Math.floor(options?.context ?? DEFAULT_CONTEXT));
  const prefixStart = snapToCodePoint(text, Math.max(0, from - context), 1);
  const suffixEnd = snapToCodePoint(text, Math.min(text.length, to + context), -1);
  // Reuse the prepared text when anchoring already built it; else just count code points.
  const index = prepared(text)?.codePoints ?? new CodePointIndex(text);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(prefixStart, from),
      suffix: text.slice(to, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start: index.toCodePoint(from), end: index.toCodePoint(to) },
  };
}

interface Prepared {
  text: string;
  normalized: NormalizedText;
  codePoints: CodePointIndex;
}

/**
 * The last text prepared. Re-anchoring the saved passages of a page calls
 * `anchor` many times with the same string: it is normalized once. (`===` on
 * the same string is a pointer comparison.) Held weakly: a 1 MB page's map is
 * about 5 MB, which a tab should not keep after its passages are anchored. A
 * weak target stays alive at least until the current task ends, so a loop
 * anchoring every passage keeps it.
 */
let last: WeakRef<Prepared> | null = null;

function prepared(text: string): Prepared | undefined {
  const cached = last?.deref();
  return cached?.text === text ? cached : undefined;
}

function prepare(text: string, work?: WorkCounter): Prepared {
  const cached = prepared(text);
  if (cached) return cached;
  if (work) work.steps += text.length;
  const fresh = { text, normalized: normalizeWhitespace(text), codePoints: new CodePointIndex(text) };
  last = new WeakRef(fresh);
  return fresh;
}

/** The pattern and the evidence around it, in the normalized space. */
interface Query {
  normalized: string;
  quote: string;
  prefix: string;
  suffix: string;
  /** Normalized offset of the saved position, or null when there is none. */
  hint: number | null;
  work: WorkCounter;
  stats: { candidates: number };
}

/** The text just before `at`, without the whitespace next to it, at most `length` long. */
function contextBefore(text: string, at: number, length: number): string {
  return text
    .slice(Math.max(0, at - length - 1), at)
    .trimEnd()
    .slice(-length);
}

function contextAfter(text: string, at: number, length: number): string {
  return text
    .slice(at, at + length + 1)
    .trimStart()
    .slice(0, length);
}

/**
 * 0..1: how much of a saved context is missing from the text found there.
 * Unrelated text still shares letters by chance (its edit-distance similarity
 * is about CHANCE_SIMILARITY), so similarity is measured above that floor:
 * unrelated context counts as wholly missing, not as a third present.
 */
function contextLoss(saved: string, found: string, work: WorkCounter): number {
  const similarity = 1 - editDistance(saved, found, work) / saved.length;
  return 1 - Math.max(0, (similarity - CHANCE_SIMILARITY) / (1 - CHANCE_SIMILARITY));
}

/**
 * The score of the quote found at normalized [start, end) with `quoteErrors`
 * edits: the share of quote and context characters found (context above
 * chance), plus the position's support for an exact quote.
 */
function score(query: Query, start: number, end: number, quoteErrors: number, support = 0): number {
  const { normalized, prefix, suffix, quote, work } = query;
  query.stats.candidates++;
  const prefixLoss = prefix ? contextLoss(prefix, contextBefore(normalized, start, prefix.length), work) : 0;
  const suffixLoss = suffix ? contextLoss(suffix, contextAfter(normalized, end, suffix.length), work) : 0;
  let missing = prefix.length * prefixLoss + suffix.length * suffixLoss;
  if (prefix && suffix && Math.min(prefixLoss, suffixLoss) <= INTACT_LOSS) {
    missing -= SIDE_RELIEF * Math.max(prefix.length * prefixLoss, suffix.length * suffixLoss);
  }
  const textScore = Math.max(0, 1 - (missing + quoteErrors) / (prefix.length + suffix.length + quote.length));
  return textScore + (1 - textScore) * support;
}

/** The position's support for an exact quote at normalized `start`: POSITION_WEIGHT at the hint, halving every POSITION_SCALE. */
function positionSupport(query: Query, start: number): number {
  return query.hint === null ? 0 : POSITION_WEIGHT / (1 + Math.abs(start - query.hint) / POSITION_SCALE);
}

interface Candidate {
  start: number;
  end: number;
  score: number;
}

function better(a: Candidate | null, b: Candidate, hint: number | null): Candidate {
  if (!a || b.score > a.score) return b;
  if (b.score === a.score && hint !== null && Math.abs(b.start - hint) < Math.abs(a.start - hint)) return b;
  return a;
}

/** Stage 1: exact occurrences of the quote, nearest the hint first, each scored. */
function exactStage(query: Query): Candidate | null {
  const { normalized, quote, hint } = query;
  let best: Candidate | null = null;
  const origin = hint ?? 0;
  let forward = normalized.indexOf(quote, origin);
  let backward = origin > 0 ? normalized.lastIndexOf(quote, origin - 1) : -1;
  for (let seen = 0; seen < MAX_EXACT_CANDIDATES && (forward >= 0 || backward >= 0); seen++) {
    query.work.steps++;
    // Take whichever unseen occurrence is nearer the hint.
    const takeForward = forward >= 0 && (backward < 0 || forward - origin <= origin - backward);
    const at = takeForward ? forward : backward;
    best = better(
      best,
      { start: at, end: at + quote.length, score: score(query, at, at + quote.length, 0) },
      hint,
    );
    if (takeForward) forward = normalized.indexOf(quote, forward + 1);
    else backward = backward > 0 ? normalized.lastIndexOf(quote, backward - 1) : -1;
  }
  return best;
}

/**
 * Stage 2: the exact quote where it was saved. When the text around a passage
 * was rewritten, its context no longer vouches for it; the occurrence nearest
 * the saved position is scored again with the position's support.
 */
function positionStage(query: Query): Candidate | null {
  const { normalized, quote, hint } = query;
  if (hint === null) return null;
  const after = normalized.indexOf(quote, hint);
  const before = hint > 0 ? normalized.lastIndexOf(quote, hint - 1) : -1;
  query.work.steps++;
  if (after < 0 && before < 0) return null;
  const at = after >= 0 && (before < 0 || after - hint <= hint - before) ? after : before;
  return {
    start: at,
    end: at + quote.length,
    score: score(query, at, at + quote.length, 0, positionSupport(query, at)),
  };
}

/** Stage 3: approximate occurrences in normalized [from, to), scored. */
function fuzzyStage(query: Query, maxErrors: number, from: number, to: number): Candidate | null {
  const { normalized, quote, hint, work } = query;
  const ends = searchApprox(quote, normalized, maxErrors, from, to, work);
  // Each true match shows as a run of neighbouring ends; keep the best end of each run.
  const runs: { end: number; errors: number }[] = [];
  let lastEnd = -2;
  for (const found of ends) {
    const run = runs[runs.length - 1];
    if (run && found.end === lastEnd + 1) {
      if (found.errors < run.errors) Object.assign(run, found);
    } else {
      runs.push({ ...found });
    }
    lastEnd = found.end;
  }
  const distance = (end: number) => (hint === null ? 0 : Math.abs(end - quote.length - hint));
  runs.sort((a, b) => a.errors - b.errors || distance(a.end) - distance(b.end));
  let best: Candidate | null = null;
  for (const run of runs.slice(0, MAX_FUZZY_CANDIDATES)) {
    const start = matchStart(quote, normalized, run.end, run.errors, work);
    if (!start) continue;
    best = better(
      best,
      { start: start.start, end: run.end, score: score(query, start.start, run.end, start.errors) },
      hint,
    );
  }
  return best;
}

/**
 * Finds a described passage in `text` (possibly changed since): tries the
 * exact quote with its context, then the saved position, then a fuzzy match,
 * and returns the first stage's best place scoring at least `minScore`, or
 * null when the passage is not there. The position is only a hint, and is
 * ignored when its length does not fit the quote.
 */
export function anchor(
  text: string,
  selectors: { quote: TextQuoteSelector; position?: TextPositionSelector },
  options?: AnchorOptions,
): AnchorMatch | null {
  const stats: AnchorStats = options?.stats ?? { steps: 0, stage: null, candidates: 0 };
  stats.stage = null;
  const minScore = options?.minScore ?? DEFAULT_MIN_SCORE;
  const quote = collapseWhitespace(selectors.quote.exact).trim();
  if (!quote) return null;
  const prepared = prepare(text, stats);
  const { normalized, codePoints } = prepared;
  const position = selectors.position;
  const hasHint =
    !!position &&
    Number.isInteger(position.start) &&
    position.start >= 0 &&
    position.start < codePoints.codePointLength &&
    position.end - position.start === codePointLength(selectors.quote.exact);
  const query: Query = {
    normalized: normalized.text,
    quote,
    prefix: collapseWhitespace(selectors.quote.prefix ?? '')
      .trimEnd()
      .slice(-MAX_CONTEXT),
    suffix: collapseWhitespace(selectors.quote.suffix ?? '')
      .trimStart()
      .slice(0, MAX_CONTEXT),
    hint: hasHint
      ? leadingSpaceAdjusted(normalized, codePoints.toUtf16(position.start), selectors.quote.exact)
      : null,
    work: stats,
    stats,
  };

  const accept = (candidate: Candidate | null, stage: AnchorStage): AnchorMatch | null => {
    if (!candidate || candidate.score < minScore) return null;
    stats.stage = stage;
    const original = toOriginal(normalized, candidate.start, candidate.end);
    return {
      start: snapToCodePoint(text, original.start, -1),
      end: snapToCodePoint(text, original.end, 1),
      score: Math.min(1, candidate.score),
    };
  };

  const found = accept(exactStage(query), 'exact') ?? accept(positionStage(query), 'position');
  if (found) return found;

  const m = quote.length;
  const contextLength = query.prefix.length + query.suffix.length + m;
  // The most quote errors a candidate can have and still reach minScore (with
  // all its context found); never more than half the quote.
  const reachable = (1 - minScore) * contextLength;
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(m / 2), Math.floor(reachable));
  if (maxErrors < 1) return null;
  // Near the saved position first, in widening windows (text removed or added
  // before the passage shifts it), then the whole text: each window costs
  // about its length in steps, so a passage that moved little is found cheaply.
  const n = query.normalized.length;
  if (query.hint !== null) {
    for (const slack of [2 * (m + maxErrors) + 1024, 16_384]) {
      const from = Math.max(0, query.hint - slack);
      const to = Math.min(n, query.hint + m + slack);
      const near = accept(fuzzyStage(query, maxErrors, from, to), 'fuzzy');
      if (near || (from === 0 && to === n)) return near;
    }
  }
  return accept(fuzzyStage(query, maxErrors, 0, n), 'fuzzy');
}

/** The normalized hint for a quote saved at original offset `at` (skipping its own leading whitespace). */
function leadingSpaceAdjusted(normalized: NormalizedText, at: number, exact: string): number {
  const leading = exact.length - exact.trimStart().length;
  return toNormalized(normalized, at + leading);
}
