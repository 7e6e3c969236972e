/**
 * The reader's saved passages on the page they were saved from: re-anchored
 * over the page's document text (lib/anchoring) on every visit, highlighted in
 * their own style (`data-wps-kind="saved"`, `data-wps-saved-id`), and reported
 * as found or not found. A passage that cannot be placed is never attached to
 * other text: it is reported `found: false` and left unmarked.
 */
import { anchorInDocument, type DocumentText } from '../anchoring/dom';
import { highlightPassage, removeHighlights, type HighlightHandle } from '../highlight';
import type { SavedAnchorStatus } from '../messaging/protocol';
import type { SavedPassage } from '../model/saved-passage';
import { ownText } from './passages';

interface Placed {
  saved: SavedPassage;
  /** Where it was found, to mark again after the marks were removed. */
  ranges: { root: Element; text: string; start: number; end: number }[];
  handles: HighlightHandle[];
}

export class SavedLayer {
  private placed = new Map<string, Placed>();
  private readonly byMark = new WeakMap<Element, string>();
  private shown = true;
  status: SavedAnchorStatus[] = [];

  constructor(private readonly write: <T>(fn: () => T) => T) {}

  /** Finds `saved` in `doc` (HTML passages only: PDF ones carry a page), marking the found ones. */
  apply(saved: SavedPassage[], doc: DocumentText): SavedAnchorStatus[] {
    this.clear();
    const status: SavedAnchorStatus[] = [];
    for (const record of saved) {
      if (record.selectors.page !== undefined) continue;
      let found = null;
      try {
        found = anchorInDocument(doc, record.selectors);
      } catch {
        found = null; // a malformed record is "not found", never an error on the page
      }
      status.push({ id: record.id, found: !!found });
      if (!found) continue;
      this.placed.set(record.id, {
        saved: record,
        ranges: found.ranges.map((r) => ({
          root: r.passage.root,
          text: r.passage.text,
          start: r.start,
          end: r.end,
        })),
        handles: [],
      });
    }
    this.status = status;
    if (this.shown) for (const placed of this.placed.values()) this.mark(placed);
    return status;
  }

  /** Shows or hides the saved highlights (the reader's "saved" kind setting). */
  setShown(shown: boolean): void {
    if (shown === this.shown) return;
    this.shown = shown;
    for (const placed of this.placed.values()) {
      if (shown) this.mark(placed);
      else this.unmark(placed);
    }
  }

  /** Removes every saved highlight and forgets the placements. */
  clear(): void {
    for (const placed of this.placed.values()) this.unmark(placed);
    this.placed.clear();
    this.status = [];
  }

  /** The saved passage a mark belongs to. */
  idOf(mark: Element): string | undefined {
    return this.byMark.get(mark);
  }

  /** The marks of a saved passage, in document order (empty when hidden or not found). */
  marks(id: string): HTMLElement[] {
    return this.placed.get(id)?.handles.flatMap((h) => h.elements) ?? [];
  }

  /** The saved record, when it was found on this page. */
  record(id: string): SavedPassage | undefined {
    return this.placed.get(id)?.saved;
  }

  /** The page elements a found passage lies in (for revealing it while its marks are hidden). */
  roots(id: string): Element[] {
    return this.placed.get(id)?.ranges.map((r) => r.root) ?? [];
  }

  private mark(placed: Placed): void {
    this.write(() => {
      for (const range of placed.ranges) {
        // Read the block again: other marks may have split its text nodes since.
        const fresh = range.root.isConnected ? ownText(range.root) : null;
        if (!fresh || fresh.text !== range.text) continue;
        const attrs = { 'data-wps-kind': 'saved', 'data-wps-saved-id': placed.saved.id };
        for (const handle of highlightPassage(fresh, [{ start: range.start, end: range.end, attrs }])) {
          placed.handles.push(handle);
          for (const el of handle.elements) this.byMark.set(el, placed.saved.id);
        }
      }
    });
  }

  private unmark(placed: Placed): void {
    this.write(() => removeHighlights(placed.handles));
    placed.handles = [];
  }
}
