/**
 * Explicit symbols, found from their slashes: `S/2007/567`, `S/RES/1325 (2000)`,
 * `A/CONF.192/2024/RC/3`, `CEDAW/C/GC/39`, joint `A/79/634-S/2024/869`, parts
 * written after them ("S/24917 and Add.1", "Add.1-3"), text from PDFs and OCR
 * (`S / 2007 / 567`, a line break after a slash, `S$/25492`, `8/24600`).
 */
import type { ScanContext } from './draft';
import { isWordChar } from './draft';
import { kindOf } from './parse';
import { romanValue } from './roman';
import { scResolution } from './resolution';

/** Spaces and at most one line break, as PDF text extraction leaves them. */
const GAP = '[ \\t\\u00a0]*(?:\\n[ \\t\\u00a0]*)?';
/** One component after a slash: `RES`, `PV.5766`, `CONF.189`, `C.3`, `S-23`, `2007`, `Add.1`. */
const COMPONENT =
  '(?:[A-Z]{1,4}-\\d{1,4}|[A-Z][A-Za-z]{0,9}(?:\\.[ ]?\\d{1,6}[A-Za-z]?)*(?![A-Za-z])|\\d{1,6}(?:[A-Z](?![A-Za-z]))?)(?![\\d])';
const BODY = new RegExp(`((?:${GAP}/${GAP}${COMPONENT})+)`, 'y');
const SERIES_BEFORE = /(?:^|[^A-Za-z0-9_$/.\-\u00c0-\u024f])(S\$|\$|[58]|[A-Z]{1,8})[ \t\u00a0]*$/;
const YEAR_AFTER = /[ \t\u00a0]*(?:\n[ \t\u00a0]*)?[(（][ \t]*((?:19|20)\d\d)[ \t]*[)）]/y;
const ROMAN_AFTER = /(?:[ \t\u00a0]+([A-H]))?[ \t\u00a0]*[(（][ \t]*((?:E?S-)?[IVXLC]{1,7})[ \t]*[)）]/y;
const JOINT = /-(?=[A-Z]{1,8}\/)/y;
const PART_FIRST =
  /[ \t\u00a0]*(?:\n[ \t\u00a0]*)?(?:,[ \t\u00a0]*(?:and|et|y|и)?|and|et|y|и)[ \t\u00a0]*(?:\n[ \t\u00a0]*)?(Add|Corr|Rev|Amend)\.[ \t\u00a0]?(\d{1,3})([lI])?(?![\p{L}\p{N}])(?:[ \t]*[-–][ \t]*(\d{1,3})(?!\d))?/uy;
const PART_MORE =
  /(?:[ \t\u00a0]*(?:\n[ \t\u00a0]*)?(?:and|et|y|и)[ \t\u00a0]+|,[ \t\u00a0]*(?:(?:and|et|y|и)[ \t\u00a0]+)?)(?:(Add|Corr|Rev|Amend)\.[ \t\u00a0]?)?(\d{1,3})([lI])?(?![\p{L}\p{N}/.(])(?:[ \t]*[-–][ \t]*(\d{1,3})(?!\d))?/uy;

/** Series of UN document symbols; others need at least two slashes to count. */
// prettier-ignore
const KNOWN_SERIES = new Set([
  'A', 'S', 'E', 'ST', 'SG', 'SC', 'GA', 'CEDAW', 'CRC', 'CCPR', 'CERD', 'CAT', 'CMW', 'CRPD', 'CED', 'CD',
  'DP', 'TD', 'UNEP', 'ICEF', 'DPI', 'HRI', 'PBC', 'ECE', 'UNW', 'ISBA', 'SPLOS', 'ICC', 'OBS', 'LC', 'IHA',
]);

/** The characters `\s` matches (white space and line terminators), without a regular expression per character. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Where the slash-free part of a symbol ends: letters and digits only, no trailing dot or asterisk. */
function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 0x2e)) e--;
  return e;
}

