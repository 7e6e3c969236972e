/**
 * The adapter between a page's passages (lib/scan) and document-text offsets
 * (lib/anchoring/text). The document text is the passages' texts joined with
 * '\n', in document order: the same string when a reader saves a selection
 * and when the page is visited again, so TextPositionSelector offsets and the
 * quote's context mean the same thing both times.
 *
 * The content script: `describeRange(doc, selection.getRangeAt(0))` to save a
 * selection; `anchorInDocument(doc, saved.selectors)` on a visit, then
 * `highlightPassage(range.passage, [{ start, end, attrs }])` for each range.
 */
import { ownText, type Passage } from '../scan/passages';
import { anchor, describe, type AnchorMatch, type AnchorOptions } from './text';
import type { TextPositionSelector, TextQuoteSelector } from '../model/saved-passage';

/** A page's text for anchoring. Passage i occupies `text[starts[i], starts[i] + passages[i].text.length)`. */
export interface DocumentText {
  text: string;
  passages: Passage[];
  starts: number[];
}

/** The separator between passages: block boundaries read as line breaks. */
const SEPARATOR = '\n';

/** Joins the passages' texts with '\n' and records where each starts. */
export function documentText(passages: Passage[]): DocumentText {
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const passage of passages) {
    starts.push(at);
    parts.push(passage.text);
    at += passage.text.length + SEPARATOR.length;
  }
  return { text: parts.join(SEPARATOR), passages, starts };
}

interface NodePlace {
  passage: number;
  /** Offset of the node's first character in the passage. */
  start: number;
}

/** Text node -> place, built on first use per DocumentText. */
const indexes = new WeakMap<DocumentText, { nodes: Map<Node, NodePlace>; roots: Map<Node, number> }>();

function indexOf(doc: DocumentText) {
  let index = indexes.get(doc);
  if (!index) {
    const nodes = new Map<Node, NodePlace>();
    const roots = new Map<Node, number>();
    doc.passages.forEach((passage, i) => {
      roots.set(passage.root, i);
      for (const piece of passage.nodes) nodes.set(piece.node, { passage: i, start: piece.start });
    });
    index = { nodes, roots };
    indexes.set(doc, index);
  }
  return index;
}

/**
 * Where text node `node` sits in the document text, or null if it belongs to
 * no passage. Highlights split text nodes after the scan (mark.js wraps part
 * of a node in a new one): such a node is found through its passage's root,
 * whose text nodes are read again (their text is unchanged).
 */
function placeOf(doc: DocumentText, node: Text): number | null {
  const { nodes, roots } = indexOf(doc);
  const known = nodes.get(node);
  if (known) return doc.starts[known.passage]! + known.start;
  for (let el = node.parentNode; el; el = el.parentNode) {
    const i = roots.get(el);
    if (i === undefined) continue;
    const fresh = ownText(el as Element);
    const passage = doc.passages[i]!;
    if (!fresh || fresh.text !== passage.text) return null; // the page changed: rescan first
    const piece = fresh.nodes.find((p) => p.node === node);
    return piece ? doc.starts[i]! + piece.start : null;
  }
  return null;
}

const SHOW_TEXT = 0x4;

function lastDescendantOrSelf(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

function isText(node: Node | null | undefined): node is Text {
  return !!node && node.nodeType === 3;
}

/**
 * The document offset of a range boundary. A boundary between elements, or in
 * text outside every passage, moves to the nearest passage text inside the
 * range: forward for the start, backward for the end.
 */
function boundaryOffset(
  doc: DocumentText,
  container: Node,
  offset: number,
  side: 'start' | 'end',
): number | null {
  const owner = container.ownerDocument ?? (container as Document);
  const walker = owner.createTreeWalker(owner, SHOW_TEXT);
  const step = () => (side === 'start' ? walker.nextNode() : walker.previousNode()) as Text | null;
  let node: Text | null;
  if (isText(container)) {
    const place = placeOf(doc, container);
    if (place !== null) return place + Math.min(offset, container.data.length);
    walker.currentNode = container;
    node = step();
  } else if (side === 'start') {
    const child = container.childNodes[offset];
    if (isText(child)) node = child;
    else {
      walker.currentNode = child ?? lastDescendantOrSelf(container);
      node = step();
    }
  } else {
    const child = container.childNodes[offset - 1];
    const last = child ? lastDescendantOrSelf(child) : container;
    if (isText(last) && child) node = last;
    else {
      walker.currentNode = last;
      node = step();
    }
  }
  for (; node; node = step()) {
    const place = placeOf(doc, node);
    if (place !== null) return side === 'start' ? place : place + node.data.length;
  }
  return null;
}

/** The document-text offsets of a DOM range, or null when it holds no passage text. */
export function rangeToOffsets(doc: DocumentText, range: Range): { start: number; end: number } | null {
  const start = boundaryOffset(doc, range.startContainer, range.startOffset, 'start');
  const end = boundaryOffset(doc, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || start >= end) return null;
  return { start, end };
}

/**
 * The passages that document-text `[start, end)` covers, each with local
 * offsets for lib/highlight's `highlightPassage`. The '\n' between passages
 * belongs to none; passages the range only touches are left out.
 */
export function offsetsToPassageRanges(
  doc: DocumentText,
  start: number,
  end: number,
): { passage: Passage; start: number; end: number }[] {
  const ranges: { passage: Passage; start: number; end: number }[] = [];
  // The last passage starting at or before `start`.
  let lo = 0;
  let hi = doc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (doc.starts[mid]! <= start) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i < doc.passages.length && doc.starts[i]! < end; i++) {
    const passage = doc.passages[i]!;
    const from = Math.max(0, start - doc.starts[i]!);
    const to = Math.min(passage.text.length, end - doc.starts[i]!);
    if (from < to) ranges.push({ passage, start: from, end: to });
  }
  return ranges;
}

/** Describes a selection for saving: W3C selectors over the document text, or null when it holds no passage text. */
export function describeRange(
  doc: DocumentText,
  range: Range,
  options?: { context?: number },
): { quote: TextQuoteSelector; position: TextPositionSelector } | null {
  const offsets = rangeToOffsets(doc, range);
  if (!offsets || !doc.text.slice(offsets.start, offsets.end).trim()) return null;
  return describe(doc.text, offsets.start, offsets.end, options);
}

/**
 * Finds a saved passage on the page: the match (document offsets and score)
 * and the passage ranges to highlight, or null when it is not on this page
 * (the caller lists it as "not found on this page").
 */
export function anchorInDocument(
  doc: DocumentText,
  selectors: { quote: TextQuoteSelector; position?: TextPositionSelector },
  options?: AnchorOptions,
): { match: AnchorMatch; ranges: { passage: Passage; start: number; end: number }[] } | null {
  const match = anchor(doc.text, selectors, options);
  if (!match) return null;
  const ranges = offsetsToPassageRanges(doc, match.start, match.end);
  return ranges.length ? { match, ranges } : null;
}
