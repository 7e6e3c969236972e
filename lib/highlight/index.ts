/**
 * The only module that imports mark.js. It wraps ranges of a passage's text
 * in `<mark>` elements and returns handles that remove them again.
 *
 * mark.js is given the passage's own text nodes as its contexts, so its
 * offsets are exactly the passage's offsets (`lib/scan/passages`).
 */
import Mark from 'mark.js';
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

/** Wraps `ranges` (passage offsets, non-overlapping) and returns one handle per range. */
export function highlightPassage(passage: Passage, ranges: HighlightRange[]): HighlightHandle[] {
  if (ranges.length === 0) return [];
  const handles = new Map<HighlightRange, HighlightHandle>();
  const instance = new Mark(passage.nodes.map((p) => p.node) as unknown as HTMLElement[]);
  instance.markRanges(
    ranges.map((range) => ({ start: range.start, length: range.end - range.start, range })),
    {
      element: 'mark',
      each: (element: Element, r: unknown) => {
        const range = (r as { range: HighlightRange }).range;
        const el = element as HTMLElement;
        el.removeAttribute('data-markjs');
        for (const [name, value] of Object.entries(range.attrs)) el.setAttribute(name, value);
        let handle = handles.get(range);
        if (!handle) {
          handle = { range, elements: [] };
          handles.set(range, handle);
        }
        handle.elements.push(el);
      },
    } as Mark.MarkRangesOptions,
  );
  return [...handles.values()];
}

/** Unwraps the handles' marks, leaving the page's text as it was. */
export function removeHighlights(handles: Iterable<HighlightHandle>): void {
  const parents = new Set<Node>();
  for (const handle of handles) {
    for (const el of handle.elements) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
      parents.add(parent);
    }
    handle.elements = [];
  }
  // Merge the text nodes the wrapping split, so the DOM is as before.
  for (const parent of parents) parent.normalize();
}
