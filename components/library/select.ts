/**
 * The library's filters and sort over saved passages: pure, so it is tested
 * on its own and the benchmark measures exactly what the view runs.
 */
import type { SavedPassage } from '../../lib/model/saved-passage';
import type { ThemeId } from '../../lib/model/themes';

export type LibrarySort = 'relevance' | 'newest' | 'oldest' | 'document';

export interface LibraryQuery {
  text: string;
  tag: string;
  theme: ThemeId | '';
  symbol: string;
  documentKey: string;
  sort: LibrarySort;
}

export const EMPTY_QUERY: LibraryQuery = {
  text: '',
  tag: '',
  theme: '',
  symbol: '',
  documentKey: '',
  sort: 'newest',
};

/** The documents, tags and symbols present, for the filter menus. */
export function facets(passages: readonly SavedPassage[]) {
  const tags = new Map<string, string>();
  const symbols = new Set<string>();
  const documents = new Map<string, string>();
  for (const p of passages) {
    for (const tag of p.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
    if (p.symbol) symbols.add(p.symbol);
    if (!documents.has(p.documentKey))
      documents.set(p.documentKey, p.symbol ? `${p.symbol} — ${p.title}` : p.title);
  }
  const byText = (a: string, b: string) => a.localeCompare(b);
  return {
    tags: [...tags.values()].sort(byText),
    symbols: [...symbols].sort(byText),
    documents: [...documents]
      .map(([key, label]) => ({ key, label }))
      .sort((a, b) => byText(a.label, b.label)),
  };
}

/**
 * The passages to show: those matching the search (`ranked`, best first,
 * when there is a search) and every filter, in the chosen order.
 */
export function selectPassages(
  passages: readonly SavedPassage[],
  query: LibraryQuery,
  ranked: readonly string[] | null,
  byId: ReadonlyMap<string, SavedPassage> = new Map(passages.map((p) => [p.id, p])),
): SavedPassage[] {
  const tag = query.tag.toLowerCase();
  const keep = (p: SavedPassage) =>
    (!tag || p.tags.some((t) => t.toLowerCase() === tag)) &&
    (!query.theme || p.themes.includes(query.theme)) &&
    (!query.symbol || p.symbol === query.symbol) &&
    (!query.documentKey || p.documentKey === query.documentKey);

  let out: SavedPassage[];
  if (ranked) {
    out = ranked.map((id) => byId.get(id)).filter((p): p is SavedPassage => !!p && keep(p));
  } else {
    out = passages.filter(keep);
  }
  const sort = query.sort === 'relevance' && !ranked ? 'newest' : query.sort;
  if (sort === 'newest') out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  if (sort === 'oldest') out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (sort === 'document') {
    out.sort(
      (a, b) =>
        (a.symbol ?? a.title).localeCompare(b.symbol ?? b.title) ||
        a.documentKey.localeCompare(b.documentKey) ||
        a.selectors.position.start - b.selectors.position.start,
    );
  }
  return out;
}

/**
 * A plain scan for every word of `text` in quotes, notes and tags, case and
 * accents folded: what the library searches with while its index is still
 * being built, so a search typed at once is answered at once.
 */
export function scanPassages(
  passages: readonly SavedPassage[],
  text: string,
  fold: (s: string) => string,
): string[] {
  const words = text.split(/\s+/).map(fold).filter(Boolean);
  if (!words.length) return [];
  return passages
    .filter((p) => {
      const hay = fold(`${p.selectors.quote.exact} ${p.note} ${p.tags.join(' ')}`);
      return words.every((w) => hay.includes(w));
    })
    .map((p) => p.id);
}
