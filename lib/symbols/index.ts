/**
 * UN document symbol recognizer. `findSymbols` finds every explicit symbol
 * (`S/2007/567`, `S/RES/1325 (2000)`, `A/79/634-S/2024/869`, parts "and
 * Add.1") and every numbered reference in prose ("its resolutions 1820 (2008)
 * and 1888 (2009)", "General Assembly resolution 70/1", "UNSCR 1325") in the
 * six UN languages, and gives each its canonical symbol(s) and undocs.org link.
 *
 * One pass finds the places worth a look (a slash, a word for "resolution"
 * or "decision" before a number, "SCR"; see scan.ts); each place is then
 * parsed on its own, so a passage with none of them costs one native regex
 * scan.
 */
import { scanText } from './scan';
import type { FindSymbolsOptions, SymbolMention } from './types';

export type { FindSymbolsOptions, SymbolKind, SymbolMention } from './types';
export type { ParsedSymbol, ResolutionRef } from './parse';
export { formatSymbol, kindOf, parseSymbol, undocsUrl } from './parse';
export { scYearOf, scYearRange } from './sc-years';

/**
 * Finds the UN document symbols a text cites, sorted and non-overlapping.
 * `options.organ` is the organ of the document the text comes from (it decides
 * "its resolution"); without it the text's own symbol or preamble is used.
 * Never throws: text that cannot be read gives no mentions.
 */
export function findSymbols(text: string, options: FindSymbolsOptions = {}): SymbolMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return scanText(text, options ?? {});
  } catch {
    return [];
  }
}
