/**
 * The WPS knowledge base and its lookups: the ten WPS resolutions with their
 * key provisions, S/PRST/2004/40, the Secretary-General's reports, the
 * System-wide Action Plan and the 2007 open letter's recommendations, each
 * fact citing its source (docs/kb-sources.md lists them). It loads in the side
 * panel and the background, never in the content script: pages ask for a card
 * with the `kb/lookup` message.
 */
import type { RecommendationId, ThemeId } from '../model/themes';
import { recommendations } from './data/recommendations';
import { reports } from './data/reports';
import { resolutions } from './data/resolutions';
import { statements } from './data/statements';
import { lookupKeys, undocsUrl } from './symbols';
import type { KbDocument, KnowledgeBase, Provision, Recommendation } from './types';

export type * from './types';
export { lookupKeys, undocsUrl } from './symbols';

export const kb: KnowledgeBase = {
  version: '1.0.0',
  documents: [...resolutions, ...statements, ...reports],
  recommendations,
};

/** Every symbol a document is known by (its own and its aliases) -> the document. */
const bySymbol = new Map<string, KbDocument>(
  kb.documents.flatMap((d) => [d.symbol, ...(d.aliases ?? [])].map((s) => [s, d] as const)),
);

/**
 * The document with this symbol: canonical as lib/symbols writes it, an
 * alias (either half of a joint symbol), or a near spelling such as
 * `S/RES/1325(2000)` or the joint symbol itself.
 */
export function getDocument(symbol: string): KbDocument | undefined {
  for (const key of lookupKeys(symbol)) {
    const document = bySymbol.get(key);
    if (document) return document;
  }
  return undefined;
}

/** Documents whose main themes include `theme`, in knowledge-base order (resolutions by date first). */
export function documentsByTheme(theme: ThemeId): KbDocument[] {
  return kb.documents.filter((d) => d.themes.includes(theme));
}

/** Every provision carrying `theme`, with its document. */
export function provisionsByTheme(theme: ThemeId): { document: KbDocument; provision: Provision }[] {
  return kb.documents.flatMap((document) =>
    document.provisions.filter((p) => p.themes.includes(theme)).map((provision) => ({ document, provision })),
  );
}

/** One provision of a document, e.g. `getProvision('S/RES/1888 (2009)', 'OP12')`. */
export function getProvision(
  symbol: string,
  paragraph: string,
): { document: KbDocument; provision: Provision } | undefined {
  const document = getDocument(symbol);
  const provision = document?.provisions.find((p) => p.paragraph === paragraph);
  return document && provision ? { document, provision } : undefined;
}

export function getRecommendation(id: RecommendationId): Recommendation | undefined {
  return kb.recommendations.find((r) => r.id === id);
}

/** Recommendations that name `theme` among the themes they answer to. */
export function recommendationsByTheme(theme: ThemeId): Recommendation[] {
  return kb.recommendations.filter((r) => r.themes.includes(theme));
}

/**
 * Whether a set of themes answers a recommendation as THEMES.md combines
 * them: all the themes of at least one of its `answeredBy` groups.
 */
export function answersRecommendation(themes: readonly ThemeId[], recommendation: Recommendation): boolean {
  return recommendation.answeredBy.some((group) => group.every((t) => themes.includes(t)));
}

/** The provisions that bear on a recommendation, by its theme rule, with their documents. */
export function provisionsForRecommendation(
  id: RecommendationId,
): { document: KbDocument; provision: Provision }[] {
  const recommendation = getRecommendation(id);
  if (!recommendation) return [];
  return kb.documents.flatMap((document) =>
    document.provisions
      .filter((p) => answersRecommendation(p.themes, recommendation))
      .map((provision) => ({ document, provision })),
  );
}

/** Documents whose main themes answer a recommendation, by its theme rule. */
export function documentsForRecommendation(id: RecommendationId): KbDocument[] {
  const recommendation = getRecommendation(id);
  return recommendation ? kb.documents.filter((d) => answersRecommendation(d.themes, recommendation)) : [];
}

/** What an on-page hover card shows (the protocol's `KbCard`). */
export interface DocumentCard {
  symbol: string;
  title: string;
  date?: string;
  summary: string;
  url: string;
}

/** The hover card for a symbol, or null when the knowledge base does not know it. */
export function cardFor(symbol: string): DocumentCard | null {
  const document = getDocument(symbol);
  if (!document) return null;
  const card: DocumentCard = {
    symbol: document.symbol,
    title: document.title,
    summary: document.summary,
    url: undocsUrl(document.symbol),
  };
  if (document.date) card.date = document.date;
  return card;
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Per document: its words by field, with the field's weight. Built on the first search only. */
let searchIndex: { document: KbDocument; fields: [string[], number][] }[] | undefined;

function getSearchIndex() {
  searchIndex ??= kb.documents.map((document) => ({
    document,
    fields: [
      [words([document.symbol, ...(document.aliases ?? [])].join(' ')), 4],
      [words(document.title), 3],
      [words(document.summary), 1],
      [words(document.provisions.map((p) => p.summary).join(' ')), 1],
    ],
  }));
  return searchIndex;
}

/**
 * Documents matching a free-text query, best first: every query word must
 * begin a word of the document's symbols, title, summary or provisions; hits
 * in the symbol and title weigh more. `searchDocuments('1888 experts')` finds 1888.
 */
export function searchDocuments(query: string): KbDocument[] {
  const terms = words(query);
  if (terms.length === 0) return [];
  const scored = getSearchIndex().map(({ document, fields }, order) => {
    let score = 0;
    for (const term of terms) {
      const weight = Math.max(...fields.map(([ws, w]) => (ws.some((x) => x.startsWith(term)) ? w : 0)));
      if (weight === 0) return { document, order, score: 0 };
      score += weight;
    }
    return { document, order, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((s) => s.document);
}
