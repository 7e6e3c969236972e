/**
 * One PDF page's text, as the recognizers need it: the text items of pdf.js
 * `getTextContent()` joined into a single string where the layout's splits
 * are undone, with an offset map back to the items (and so to the text-layer
 * spans, one per item).
 *
 * PDF text is messy. A line break is not a space when a word was hyphenated
 * ("dé-" / "claration") or a symbol was broken after a slash ("S/RES/" /
 * "1325 (2000)"); items split a word in the middle; runs of spaces are stray.
 * The recognizers (`findSymbols`, `findTerms`) run unchanged on `text`; the
 * highlighter maps their offsets back through `toRaw` to `raw`, the plain
 * concatenation of the items' strings, which is exactly what the text layer
 * holds. DOM-free, so it is tested in Node.
 */

/** The part of a pdf.js `TextItem` we read. Marked-content entries (no `str`) are skipped. */
export interface TextItemLike {
  str: string;
  /** True when a line break follows the item. */
  hasEOL?: boolean;
  /** [a, b, c, d, x, y] in PDF user space (y grows upwards). */
  transform?: number[];
  width?: number;
  height?: number;
  dir?: string;
}

export interface PageText {
  /** The joined text the recognizers read. Paragraphs are separated by '\n', lines by ' '. */
  text: string;
  /** The items' strings concatenated: what the text layer's spans contain, in order. */
  raw: string;
  /** Offset in `raw` of each string item, in item order (pdf.js `textDivs` order). */
  itemStarts: number[];
  /** For each UTF-16 index of `text`, its index in `raw`, or -1 for a joiner we inserted. */
  toRaw: Int32Array;
  /** For each index of `raw`, its index in `text`, or -1 for a dropped character. */
  fromRaw: Int32Array;
  /** Paragraphs as [start, end) ranges of `text`. */
  paragraphs: { start: number; end: number }[];
  /** False for a page with no text layer to speak of (a scan). */
  hasText: boolean;
}

/** A line gap larger than this many font heights starts a new paragraph. */
const PARAGRAPH_GAP = 1.5;
/** A horizontal gap wider than this many font heights is a word space. */
const WORD_GAP = 0.2;

const WHITESPACE = /\s/;

/** `/\s/.test(char)` for one UTF-16 code unit, without a regular expression (it runs per character). */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x1680 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;
const HYPHENS = new Set(['-', '\u2010', '\u00ad']);

interface Geometry {
  x: number;
  y: number;
  size: number;
  width: number;
  horizontal: boolean;
  rtl: boolean;
}

function geometryOf(item: TextItemLike): Geometry | null {
  const t = item.transform;
  if (!t || t.length < 6) return null;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = t;
  const size = Math.hypot(c, d) || item.height || 0;
  if (!(size > 0)) return null;
  return {
    x,
    y,
    size,
    width: item.width ?? 0,
    horizontal: Math.abs(b) < 1e-3 && Math.abs(c) < 1e-3 && a > 0,
    rtl: item.dir === 'rtl',
  };
}

function isStringItem(item: unknown): item is TextItemLike {
  return typeof item === 'object' && item !== null && typeof (item as TextItemLike).str === 'string';
}

/** Accumulates `text` and its map to `raw`. */
class Builder {
  private readonly chars: string[] = [];
  private readonly map: number[] = [];
  /** Where each paragraph starts in the text. */
  readonly paragraphStarts: number[] = [0];

  get length(): number {
    return this.chars.length;
  }

  push(char: string, rawIndex: number): void {
    this.chars.push(char);
    this.map.push(rawIndex);
  }

  pop(): void {
    this.chars.pop();
    this.map.pop();
  }

  /** True after a space, or at the start of the page or of a paragraph. */
  atBoundary(): boolean {
    const last = this.chars[this.chars.length - 1];
    return last === undefined || isSpaceCode(last.charCodeAt(0));
  }

