/**
 * Offsets in Unicode code points (what W3C TextPositionSelector counts) and
 * in UTF-16 code units (what JavaScript strings index), and the conversions
 * between them. A character outside the Basic Multilingual Plane (e.g. 𝐀, an
 * emoji, some CJK extension ideographs) is one code point but two code units.
 */

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Number of code points in `text` (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * The code point offset of UTF-16 offset `utf16` in `text`. An offset inside a
 * surrogate pair counts the pair as passed (it cannot be represented in code points).
 */
export function utf16ToCodePoint(text: string, utf16: number): number {
  return new CodePointIndex(text).toCodePoint(utf16);
}

/** The UTF-16 offset of code point offset `codePoints` in `text` (clamped to the text). */
export function codePointToUtf16(text: string, codePoints: number): number {
  return new CodePointIndex(text).toUtf16(codePoints);
}

/**
 * True when `utf16` does not split a surrogate pair, so slicing there keeps
 * every character whole.
 */
export function isCodePointBoundary(text: string, utf16: number): boolean {
  if (utf16 <= 0 || utf16 >= text.length) return true;
  return !(isHigh(text.charCodeAt(utf16 - 1)) && isLow(text.charCodeAt(utf16)));
}

/** Moves `utf16` back (direction -1) or forward (+1) off the middle of a surrogate pair. */
export function snapToCodePoint(text: string, utf16: number, direction: -1 | 1): number {
  return isCodePointBoundary(text, utf16) ? utf16 : utf16 + direction;
}

/**
 * Converts offsets both ways in O(log k) for a text with k astral characters,
 * after one O(n) pass. Re-anchoring many passages on one long page uses one
 * index rather than rescanning the page for every conversion.
 */
export class CodePointIndex {
  /** UTF-16 offsets of the high surrogate of every surrogate pair, ascending. */
  private readonly pairs: number[] = [];
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
        this.pairs.push(i);
        i++;
      }
    }
    this.utf16Length = text.length;
    this.codePointLength = text.length - this.pairs.length;
  }

  /** Code point offset of a UTF-16 offset (clamped to the text). */
  toCodePoint(utf16: number): number {
    const at = Math.max(0, Math.min(this.utf16Length, utf16));
    // Pairs whose low surrogate lies before `at` each saved one code point.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid]! + 1 < at) lo = mid + 1;
      else hi = mid;
    }
    return at - lo;
  }

  /** UTF-16 offset of a code point offset (clamped to the text). */
  toUtf16(codePoints: number): number {
    const at = Math.max(0, Math.min(this.codePointLength, Math.floor(codePoints)));
    // The pair with index p starts at code point pairs[p] - p.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid]! - mid < at) lo = mid + 1;
      else hi = mid;
    }
    return at + lo;
  }
}
