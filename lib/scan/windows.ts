/**
 * Runs a matcher over a long text window by window, so no single call is
 * long: a passage of 50,000 characters in one text node (a `<pre>` document)
 * is matched in 4,000-character windows with a pause between them. Windows
 * are cut after whitespace, and each reads a little past its end, so a
 * mention that crosses a cut is found whole, once.
 */
import type { Finding, MatchContext, Matcher } from './matcher';

/** Characters matched per call. */
export const WINDOW = 4_000;
/** How far a window reads past its cut: longer than any symbol or term. */
const OVERLAP = 300;

/** A generator that pauses between windows and returns every finding, offsets into `text`. */
export function* matchInWindows(
  matcher: Matcher,
  text: string,
  context: MatchContext,
): Generator<void, Finding[], void> {
  if (text.length <= WINDOW + OVERLAP) return matcher(text, context);
  const out: Finding[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW);
    if (end < text.length) {
      const cut = lastSpace(text, start + WINDOW / 2, end);
      if (cut > start) end = cut + 1;
    }
    const stop = Math.min(text.length, end + OVERLAP);
    for (const f of matcher(text.slice(start, stop), context)) {
      // Starting past the cut: the next window finds it, with its own context.
      if (end < text.length && f.start >= end - start) continue;
      out.push(shift(f, start));
    }
    start = end;
    if (start < text.length) yield;
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function lastSpace(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000) return i;
  }
  return -1;
}

function shift(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    ...(f.symbol ? { symbol: { ...f.symbol, start: f.symbol.start + by, end: f.symbol.end + by } } : {}),
    ...(f.term ? { term: { ...f.term, start: f.term.start + by, end: f.term.end + by } } : {}),
  };
}
