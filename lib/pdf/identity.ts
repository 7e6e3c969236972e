/**
 * What a PDF is, across the URLs it is served from: its UN symbol when the
 * URL or the document's own header gives it, else the PDF's fingerprint. So
 * S/RES/1325 (2000) saved from undocs.org and from documents.un.org is one
 * document, and one saved from its HTML page too. DOM-free.
 */
import { organOf, pdfKey, symbolKey, urlKey, urlSymbolCandidates } from '../model/document-key';
import { findSymbols, type SymbolMention } from '../symbols';

/** The organ whose document this is, for reading "its resolution 660 (1990)". */
export { organOf };

export interface DocumentIdentity {
  /** Canonical UN symbol of the document itself, when known. */
  documentSymbol?: string;
  /** `symbol:<canonical>`, else `pdf:<fingerprint>`, else `url:<url without fragment>`. */
  documentKey: string;
}

/** Query parameters UN PDF addresses name the symbol in (`documents.un.org/api/symbol/access?s=...`). */
const PDF_SYMBOL_PARAMS = ['s', 'symbol', 'FinalSymbol', 'Symbol'];

/** How far into the first page the document's own symbol may stand (its header). */
const HEADER_CHARS = 300;

/** A mention written as a symbol ("S/RES/1325 (2000)"), not as prose ("resolution 1325 (2000)"). */
function writtenAsSymbol(mention: SymbolMention): boolean {
  return /^[A-Z]{1,6}\//.test(mention.text) && !mention.ambiguous && mention.canonical.length > 0;
}

function firstSymbolIn(text: string): string | undefined {
  return findSymbols(text).find(writtenAsSymbol)?.canonical[0];
}

/**
 * The symbol a UN URL names, e.g. `undocs.org/S/RES/1325(2000)`,
 * `undocs.org/fr/S/RES/1325(2000)`, `documents.un.org/api/symbol/access?s=S/RES/1325(2000)&l=fr&t=pdf`,
 * `digitallibrary.un.org/record/1/files/S_RES_1325%282000%29-FR.pdf`.
 */
export function symbolFromUrl(url: string): string | undefined {
  // PDFs are served from many hosts, the symbol in their path or file name.
  const { candidates = [] } =
    urlSymbolCandidates(url, { params: PDF_SYMBOL_PARAMS, pathOn: () => true, fileName: true }) ?? {};
  for (const candidate of candidates) {
    const symbol = firstSymbolIn(candidate);
    if (symbol) return symbol;
  }
  return undefined;
}

/** The symbol in the header of the document's first page, if it has one. */
export function symbolFromFirstPage(firstPageText: string): string | undefined {
  return firstSymbolIn(firstPageText.slice(0, HEADER_CHARS));
}

/** The document's identity from its URL, its first page's text and its fingerprint. */
export function documentIdentity(input: {
  url: string;
  firstPageText?: string;
  fingerprint?: string | null;
}): DocumentIdentity {
  const symbol =
    symbolFromUrl(input.url) ?? (input.firstPageText ? symbolFromFirstPage(input.firstPageText) : undefined);
  if (symbol) return { documentSymbol: symbol, documentKey: symbolKey(symbol) };
  if (input.fingerprint) return { documentKey: pdfKey(input.fingerprint) };
  return { documentKey: urlKey(input.url) };
}