  /** Drops trailing spaces, never a paragraph break. */
  trimSpaces(): void {
    for (;;) {
      const last = this.chars[this.chars.length - 1];
      if (last === undefined || last === '\n' || !WHITESPACE.test(last)) return;
      this.pop();
    }
  }

  endsWithParagraph(): boolean {
    const last = this.chars[this.chars.length - 1];
    return last === undefined || last === '\n';
  }

  /** The current word: characters since the last whitespace. */
  lastToken(): string {
    let i = this.chars.length;
    while (i > 0 && !WHITESPACE.test(this.chars[i - 1]!)) i -= 1;
    return this.chars.slice(i).join('');
  }

  paragraph(): void {
    this.trimSpaces();
    if (this.endsWithParagraph()) return;
    this.push('\n', -1);
    this.paragraphStarts.push(this.chars.length);
  }

  finish(): { text: string; toRaw: Int32Array } {
    for (;;) {
      const last = this.chars[this.chars.length - 1];
      if (last === undefined || !WHITESPACE.test(last)) break;
      this.pop();
    }
    return { text: this.chars.join(''), toRaw: Int32Array.from(this.map) };
  }
}

type Break = 'none' | 'space' | 'line' | 'paragraph';

/**
 * How to join a line's last word to the next line's text: the joiner to
 * insert ('' or ' ') and whether to drop the line's trailing hyphen.
 */
export function lineJoin(lastWord: string, next: string): { joiner: '' | ' '; dropHyphen: boolean } {
  const last = lastWord.at(-1) ?? '';
  const first = next.charAt(0);
  if (last === '\u00ad') return { joiner: '', dropHyphen: true };
  if (HYPHENS.has(last)) {
    // "A/S-" + "23/10/Rev.1": a symbol's own hyphen, kept.
    if (lastWord.includes('/')) return { joiner: '', dropHyphen: false };
    const before = lastWord.at(-2) ?? '';
    // "dé-" + "claration": a hyphenated word.
    if (LETTER.test(before) && LOWERCASE.test(first)) return { joiner: '', dropHyphen: true };
    // "1990-" + "1991", "Nations-" + "Unies": a real hyphen at a line end.
    return { joiner: '', dropHyphen: false };
  }
  // "S/RES/" + "1325 (2000)", "A/52/" + "231": a symbol broken after a slash.
  if (last === '/') return { joiner: '', dropHyphen: false };
  // "S/RES" + "/1325 (2000)".
  if (first === '/' && /^[A-Z][A-Z0-9./-]*$/.test(lastWord)) return { joiner: '', dropHyphen: false };
  // "(" + "2000)".
  if (last === '(') return { joiner: '', dropHyphen: false };
  return { joiner: ' ', dropHyphen: false };
}

/**
 * Joins one page's text items (pdf.js `getTextContent().items`) into a
 * `PageText`. Items without `str` (marked content) are ignored, as the text
 * layer ignores them.
 */
export function joinPageText(items: readonly unknown[]): PageText {
  const strings = items.filter(isStringItem);
  const itemStarts: number[] = [];
  let raw = '';
  for (const item of strings) {
    itemStarts.push(raw.length);
    raw += item.str;
  }

  const out = new Builder();
  let pending: Break = 'none';
  /** The last item with text. */
  let prev: Geometry | null = null;

  strings.forEach((item, index) => {
    const str = item.str;
    const blank = str.trim() === '';
    // Spaces around a line break carry no information: keep the break pending.
    if (blank && pending !== 'none') {
      if (item.hasEOL) pending = pending === 'paragraph' ? 'paragraph' : 'line';
      return;
    }
    const geometry = geometryOf(item);
    if (str.length > 0) {
      let brk: Break = pending;
      if (brk === 'none' && geometry && prev) brk = sameLineBreak(prev, geometry);
      if (brk === 'line' && geometry && prev && isParagraphGap(prev, geometry)) brk = 'paragraph';
      if (out.length > 0) joinAt(out, brk, str);

      const base = itemStarts[index]!;
      for (let i = 0; i < str.length; i += 1) {
        // Collapse runs of spaces; never start the page or a paragraph with one.
        if (isSpaceCode(str.charCodeAt(i)) && out.atBoundary()) continue;
        out.push(str[i]!, base + i);
      }
      if (geometry && !blank) prev = geometry;
      pending = 'none';
    }
    if (item.hasEOL) pending = 'line';
  });

  const { text, toRaw } = out.finish();
  const fromRaw = new Int32Array(raw.length).fill(-1);
  toRaw.forEach((r, t) => {
    if (r >= 0) fromRaw[r] = t;
  });
  const paragraphs: { start: number; end: number }[] = [];
  const starts = out.paragraphStarts.filter((s) => s < text.length);
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : text.length;
    if (end > start) paragraphs.push({ start, end });
  });
  return { text, raw, itemStarts, toRaw, fromRaw, paragraphs, hasText: /[\p{L}\p{N}]/u.test(text) };
}

