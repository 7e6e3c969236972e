/**
 * The viewer's address and the PDF it shows. DOM-free.
 *
 * The viewer is `pdf-viewer.html?file=<original URL>`. When the background
 * builds the address it encodes the URL; when a declarativeNetRequest rule
 * redirects a navigation it cannot encode (DNR substitutes the URL as is), so
 * everything after `?file=` is the original URL, `&` and `?` included, and a
 * `#` fragment of the original lands in the viewer's own fragment.
 */
import { isUnUrl } from '../hosts';

/** Path of the viewer page inside the extension. */
export const VIEWER_PATH = '/pdf-viewer.html';

/** The viewer address for a PDF, given the extension's `runtime.getURL(VIEWER_PATH)`. */
export function viewerUrl(viewerBase: string, pdfUrl: string): string {
  const hashAt = pdfUrl.indexOf('#');
  const file = hashAt >= 0 ? pdfUrl.slice(0, hashAt) : pdfUrl;
  const hash = hashAt >= 0 ? pdfUrl.slice(hashAt) : '';
  return `${viewerBase}?file=${encodeURIComponent(file)}${hash}`;
}

export type FileParam =
  | { ok: true; url: string; page?: number }
  | { ok: false; reason: 'missing' | 'invalid' | 'not-un'; value?: string };

/**
 * Reads the PDF's URL from the viewer's `location.search` and `location.hash`.
 * Only http(s) URLs on UN hosts are accepted: the viewer reads the reader's
 * UN documents and nothing else.
 */
export function readFileParam(search: string, hash = ''): FileParam {
  if (!search.startsWith('?file=')) return { ok: false, reason: 'missing' };
  let value = search.slice('?file='.length);
  if (/^https?%3A/i.test(value)) {
    try {
      value = decodeURIComponent(value);
    } catch {
      return { ok: false, reason: 'invalid', value };
    }
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'invalid', value };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'invalid', value };
  if (!isUnUrl(url.href)) return { ok: false, reason: 'not-un', value: url.href };
  const page = pageFromHash(hash);
  return page === undefined ? { ok: true, url: url.href } : { ok: true, url: url.href, page };
}

/** `#page=3` (the PDF open-parameters convention), or undefined. */
export function pageFromHash(hash: string): number | undefined {
  const match = /(?:^#|&)page=(\d{1,5})\b/.exec(hash);
  if (!match) return undefined;
  const page = Number(match[1]);
  return page >= 1 ? page : undefined;
}

/** The URL without its fragment: what identifies the fetched file. */
export function withoutFragment(url: string): string {
  const at = url.indexOf('#');
  return at >= 0 ? url.slice(0, at) : url;
}

/** A short human form of a URL for the toolbar: host and path, decoded where safe. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    let path = parsed.pathname + parsed.search;
    try {
      path = decodeURI(path);
    } catch {
      // Keep the encoded form.
    }
    return parsed.host + path;
  } catch {
    return url;
  }
}

/** The last path segment, as a fallback title ("n0072018.pdf"). */
export function fileNameOf(url: string): string {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    const last = segments.at(-1) ?? '';
    try {
      return decodeURIComponent(last);
    } catch {
      return last;
    }
  } catch {
    return '';
  }
}

/** UN hosts that serve documents (PDFs) by symbol or job number. */
const DOCUMENT_HOSTS = new Set([
  'undocs.org',
  'documents.un.org',
  'docs.un.org',
  'documents-dds-ny.un.org',
  'daccess-ods.un.org',
]);

/**
 * Whether a URL probably serves a PDF: a `.pdf` path, or a UN document host.
 * Used to offer "Open in 1325 Lens"; the viewer says so when it is not a PDF after all.
 */
export function looksLikePdfUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return /\.pdf\b/i.test(parsed.pathname) || DOCUMENT_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}
