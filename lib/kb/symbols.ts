/**
 * Symbol handling for lookups. The knowledge base stores symbols in the
 * canonical form lib/symbols writes (`S/RES/1325 (2000)`, `S/PRST/2004/40`,
 * `S/2007/567`, `S/PV.4213`); lookups also accept the spellings readers and
 * pages use, so a card is found for `S/RES/1325(2000)` too.
 */

/**
 * The keys to try for a symbol as a page or reader may write it: trimmed,
 * spaces collapsed, upper case, `S/RES/1325(2000)` with its space restored,
 * and each half of a joint symbol (`A/65/354-S/2010/466`).
 */
export function lookupKeys(symbol: string): string[] {
  const cleaned = symbol.trim().replace(/\s+/g, ' ').toUpperCase();
  const parts = cleaned.split(/-(?=[AS]\/)/);
  const keys = [cleaned, ...parts].map((key) => key.replace(/^(S\/RES\/\d+) ?\((\d{4})\)$/, '$1 ($2)'));
  return [...new Set(keys)];
}

/** The undocs.org link that resolves a UN symbol to the document (`S/RES/1325(2000)` form). */
export function undocsUrl(symbol: string): string {
  return `https://undocs.org/${encodeURI(symbol.replace(/ /g, ''))}`;
}