/** Between two items with no EOL flag: same line, a word gap, or a new line after all. */
function sameLineBreak(prev: Geometry, cur: Geometry): Break {
  if (!prev.horizontal || !cur.horizontal) return 'none';
  const size = Math.min(prev.size, cur.size);
  if (Math.abs(prev.y - cur.y) > size * 0.5) return 'line';
  // Right-to-left runs advance leftwards.
  const gap = prev.rtl || cur.rtl ? prev.x - (cur.x + cur.width) : cur.x - (prev.x + prev.width);
  if (gap > size * WORD_GAP) return 'space';
  return 'none';
}

/** A new line far below the last one, above it (a new column or a footer), or in another size. */
function isParagraphGap(prev: Geometry, cur: Geometry): boolean {
  if (!prev.horizontal || !cur.horizontal) return false;
  const size = Math.max(prev.size, cur.size);
  const drop = prev.y - cur.y;
  if (drop < 0) return true;
  if (drop > size * PARAGRAPH_GAP) return true;
  return size / Math.min(prev.size, cur.size) > 1.25;
}

function joinAt(out: Builder, brk: Break, next: string): void {
  if (brk === 'paragraph') {
    out.paragraph();
    return;
  }
  if (brk === 'space') {
    if (!out.atBoundary() && !WHITESPACE.test(next.charAt(0))) out.push(' ', -1);
    return;
  }
  if (brk === 'line') {
    out.trimSpaces();
    if (out.endsWithParagraph()) return;
    const { joiner, dropHyphen } = lineJoin(out.lastToken(), next.trimStart());
    if (dropHyphen) out.pop();
    if (joiner === ' ') out.push(' ', -1);
  }
}

/**
 * The `raw` range covering `text[start, end)`: from the first mapped
 * character at or after `start` to the last mapped one before `end`.
 * Null when the range holds only inserted joiners.
 */
export function toRawRange(
  page: PageText,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let s = Math.max(0, start);
  let e = Math.min(page.text.length, end) - 1;
  while (s <= e && page.toRaw[s]! < 0) s += 1;
  while (e >= s && page.toRaw[e]! < 0) e -= 1;
  if (s > e) return null;
  return { start: page.toRaw[s]!, end: page.toRaw[e]! + 1 };
}

/**
 * The `text` offset for a `raw` offset, e.g. a selection boundary. A dropped
 * character (a hyphen, a collapsed space) moves forward for a start and back
 * for an end.
 */
export function fromRawOffset(page: PageText, rawOffset: number, bias: 'start' | 'end'): number {
  if (bias === 'start') {
    for (let r = Math.max(0, rawOffset); r < page.raw.length; r += 1) {
      const t = page.fromRaw[r]!;
      if (t >= 0) return t;
    }
    return page.text.length;
  }
  for (let r = Math.min(page.raw.length, rawOffset) - 1; r >= 0; r -= 1) {
    const t = page.fromRaw[r]!;
    if (t >= 0) return t + 1;
  }
  return 0;
}
