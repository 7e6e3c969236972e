/**
 * Background service: kb. Answers `kb/lookup` from content scripts and
 * extension pages with the hover card of a symbol, so the knowledge base stays
 * out of the content script. `register` runs at every service-worker start and
 * keeps no state: the knowledge base is static data.
 */
import { cardFor } from '../kb';
import { onMessages, type Args, type KbCard } from '../messaging';

/** Longest symbol worth looking up; anything longer is not a UN symbol. */
const MAX_SYMBOL_LENGTH = 80;

/**
 * The card for a `kb/lookup` request. Arguments come from pages' content
 * scripts, so anything that is not a short string gets null, not an error.
 */
export function lookupCard(args: Args<'kb/lookup'> | undefined): KbCard | null {
  const symbol: unknown = args?.symbol;
  if (typeof symbol !== 'string' || symbol.length === 0 || symbol.length > MAX_SYMBOL_LENGTH) return null;
  return cardFor(symbol);
}

/** Starts answering `kb/lookup`; the sender check is `onMessages`'s (ADR 3). */
export function register(): () => void {
  return onMessages({ 'kb/lookup': (args) => lookupCard(args) });
}
