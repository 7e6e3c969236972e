/**
 * The WPS knowledge base and its lookups. Placeholder data until issue #4's
 * knowledge base lands; the lookup functions below are the contract that
 * lib/link, the side panel and the background's kb service rely on.
 */
import type { RecommendationId, ThemeId } from '../model/themes';
import type { KbDocument, KnowledgeBase, Provision, Recommendation } from './types';

export type * from './types';

export const kb: KnowledgeBase = { version: '0.0.0', documents: [], recommendations: [] };

const bySymbol = new Map(kb.documents.map((d) => [d.symbol, d]));

/** The document with this canonical symbol (as lib/symbols writes it). */
export function getDocument(symbol: string): KbDocument | undefined {
  return bySymbol.get(symbol);
}

export function documentsByTheme(theme: ThemeId): KbDocument[] {
  return kb.documents.filter((d) => d.themes.includes(theme));
}

export function provisionsByTheme(theme: ThemeId): { document: KbDocument; provision: Provision }[] {
  return kb.documents.flatMap((document) =>
    document.provisions.filter((p) => p.themes.includes(theme)).map((provision) => ({ document, provision })),
  );
}

export function getRecommendation(id: RecommendationId): Recommendation | undefined {
  return kb.recommendations.find((r) => r.id === id);
}

export function recommendationsByTheme(theme: ThemeId): Recommendation[] {
  return kb.recommendations.filter((r) => r.themes.includes(theme));
}
