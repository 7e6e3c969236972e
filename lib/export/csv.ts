/**
 * CSV for spreadsheets (issue #7): UTF-8 with a byte order mark so Excel
 * reads it as UTF-8, RFC 4180 quoting and CRLF line ends, one row per
 * passage. A cell that a spreadsheet would read as a formula (starting with
 * =, +, -, @, tab or carriage return) gets a leading apostrophe, so a quote
 * or note like `=HYPERLINK(...)` shows as text and never runs (CSV injection).
 */
import type { SavedPassage } from '../model/saved-passage';

export const CSV_COLUMNS = [
  'symbol',
  'title',
  'url',
  'quote',
  'note',
  'tags',
  'themes',
  'recommendations',
  'created',
  'updated',
  'id',
] as const;

/** Separator of several values in one cell (tags, themes, recommendations). */
export const CSV_LIST_SEPARATOR = '; ';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: made inert if it starts like a formula, quoted if it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

function row(passage: SavedPassage): string[] {
  return [
    passage.symbol ?? '',
    passage.title,
    passage.url,
    passage.selectors.quote.exact,
    passage.note,
    passage.tags.join(CSV_LIST_SEPARATOR),
    passage.themes.join(CSV_LIST_SEPARATOR),
    passage.recommendations.join(CSV_LIST_SEPARATOR),
    passage.createdAt,
    passage.updatedAt,
    passage.id,
  ];
}

/** The passages as CSV text (starting with U+FEFF, the byte order mark). */
export function toCsv(passages: SavedPassage[]): string {
  const lines = [CSV_COLUMNS.join(','), ...passages.map((p) => row(p).map(csvCell).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
