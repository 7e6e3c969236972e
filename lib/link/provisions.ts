/**
 * Ranks knowledge-base provisions for a passage: those that share its themes,
 * and those of the documents it cites. Uses whatever lib/kb holds, never a
 * private copy, so new provisions show up as the KB grows.
 */
import type { KbDocument, Provision } from '../kb';
import type { ThemeId } from '../model/themes';
import type { RankedProvision } from './types';

/** The KB lookups the linker needs (lib/kb's contract; tests pass a fixture). */
export interface KbLookups {
  getDocument(symbol: string): KbDocument | undefined;
  provisionsByTheme(theme: ThemeId): { document: KbDocument; provision: Provision }[];
}

/** At most this many provisions are offered for one passage. */
const LIMIT = 5;
const MIN_SCORE = 0.25;

/**
 * The themes a cited document stands for: those most of its provisions carry
 * (1820 (2008) → sexual-violence), not every theme it touches, so citing the
 * broad 1325 (2000) alone gives no particular theme.
 */
export function dominantThemes(doc: KbDocument): ThemeId[] {
  if (doc.provisions.length >= 2) {
    const count = new Map<ThemeId, number>();
    for (const p of doc.provisions) for (const t of p.themes) count.set(t, (count.get(t) ?? 0) + 1);
    return [...count].filter(([, n]) => n / doc.provisions.length >= 0.5).map(([t]) => t);
  }
  return doc.themes.length <= 2 ? [...doc.themes] : [];
}

export function rankProvisions(kb: KbLookups, themes: ThemeId[], cited: string[]): RankedProvision[] {
  const passage = new Set(themes);
  const citedSet = new Set(cited);
  const pool = new Map<string, { document: KbDocument; provision: Provision }>();
  for (const t of themes) for (const item of kb.provisionsByTheme(t)) pool.set(key(item), item);
  for (const symbol of cited) {
    const doc = kb.getDocument(symbol);
    for (const provision of doc?.provisions ?? [])
      pool.set(key({ document: doc!, provision }), { document: doc!, provision });
  }
  const out: RankedProvision[] = [];
  for (const { document, provision } of pool.values()) {
    const shared = provision.themes.filter((t) => passage.has(t));
    const union = new Set([...provision.themes, ...passage]).size || 1;
    const isCited = citedSet.has(document.symbol);
    // Shared themes, and above all a citation: the provisions of a document the
    // passage cites come before those of others that only share a theme.
    const score = (shared.length / union) * 0.6 + (isCited ? 0.4 : 0);
    if (score < MIN_SCORE || (shared.length === 0 && !isCited)) continue;
    const reasons: string[] = [];
    if (shared.length) reasons.push(`shares ${shared.join(', ')}`);
    if (isCited) reasons.push(`cites ${document.symbol}`);
    out.push({
      symbol: document.symbol,
      paragraph: provision.paragraph,
      score: Math.round(score * 100) / 100,
      why: `${reasons.join('; ')}: ${provision.summary}`,
    });
  }
  return out.sort((a, b) => b.score - a.score || a.symbol.localeCompare(b.symbol)).slice(0, LIMIT);
}

function key(item: { document: KbDocument; provision: Provision }): string {
  return `${item.document.symbol}#${item.provision.paragraph}`;
}
