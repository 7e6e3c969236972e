/**
 * Saved passages in a PDF: describing the reader's selection on a page (the
 * W3C selectors of lib/anchoring, over the page's joined text, plus the page
 * number) and finding saved passages again on a later visit. DOM-free.
 *
 * A passage saved here carries `selectors.page`; its position counts code
 * points from the start of that page's text. It is looked for on its page
 * first, then on the other pages (a new edition of the document may have
 * moved it). A passage saved from the same document's HTML page has no page
 * and is looked for on every page. Never attached below the minimum score.
 */
import { anchor, describe } from '../anchoring/text';
import type { SavedAnchorStatus } from '../messaging/protocol';
import type { PassageSelectors, SavedPassage } from '../model/saved-passage';

/** Where a saved passage was found: a range of one page's joined text. */
export interface SavedPlacement {
  id: string;
  page: number;
  start: number;
  end: number;
}

/** The selectors for `text[start, end)` of page `page`. */
export function describeOnPage(text: string, page: number, start: number, end: number): PassageSelectors {
  return { ...describe(text, start, end), page };
}

/**
 * Places saved passages in the pages read so far. `texts[i]` is page i + 1's
 * joined text, undefined when not read yet. A passage is decided (found or
 * not) once the pages it needs are read: its own page and, when it is not
 * there, all pages.
 */
export function placeSaved(
  saved: readonly SavedPassage[],
  texts: readonly (string | undefined)[],
): { placements: SavedPlacement[]; statuses: SavedAnchorStatus[] } {
  const placements: SavedPlacement[] = [];
  const statuses: SavedAnchorStatus[] = [];
  const allRead = texts.every((t) => t !== undefined);
  for (const passage of saved) {
    const { quote, position, page } = passage.selectors;
    const own = page !== undefined ? texts[page - 1] : undefined;
    if (page !== undefined && own !== undefined) {
      const match = anchor(own, { quote, position });
      if (match) {
        placements.push({ id: passage.id, page, start: match.start, end: match.end });
        statuses.push({ id: passage.id, found: true });
        continue;
      }
    }
    if (!allRead) continue;
    // Elsewhere in the document: the best match on any other page (no position hint there).
    let best: (SavedPlacement & { score: number }) | null = null;
    texts.forEach((text, i) => {
      if (text === undefined || i + 1 === page) return;
      const match = anchor(text, { quote });
      if (match && (!best || match.score > best.score)) best = { id: passage.id, page: i + 1, ...match };
    });
    const found = best as (SavedPlacement & { score: number }) | null;
    if (found) placements.push({ id: found.id, page: found.page, start: found.start, end: found.end });
    statuses.push({ id: passage.id, found: !!found });
  }
  return { placements, statuses };
}
