/**
 * Makes imported text inert and well-formed. Notes and titles are plain text
 * everywhere we show them (never HTML), so markup in them is already inert;
 * what is removed here is what plain text cannot carry safely: control
 * characters (NUL, escape sequences for terminals, form feeds) and unpaired
 * surrogates (which break UTF-8 encoders and IndexedDB keys).
 */

/** C0 controls except tab, line feed and carriage return, plus DEL and the C1 controls. */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]+/g;

/** Multi-line text (notes, quotes): drops control characters, repairs surrogates, keeps line breaks. */
export function cleanText(text: string): string {
  return text.replace(CONTROLS, '').replace(LONE_SURROGATE, '\ufffd');
}

/** One-line text (titles, tags): as cleanText, with line breaks and tabs as spaces. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(LINE_BREAKS, ' ');
}

/**
 * `value` if it is an http(s) URL (as the URL parser, and lib/db when saving,
 * read it) without control characters, or null.
 */
export function httpUrl(value: string): string | null {
  // eslint-disable-next-line no-control-regex -- an address with control characters is refused
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? value : null;
}

/** The URL without its fragment: identifies a page whatever part of it is shown. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Plain text from an HTML note of another tool (a `text/html` TextualBody):
 * no DOM in the core, so a small converter. Scripts and styles are dropped,
 * block ends become line breaks, links keep their text and, when http(s),
 * their address in brackets; every other tag is removed. The result is shown
 * as text, so nothing in it can run.
 */
export function htmlToText(html: string): string {
  let text = html
    .replace(/<(script|style|template)\b[^]*?<\/\1\s*>/gi, '')
    .replace(/<!--[^]*?-->/g, '')
    .replace(
      /<a\b[^>]*?\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([^]*?)<\/a\s*>/gi,
      (...m: string[]) => {
        const href = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
        const label = m[5] ?? '';
        return httpUrl(href) && href !== label ? `${label} (${href})` : label;
      },
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  text = decodeEntities(text);
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
