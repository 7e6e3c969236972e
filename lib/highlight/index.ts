/**
 * Wraps ranges of a passage's text in `<mark>` elements and returns handles
 * that remove them again. Offsets are the passage's own (`lib/scan/passages`):
 * each range is cut into one mark per text node it spans.
 *
 * The wrapping is ours, not mark.js's: mark.js creates a NodeIterator per
 * context node, and live NodeIterators make every later DOM removal in the
 * document visit all of them, so marking a big page got slower with each
 * passage (see docs/adr/0005). mark.js stays for the naive baseline the
 * benchmark measures (./naive); this module is still the only one using it.
 *
 * A text node is split so that its left part stays the original node, and
 * removal unwraps each mark and merges only the text nodes on either side,
 * because `normalize()` on a mark's parent would walk the parent's whole
 * subtree (the whole page when text sits directly in `body`).
 */
import type { Passage } from '../scan/passages';

export interface HighlightRange {
  start: number;
  end: number;
  /** data-* attributes for the marks, e.g. { 'data-wps-kind': 'symbol' }. */
  attrs: Record<string, string>;
}

export interface HighlightHandle {
  range: HighlightRange;
  /** One element per text node the range spans. */
  elements: HTMLElement[];
}

export const MARK_ATTR = 'data-wps-kind';
/** Selects every mark this extension makes (any instance, any kind). */
export const MARK_SELECTOR = `mark[${MARK_ATTR}]`;

/**
 * Wraps `ranges` (passage offsets) and returns one handle per range that was
 * wrapped, in the order given. A range overlapping an earlier one (by start)
 * is skipped: overlaps are the caller's to resolve.
 */
export function highlightPassage(passage: Passage, ranges: HighlightRange[]): HighlightHandle[] {
  if (ranges.length === 0 || passage.nodes.length === 0) return [];
  const doc = passage.nodes[0]!.node.ownerDocument;
  const order = ranges
    .map((range, i) => ({ range, i }))
    .filter(({ range }) => range.end > range.start && range.start >= 0 && range.end <= passage.text.length)
    .sort((a, b) => a.range.start - b.range.start);
  const accepted: { range: HighlightRange; i: number }[] = [];
  let last = 0;
  for (const item of order) {
    if (item.range.start < last) continue;
    accepted.push(item);
    last = item.range.end;
  }
  const handles = new Map<number, HighlightHandle>(
    accepted.map(({ range, i }) => [i, { range, elements: [] }]),
  );

  let first = 0; // the first accepted range that may still touch the current node
  for (let k = 0; k < passage.nodes.length && first < accepted.length; k++) {
    const piece = passage.nodes[k]!;
    const node = piece.node;
    const nodeStart = piece.start;
    const nodeEnd = k + 1 < passage.nodes.length ? passage.nodes[k + 1]!.start : passage.text.length;
    while (first < accepted.length && accepted[first]!.range.end <= nodeStart) first++;
    // The ranges touching this node, cut right to left so the node keeps its left part.
    const touching: { from: number; to: number; i: number }[] = [];
    for (let j = first; j < accepted.length && accepted[j]!.range.start < nodeEnd; j++) {
      const { range, i } = accepted[j]!;
      const from = Math.max(range.start, nodeStart) - nodeStart;
      const to = Math.min(range.end, nodeEnd) - nodeStart;
      if (to > from) touching.push({ from, to, i });
    }
    if (touching.length === 0 || !node.parentNode) continue;
    const marks: { el: HTMLElement; i: number }[] = [];
    for (let t = touching.length - 1; t >= 0; t--) {
      const { from, to, i } = touching[t]!;
      if (to < node.data.length) node.splitText(to);
      const inner = node.splitText(from);
      const el = doc.createElement('mark');
      for (const [name, value] of Object.entries(handles.get(i)!.range.attrs)) el.setAttribute(name, value);
      node.parentNode!.insertBefore(el, inner);
      el.appendChild(inner);
      marks.push({ el, i });
    }
    for (let m = marks.length - 1; m >= 0; m--) handles.get(marks[m]!.i)!.elements.push(marks[m]!.el);
  }
  return [...handles.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, handle]) => handle)
    .filter((h) => h.elements.length > 0);
}

/** Unwraps the handles' marks, leaving the page's text as it was. */
export function removeHighlights(handles: Iterable<HighlightHandle>): void {
  for (const handle of handles) {
    for (const el of handle.elements) unwrap(el);
    handle.elements = [];
  }
}

/** Unwraps these mark elements (ours, found without their handles). */
export function removeMarks(elements: Iterable<Element>): void {
  for (const el of elements) unwrap(el);
}

/** Unwraps every mark of ours under `root` (left by an earlier instance of the extension). */
export function removeAllMarks(root: ParentNode): number {
  const marks = root.querySelectorAll(MARK_SELECTOR);
  for (const el of marks) unwrap(el);
  return marks.length;
}

/** Replaces `el` by its children and joins the text nodes the wrapping had split. */
function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  const first = el.firstChild;
  const last = el.lastChild;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  const after = el.nextSibling;
  parent.removeChild(el);
  if (!first || !last) {
    merge(after?.previousSibling ?? null, after);
    return;
  }
  // Join the end first, so `first` is still in place for the start.
  merge(last, last.nextSibling);
  merge(first.previousSibling, first);
}

function merge(a: Node | null, b: Node | null): void {
  if (!a || !b || a.nodeType !== 3 || b.nodeType !== 3) return;
  (a as Text).appendData((b as Text).data);
  b.parentNode?.removeChild(b);
}
