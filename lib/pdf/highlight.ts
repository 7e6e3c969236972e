/**
 * Highlights on a pdf.js text layer, through the same `highlightPassage` as
 * HTML pages. The text layer's text nodes, in order, hold exactly
 * `PageText.raw`, so the layer is one `Passage` whose offsets are raw
 * offsets; ranges of the joined text are mapped to raw ranges first (a symbol
 * broken across lines becomes one range spanning both lines' spans).
 */
import { highlightPassage, type HighlightHandle, type HighlightRange } from '../highlight';
import type { Passage } from '../scan/passages';
import { fromRawOffset, toRawRange, type PageText } from './text';

/** The text layer as one passage: its text nodes in document order, marks included. */
export function layerPassage(layer: Element): Passage {
  const walker = layer.ownerDocument.createTreeWalker(layer, 0x4 /* SHOW_TEXT */);
  const passage: Passage = { root: layer, text: '', nodes: [] };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.length === 0) continue;
    passage.nodes.push({ node: text, start: passage.text.length });
    passage.text += text.data;
  }
  return passage;
}

/**
 * Wraps `ranges` (offsets of `page.text`, non-overlapping) in marks on the
 * layer. Ranges past what the layer holds (pdf.js stops adding spans on
 * enormous pages) are skipped rather than misplaced.
 *
 * mark.js is handed only the text nodes the ranges touch, not the page's
 * hundreds of spans: its cost grows with the nodes it is given.
 */
export function highlightPage(layer: Element, page: PageText, ranges: HighlightRange[]): HighlightHandle[] {
  if (ranges.length === 0) return [];
  const passage = layerPassage(layer);
  const usable = passage.text === page.raw ? page.raw.length : commonPrefix(passage.text, page.raw);
  const raw: HighlightRange[] = [];
  for (const range of ranges) {
    const r = toRawRange(page, range.start, range.end);
    if (r && r.end <= usable) raw.push({ ...range, start: r.start, end: r.end });
  }
  if (raw.length === 0) return [];
  const { sub, shift } = touchedNodes(passage, raw);
  return highlightPassage(
    sub,
    raw.map((r) => ({ ...r, start: shift(r.start), end: shift(r.end - 1) + 1 })),
  );
}

/** Index of the node holding raw offset `offset` (the last node starting at or before it). */
function nodeAt(passage: Passage, offset: number): number {
  let lo = 0;
  let hi = passage.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (passage.nodes[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A passage of just the text nodes `ranges` touch, in order, and a map from
 * raw offsets (inside those nodes) to its own offsets.
 */
function touchedNodes(passage: Passage, ranges: { start: number; end: number }[]) {
  const picked = new Set<number>();
  for (const r of ranges) {
    const last = nodeAt(passage, r.end - 1);
    for (let i = nodeAt(passage, r.start); i <= last; i += 1) picked.add(i);
  }
  const order = [...picked].sort((a, b) => a - b);
  const sub: Passage = { root: passage.root, text: '', nodes: [] };
  const offsets = new Map<number, number>();
  for (const i of order) {
    const piece = passage.nodes[i]!;
    offsets.set(i, sub.text.length);
    sub.nodes.push({ node: piece.node, start: sub.text.length });
    sub.text += piece.node.data;
  }
  const shift = (rawOffset: number) => {
    const i = nodeAt(passage, rawOffset);
    return offsets.get(i)! + (rawOffset - passage.nodes[i]!.start);
  };
  return { sub, shift };
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  return i;
}

/**
 * Splits ranges into groups with no overlap inside a group, for ranges that
 * may overlap (saved passages): each group is one `highlightPage` call.
 */
export function nonOverlappingGroups<T extends { start: number; end: number }>(ranges: T[]): T[][] {
  const groups: { end: number; items: T[] }[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const group = groups.find((g) => g.end <= range.start);
    if (group) {
      group.items.push(range);
      group.end = range.end;
    } else {
      groups.push({ end: range.end, items: [range] });
    }
  }
  return groups.map((g) => g.items);
}

/**
 * The offsets in `page.text` of a DOM range's part inside the layer, or null
 * when none of it is. A range that runs past the layer is clipped to it (a
 * selection across two pages keeps its part on this page). Boundaries inside
 * dropped characters (a line-end hyphen) move inward.
 */
export function selectionOffsets(
  layer: Element,
  page: PageText,
  range: Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>,
): { start: number; end: number } | null {
  if (layerPassage(layer).text !== page.raw) return null;
  const rawOf = (node: Node, offset: number): number => {
    if (node !== layer && !layer.contains(node)) {
      // 0x02: `node` precedes the layer.
      return layer.compareDocumentPosition(node) & 0x02 ? 0 : page.raw.length;
    }
    // The text from the layer's start to the boundary is the raw text before it.
    const before = layer.ownerDocument.createRange();
    before.setStart(layer, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const startRaw = rawOf(range.startContainer, range.startOffset);
  const endRaw = rawOf(range.endContainer, range.endOffset);
  if (endRaw <= startRaw) return null;
  const start = fromRawOffset(page, startRaw, 'start');
  const end = fromRawOffset(page, endRaw, 'end');
  return end > start ? { start, end } : null;
}
