/**
 * UN document symbol recognizer: a first matcher for Security Council
 * resolutions. Issue #3 replaces it with the full recognizer; the exported
 * contract (`findSymbols`, `SymbolMention`) stays.
 */
import type { FindSymbolsOptions, SymbolMention } from './types';

export type { FindSymbolsOptions, SymbolKind, SymbolMention } from './types';

const SC_RESOLUTION = /\bS\/RES\/(\d{1,4})\s*\((\d{4})\)|\bresolutions?\s+(\d{1,4})\s*\((\d{4})\)/g;

export function undocsUrl(symbol: string): string {
  return `https://undocs.org/${encodeURIComponent(symbol).replace(/%2F/g, '/')}`;
}

export function findSymbols(text: string, _options: FindSymbolsOptions = {}): SymbolMention[] {
  const out: SymbolMention[] = [];
  for (const m of text.matchAll(SC_RESOLUTION)) {
    const num = m[1] ?? m[3];
    const year = m[2] ?? m[4];
    const canonical = `S/RES/${Number(num)} (${year})`;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      canonical: [canonical],
      kind: 'sc-resolution',
      url: undocsUrl(canonical),
    });
  }
  return out;
}
