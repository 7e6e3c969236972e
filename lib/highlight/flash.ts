/**
 * Brings a passage into view and flashes it, without touching the page's DOM:
 * the flash is a CSS Custom Highlight (`::highlight(wps-flash)` in the
 * content script's stylesheet) over a Range. Where the API is missing, the
 * marks inside the range carry `data-wps-flash` for the same time instead.
 * Reduced motion: the page jumps instead of scrolling smoothly and the flash
 * is one steady highlight instead of two pulses.
 */

export const FLASH_NAME = 'wps-flash';
export const FLASH_ATTR = 'data-wps-flash';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

let pending: ReturnType<typeof setTimeout>[] = [];

/** Scrolls `range` to the middle of the viewport and flashes it. */
export function revealRange(range: Range, marks: readonly Element[] = []): void {
  const doc = range.startContainer.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return;
  const reduced = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const first = (
    range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement
  ) as Element | null;
  first?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });

  for (const timer of pending) clearTimeout(timer);
  pending = [];
  const registry = (view as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const HighlightCtor = (view as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  const on =
    registry && HighlightCtor
      ? () => registry.set(FLASH_NAME, new HighlightCtor(range))
      : () => marks.forEach((m) => m.setAttribute(FLASH_ATTR, ''));
  const off =
    registry && HighlightCtor
      ? () => registry.delete(FLASH_NAME)
      : () => marks.forEach((m) => m.removeAttribute(FLASH_ATTR));
  const steps: [number, () => void][] = reduced
    ? [
        [0, on],
        [2000, off],
      ]
    : [
        [0, on],
        [450, off],
        [650, on],
        [2000, off],
      ];
  for (const [at, fn] of steps) pending.push(setTimeout(fn, at));
}

/** A Range over the text of `nodes` (first to last), or null when none is in the page. */
export function rangeOverNodes(nodes: readonly Node[]): Range | null {
  const live = nodes.filter((n) => n.isConnected);
  const first = live[0];
  const last = live[live.length - 1];
  if (!first || !last) return null;
  const range = first.ownerDocument!.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  return range;
}
