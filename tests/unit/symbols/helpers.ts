/** Short views of findSymbols results for readable expectations. */
import { findSymbols, type FindSymbolsOptions, type SymbolMention } from '../../../lib/symbols';

/** Each mention as `[text, ...canonical]`; ambiguous mentions as `[text, '?']`. */
export function found(text: string, options?: FindSymbolsOptions): string[][] {
  return findSymbols(text, options).map((m) => [m.text, ...(m.ambiguous ? ['?'] : m.canonical)]);
}

/** The canonical symbols found, flattened, in order. */
export function symbols(text: string, options?: FindSymbolsOptions): string[] {
  return findSymbols(text, options).flatMap((m) => (m.ambiguous ? ['?'] : m.canonical));
}

/** The single mention in `text`; fails when there is not exactly one. */
export function only(text: string, options?: FindSymbolsOptions): SymbolMention {
  const mentions = findSymbols(text, options);
  if (mentions.length !== 1)
    throw new Error(`expected one mention in ${JSON.stringify(text)}, got ${mentions.length}`);
  return mentions[0] as SymbolMention;
}
