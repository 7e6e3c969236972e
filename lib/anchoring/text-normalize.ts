/**
 * Whitespace-insensitive views of a text. Pages reflow: a paragraph gains a
 * line break, a non-breaking space becomes a space, an editor doubles a space.
 * Matching runs on a copy in which every run of whitespace is one space, with
 * a map back to the original offsets, so such changes cost nothing.
 */

/** A run of white space of any kind (including no-break spaces and line separators). */
const WHITESPACE = /\s/;

export interface NormalizedText {
  /** The text with each run of whitespace replaced by one space. */
  text: string;
  /** `map[i]` is the original UTF-16 offset of `text[i]`; `map[text.length]` is the original length. */
  map: Int32Array;
}

function isSpace(unit: number): boolean {
  // Fast path for ASCII; the regular expression covers the rest of Unicode's spaces.
  if (unit < 128) return unit === 32 || (unit >= 9 && unit <= 13);
  return WHITESPACE.test(String.fromCharCode(unit));
}

/** Collapses whitespace runs to one space; O(n). */
export function normalizeWhitespace(original: string): NormalizedText {
  const map = new Int32Array(original.length + 1);
  const parts: string[] = [];
  let length = 0;
  let runStart = 0; // start of the current run of non-space characters
  let i = 0;
  while (i < original.length) {
    if (!isSpace(original.charCodeAt(i))) {
      map[length++] = i++;
      continue;
    }
    parts.push(original.slice(runStart, i), ' ');
    map[length++] = i;
    while (i < original.length && isSpace(original.charCodeAt(i))) i++;
    runStart = i;
  }
  parts.push(original.slice(runStart));
  map[length] = original.length;
  return { text: parts.join(''), map: map.subarray(0, length + 1) };
}

/** Collapses whitespace runs to one space (for short strings: quotes and their context). */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The normalized offset of original offset `at`: the first normalized character at or after it. */
export function toNormalized(normalized: NormalizedText, at: number): number {
  const { map } = normalized;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Original [start, end) of normalized [start, end). */
export function toOriginal(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const { map } = normalized;
  const originalStart = map[start]!;
  // The end is just after the last matched character (one unit after its original offset).
  const originalEnd = end > start ? map[end - 1]! + 1 : originalStart;
  return { start: originalStart, end: originalEnd };
}