/** The components as the UN writes them: no spaces inside, no line breaks. */
function components(raw: string): string[] {
  return raw
    .split('/')
    .map((c) => c.replace(/\s+/g, ''))
    .filter((c) => c.length > 0);
}

/** True when a digit-like OCR series ("8/24600") sits where a symbol is expected. */
function ocrDigitContext(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(lineStart, start);
  if (/^[ \t]*\d{1,3}\/?[ \t]+$/.test(line)) return true; // footnote "1/ 8/24600."
  return /(?:\(|\b(?:documents?|doc\.|report|letter|see|See|Ibid\.,?))[ \t\u00a0]*$/.test(
    text.slice(Math.max(0, start - 24), start),
  );
}

/** The Security Council's numbers that an OCR'd "S" can stand before. */
function looksLikeSSymbol(parts: string[]): boolean {
  const [a, b] = parts;
  if (a === undefined) return false;
  // Since 1994: S/<year>/<number>; before: S/<number> up to about 30000.
  if (/^(?:199[4-9]|20\d\d)$/.test(a) && b !== undefined && /^\d{1,4}$/.test(b)) return true;
  if (/^\d{3,5}$/.test(a) && Number(a) <= 30000) return b === undefined || /^(?:Add|Corr|Rev)\.\d+$/.test(b);
  return a === 'RES' || a === 'PRST' || /^PV\.\d+$/.test(a);
}

/** True when the slash at `at` belongs to a URL or a path, which is not a citation. */
function insideUrl(text: string, start: number): boolean {
  let s = start;
  while (s > 0 && !isSpace(text.charCodeAt(s - 1))) s--;
  const token = text.slice(s, start + 1);
  return /:\/\/|^www\.|^<?https?:/i.test(token);
}

/** Scans the explicit symbol whose first slash is at `slash`; returns where scanning may resume. */
export function scanExplicit(ctx: ScanContext, slash: number): number {
  const { text, out } = ctx;
  // Cheap rejection: a symbol's series (or its OCR form) ends right before the slash, spaces aside.
  let b = slash - 1;
  while (b >= 0 && (text.charCodeAt(b) === 0x20 || text.charCodeAt(b) === 0x09)) b--;
  const last = text.charCodeAt(b);
  if (!((last >= 0x41 && last <= 0x5a) || last === 0x24 || last === 0x35 || last === 0x38)) return slash + 1;
  const before = SERIES_BEFORE.exec(text.slice(Math.max(0, slash - 14), slash));
  if (!before) return slash + 1;
  const seriesText = before[1] as string;
  const start = slash - before[0].length + before[0].lastIndexOf(seriesText, before[0].length - 1);
  const prev = text[start - 1];
  if (isWordChar(prev) || prev === '/' || prev === '.' || prev === '-' || prev === '_') return slash + 1;
  BODY.lastIndex = start + seriesText.length;
  const body = BODY.exec(text);
  if (!body) return slash + 1;
  let end = BODY.lastIndex;
  const parts = components(body[1] as string);
  let series = seriesText;
  let ocr = false;
  if (/^(?:S\$|\$|[58])$/.test(series)) {
    if (!looksLikeSSymbol(parts)) return slash + 1;
    if (/^[58]$/.test(series) && !ocrDigitContext(text, start)) return slash + 1;
    series = 'S';
    ocr = true;
  }
  if (!parts.some((p) => /\d/.test(p))) return end;
  if (!KNOWN_SERIES.has(series) && parts.length < 2) return end;
  if (parts.length === 1 && /^\d{1,2}$/.test(parts[0] as string)) return end; // "A/4"-like fractions and labels
  if (insideUrl(text, start)) return end;
  if (isWordChar(text[end])) return slash + 1;

  // Parts written with an OCR'd "1" ("Add.1l") keep the intended number.
  const fixed = parts.map((p) =>
    p.replace(/^((?:Add|Corr|Rev)\.\d{1,3})[lI]$/, (_m, k: string) => {
      ocr = true;
      return k;
    }),
  );
  let canonical = [series, ...fixed].join('/');
  let warning: string | undefined;

  if (series === 'S' && fixed[0] === 'RES' && fixed.length === 2 && /^\d{1,4}$/.test(fixed[1] as string)) {
    YEAR_AFTER.lastIndex = end;
    const y = YEAR_AFTER.exec(text);
    if (y) end = YEAR_AFTER.lastIndex;
    const sc = scResolution(Number(fixed[1]), y ? Number(y[1]) : undefined);
    if (!sc.canonical) return end;
    canonical = sc.canonical;
    warning = sc.warning;
  } else if (
    (series === 'A' || series === 'E') &&
    fixed[0] === 'RES' &&
    fixed.length === 2 &&
    /^\d{1,4}$/.test(fixed[1] as string)
  ) {
    ROMAN_AFTER.lastIndex = end;
    const r = ROMAN_AFTER.exec(text);
    if (r && romanValue((r[2] as string).replace(/^E?S-/, '')) !== undefined) {
      end = ROMAN_AFTER.lastIndex;
      canonical = `${series}/RES/${Number(fixed[1])}${r[1] ? ` ${r[1]}` : ''} (${r[2]})`;
    }
  } else if (
    series === 'S' &&
    fixed[0] === 'AC.26' &&
    /^Dec\.\d+$/.test(fixed[1] ?? '') &&
    fixed.length === 2
  ) {
    YEAR_AFTER.lastIndex = end;
    const y = YEAR_AFTER.exec(text);
    if (y) {
      end = YEAR_AFTER.lastIndex;
      canonical = `${canonical} (${y[1]})`;
    }
  }

  const symbols = [canonical];
  // A joint symbol names the same document in two series: `A/79/634-S/2024/869`.
  JOINT.lastIndex = end;
  if (JOINT.exec(text)) {
    const second = JOINT.lastIndex;
    BODY.lastIndex = second + (/^[A-Z]{1,8}/.exec(text.slice(second, second + 8))?.[0].length ?? 0);
    const jointBody = BODY.exec(text);
    if (jointBody && !isWordChar(text[BODY.lastIndex])) {
      const jointSeries = text.slice(second, BODY.lastIndex).split('/')[0] as string;
      symbols.push([jointSeries, ...components(jointBody[1] as string)].join('/'));
      end = BODY.lastIndex;
    }
  }
  end = Math.max(trimEnd(text, end), start + 1);
  const draft: ScanContext['out'][number] = {
    start,
    end,
    canonical: symbols,
    kind: kindOf(symbols[0] as string),
  };
  if (warning) draft.warning = warning;
  if (ocr) draft.ocr = true;
  out.push(draft);
  return scanParts(ctx, symbols[0] as string, end);
}

/** Parts named after a symbol ("and Add.1", "and Corr. 1", "Add.1-3"), each its own mention. */
function scanParts(ctx: ScanContext, base: string, from: number): number {
  const { text, out } = ctx;
  const root = base.replace(/\/(?:Add|Corr|Rev|Amend)\.\d+$/, '');
  let re: RegExp = PART_FIRST;
  let pos = from;
  let type: string | undefined;
  for (let guard = 0; guard < 12; guard++) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m || (re === PART_MORE && !m[1] && type === undefined)) break;
    type = m[1] ?? type;
    const first = Number(m[2]);
    const last = m[4] === undefined ? first : Number(m[4]);
    if (first < 1 || last < first || last - first > 20) break;
    const numbers: string[] = [];
    for (let k = first; k <= last; k++) numbers.push(`${root}/${type}.${k}`);
    const numberStart = m.index + m[0].search(m[1] ? /(?:Add|Corr|Rev|Amend)\./ : /\d/);
    const draft: ScanContext['out'][number] = {
      start: numberStart,
      end: re.lastIndex,
      canonical: numbers,
      kind: 'document',
    };
    if (m[3]) draft.ocr = true;
    out.push(draft);
    pos = re.lastIndex;
    re = PART_MORE;
  }
  return pos;
}
