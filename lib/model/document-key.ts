/**
 * Which document a page or a PDF is, as SavedPassage.documentKey files it:
 * the keys, the organ a symbol names, and the places a UN URL can name the
 * document's own symbol. One module for the HTML pages (lib/scan/document.ts)
 * and the PDF viewer (lib/pdf/identity.ts), so a document saved from either
 * is filed alike. DOM-free; recognizing the symbol is left to the caller.
 */

/** The organs whose symbols decide "its resolution 660 (1990)". */
export type Organ = 'S' | 'A' | 'E';

/** `symbol:<canonical symbol>`: a document known by its UN symbol, whatever URL it came from. */
export function symbolKey(canonical: string): string {
  return `symbol:${canonical}`;
}

/** `pdf:<fingerprint>`: a PDF without a known symbol, by its file's fingerprint. */
export function pdfKey(fingerprint: string): string {
  return `pdf:${fingerprint}`;
}

/** `url:<url without fragment>`: a document known by nothing but its address. */
export function urlKey(url: string): string {
  return `url:${url.replace(/#.*$/, '')}`;
}

/** The organ whose document this is (S, A, E), from its canonical symbol. */
export function organOf(symbol: string | undefined): Organ | undefined {
  const organ = symbol?.split('/')[0];
  return organ === 'S' || organ === 'A' || organ === 'E' ? organ : undefined;
}

/** Where a URL may name its document's symbol. */
export interface UrlSymbolPlaces {
  /** Query parameters that carry the symbol, in the order they are tried. */
  params: readonly string[];
  /** Hosts whose path is the symbol (`undocs.org/fr/S/RES/1325(2000)`). */
  pathOn: (host: string) => boolean;
  /** Also the file name, with its slashes written as underscores (`S_RES_1325%282000%29-FR.pdf`). */
  fileName?: boolean;
}

/** A URL's host, its decoded path, and the texts that may be its document's symbol, most telling first. */
export interface UrlSymbolCandidates {
  host: string;
  path: string;
  candidates: string[];
}

/** Language segments UN sites put before a symbol: `/en/S/RES/1325(2000)`. */
const LANG_SEGMENT = /^\/(?:en|fr|es|ru|ar|zh)(?=\/)/i;

/**
 * The texts in `url` that may be its document's symbol: the query parameters
 * named in `places`, then the path without its language segment, then
 * (if asked) the file name. Undefined when `url` is not a URL.
 */
export function urlSymbolCandidates(url: string, places: UrlSymbolPlaces): UrlSymbolCandidates | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname;
  const path = safeDecode(parsed.pathname);
  const candidates: string[] = [];
  for (const name of places.params) {
    const value = parsed.searchParams.get(name);
    if (value) candidates.push(value);
  }
  if (places.pathOn(host)) candidates.push(path.replace(LANG_SEGMENT, '').replace(/^\//, ''));
  if (places.fileName) {
    const file = path.split('/').at(-1) ?? '';
    if (/^[A-Z]{1,6}_/.test(file)) candidates.push(file.replace(/_/g, '/'));
  }
  return { host, path, candidates };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // Keep it encoded.
  }
}
