/**
 * Which UN document a page is: its own symbol when the URL or the page gives
 * it, and the key saved passages are filed under (`symbol:<canonical>`, else
 * `url:<url without fragment>`, as SavedPassage.documentKey says).
 */
import { organOf, symbolKey, urlKey, urlSymbolCandidates, type Organ } from '../model/document-key';
import { findSymbols } from '../symbols';

export interface DocumentIdentity {
  documentSymbol?: string;
  documentKey: string;
  /** The organ the symbol names (S, A, E), for the symbol recognizer. */
  organ?: Organ;
}

/** press.un.org releases: `/en/2019/sc13790.doc.htm` is SC/13790. */
const PRESS_RELEASE = /\/(sc|ga|sg|gashc|gaef|gal|dev|ecosoc|wom|hr|obv|pi)(\d{3,6})(?:\.doc)?\.html?$/i;
/** Query parameters pages name their symbol in: `?symbol=S/RES/2242(2015)`. */
const PAGE_SYMBOL_PARAMS = ['symbol', 'Symbol'];
/** Hosts whose HTML pages are addressed by their symbol: `undocs.org/en/S/RES/2467(2019)`. */
const isSymbolPathHost = (host: string) =>
  host === 'undocs.org' || host === 'docs.un.org' || host.startsWith('documents');
/** Meta tags some pages name their symbol in. */
const SYMBOL_META = ['symbol', 'dc.identifier'];
/** Elements read at most when looking for the symbol heading: it is near the top. */
const HEAD_OF_PAGE = 400;

/** The page's own symbol and key, from its URL first, then its headings. */
export function documentIdentity(doc: Document, url = doc.location.href): DocumentIdentity {
  const symbol = symbolFromUrl(url) ?? symbolFromPage(doc);
  if (!symbol) return { documentKey: urlKey(url) };
  const organ = organOf(symbol);
  return { documentSymbol: symbol, documentKey: symbolKey(symbol), ...(organ ? { organ } : {}) };
}

/** A symbol the URL names: undocs.org paths, `?symbol=` queries, docs.un.org paths, press releases. */
export function symbolFromUrl(url: string): string | undefined {
  const parts = urlSymbolCandidates(url, { params: PAGE_SYMBOL_PARAMS, pathOn: isSymbolPathHost });
  if (!parts) return undefined;
  const { host, path, candidates } = parts;
  for (const candidate of candidates) {
    const whole = wholeSymbol(candidate.trim());
    if (whole) return whole;
  }
  const press = host === 'press.un.org' ? PRESS_RELEASE.exec(path) : null;
  if (press) return `${press[1]!.toUpperCase()}/${Number(press[2])}`;
  return undefined;
}

/**
 * A symbol standing on its own where pages print their symbol: a `<meta>`,
 * an element marked as the symbol (`.symbol`, `#symbol`, `[data-symbol]`), a
 * heading or the page header. Only the first few hundred elements are read,
 * so a huge page costs no more than a small one.
 */
export function symbolFromPage(doc: Document): string | undefined {
  for (const meta of doc.head?.querySelectorAll('meta[name]') ?? []) {
    if (!SYMBOL_META.includes((meta.getAttribute('name') ?? '').toLowerCase())) continue;
    const whole = wholeSymbol((meta.getAttribute('content') ?? '').trim());
    if (whole) return whole;
  }
  const body = doc.body;
  if (!body) return undefined;
  const marked: Element[] = [];
  const headings: Element[] = [];
  const walker = doc.createTreeWalker(body, 0x1 /* SHOW_ELEMENT */);
  for (let i = 0, el = walker.nextNode() as Element | null; el && i < HEAD_OF_PAGE; i++) {
    const tag = el.tagName;
    if (el.classList.contains('symbol') || el.id === 'symbol' || el.hasAttribute('data-symbol'))
      marked.push(el);
    else if (tag === 'H1' || tag === 'H2' || ((tag === 'P' || tag === 'DIV') && el.closest('header')))
      headings.push(el);
    el = walker.nextNode() as Element | null;
  }
  for (const el of [...marked, ...headings]) {
    const whole = wholeSymbol((el.textContent ?? '').trim());
    if (whole) return whole;
  }
  return undefined;
}

/** The canonical symbol when `text` is (mostly) one symbol, e.g. a heading "S/RES/1325 (2000)". */
function wholeSymbol(text: string): string | undefined {
  if (!text || text.length > 80) return undefined;
  const [first] = findSymbols(text);
  if (!first || first.ambiguous) return undefined;
  const rest = (text.slice(0, first.start) + text.slice(first.end)).replace(/[\s:\-–—|]+/g, '');
  // Allow a short label around it ("Resolution", "Press release", "Distr.").
  if (rest.length > 24) return undefined;
  return first.canonical[0];
}
