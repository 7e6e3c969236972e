import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, CSV_COLUMNS, toCsv } from '../../../lib/export';
import { samplePassages } from './fixtures';

/** A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF records), as a spreadsheet reads the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length) rows.push(row);
  return rows;
}

describe('toCsv', () => {
  const passages = samplePassages();
  const csv = toCsv(passages);

  it('starts with a byte order mark and ends every record with CRLF', () => {
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // The strict reader refuses a bare line feed outside a quoted field.
    expect(() => parseCsv(csv.slice(1))).not.toThrow();
    expect(csv.split('\r\n')[0]).toBe(`\ufeff${CSV_COLUMNS.join(',')}`);
  });

  it('has a header and one row per passage with symbol, title, URL, quote, note, tags, themes, recommendations and dates', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(passages.length + 1);
    const [first] = rows.slice(1);
    const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, first![i]]));
    expect(record).toEqual({
      symbol: 'S/RES/1325 (2000)',
      title: 'Resolution 1325 (2000)',
      url: 'https://undocs.org/S/RES/1325(2000)',
      quote: 'Urges Member States to ensure increased representation of women',
      note: 'Key operative paragraph; compare with 2242 (2015), OP1.',
      tags: 'op1; representation',
      themes: 'participation',
      recommendations: '',
      created: '2026-11-20T09:15:00.000Z',
      updated: '2026-11-21T10:00:00.000Z',
      id: passages[0]!.id,
    });
  });

  it('keeps quotes, commas, line breaks and non-Latin text intact through RFC 4180 quoting', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[2]![CSV_COLUMNS.indexOf('note')]).toBe(`'${passages[1]!.note}`);
    expect(rows[3]![CSV_COLUMNS.indexOf('title')]).toBe('Resolution 2242 (2015) — 安全理事会 𝐀');
    expect(rows[3]![CSV_COLUMNS.indexOf('quote')]).toBe('妇女、和平与安全 😀');
  });

  it('makes cells that a spreadsheet would run as formulas inert', () => {
    const rows = parseCsv(csv.slice(1));
    const note = rows[2]![CSV_COLUMNS.indexOf('note')]!;
    expect(note.startsWith("'=HYPERLINK(")).toBe(true);
    expect(rows[2]![CSV_COLUMNS.indexOf('tags')]).toBe("'-minus; @at");
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('1+1')).toBe('1+1');
    expect(csvCell('Women, peace and security')).toBe('"Women, peace and security"');
  });

  it('round-trips any cell text through a strict reader (with the apostrophe guard)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const read = parseCsv(`${csvCell(value)}\r\n`)[0]![0]!;
        expect(read).toBe(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
      }),
    );
  });
});
