/** Turns the recognizers' mentions into findings with their mark attributes. */
import { findSymbols, type FindSymbolsOptions } from '../symbols';
import type { Finding, Matcher } from './annotate';

export function symbolMatcher(options: FindSymbolsOptions = {}): Matcher {
  return (text) =>
    findSymbols(text, options).map((m): Finding => ({
      start: m.start,
      end: m.end,
      text: m.text,
      symbol: m,
      attrs: {
        'data-wps-kind': 'symbol',
        'data-wps-symbol': m.canonical[0] ?? '',
        ...(m.canonical.length > 1 ? { 'data-wps-symbols': m.canonical.join('|') } : {}),
        ...(m.ambiguous ? { 'data-wps-ambiguous': 'true' } : {}),
      },
    }));
}
