/**
 * Builds text items shaped like pdf.js `getTextContent()` output, for tests:
 * lines of items with a font size and a baseline, the " " items pdf.js puts
 * between words drawn separately, and its habit of flagging a line's end
 * with an empty item carrying `hasEOL`.
 */
import type { TextItemLike } from '../../../lib/pdf/text';

export interface LineSpec {
  /** The line's pieces, as the PDF drew them: each becomes one item. */
  pieces: string[];
  /** Baseline (PDF user space, grows upwards). */
  y: number;
  x?: number;
  size?: number;
  /** How pdf.js marks the end of the line: on the last item (default) or with an empty item. */
  eol?: 'last' | 'empty' | 'none';
  /** Gap between pieces, in font sizes (0: the pieces touch, as in a word split in two). */
  gap?: number;
}

/** Advance of a string at `size`, roughly (half an em per character). */
const advance = (text: string, size: number) => text.length * size * 0.5;

export function lineItems(spec: LineSpec): TextItemLike[] {
  const size = spec.size ?? 10;
  let x = spec.x ?? 72;
  const items: TextItemLike[] = spec.pieces.map((str) => {
    const item: TextItemLike = {
      str,
      dir: 'ltr',
      transform: [size, 0, 0, size, x, spec.y],
      width: advance(str, size),
      height: str.trim() ? size : 0,
      hasEOL: false,
    };
    x += advance(str, size) + (spec.gap ?? 0) * size;
    return item;
  });
  const eol = spec.eol ?? 'last';
  if (eol === 'last' && items.length) items[items.length - 1]!.hasEOL = true;
  if (eol === 'empty') {
    items.push({
      str: '',
      dir: 'ltr',
      transform: [size, 0, 0, size, x, spec.y],
      width: 0,
      height: 0,
      hasEOL: true,
    });
  }
  return items;
}

/** Lines one under the other (line height 1.2 × size); `paragraphGap` adds space before a line. */
export function pageItems(
  lines: (string | string[] | { pieces: string[]; paragraph?: boolean; size?: number; gap?: number })[],
  options: { size?: number; top?: number } = {},
): TextItemLike[] {
  const size = options.size ?? 10;
  let y = options.top ?? 700;
  const out: TextItemLike[] = [];
  for (const line of lines) {
    const spec =
      typeof line === 'string' ? { pieces: [line] } : Array.isArray(line) ? { pieces: line } : line;
    const lineSize = 'size' in spec && spec.size ? spec.size : size;
    if ('paragraph' in spec && spec.paragraph) y -= lineSize * 1.5;
    out.push(...lineItems({ pieces: spec.pieces, y, size: lineSize, gap: 'gap' in spec ? spec.gap : 0 }));
    y -= lineSize * 1.2;
  }
  return out;
}
