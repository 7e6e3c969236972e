import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../lib/symbols';
import { fromRawOffset, joinPageText, lineJoin, toRawRange, type PageText } from '../../../lib/pdf/text';
import { lineItems, pageItems } from './items';

/** The raw text (what the text layer shows) under a range of the joined text. */
function rawUnder(page: PageText, start: number, end: number): string {
  const r = toRawRange(page, start, end);
  return r ? page.raw.slice(r.start, r.end) : '';
}

describe('joinPageText: what the layout split, joined', () => {
  it('joins a word hyphenated at a line end and drops the hyphen', () => {
    const page = joinPageText(
      pageItems(['et rappelant aussi la dé-', 'claration que son Président a faite']),
    );
    expect(page.text).toBe('et rappelant aussi la déclaration que son Président a faite');
    // The highlight of the word covers both halves on the page, hyphen included.
    const at = page.text.indexOf('déclaration');
    expect(rawUnder(page, at, at + 'déclaration'.length)).toBe('dé-claration');
  });

  it('keeps a hyphen before a capital, a digit, or inside a symbol', () => {
    expect(
      joinPageText(pageItems(['les années 1990-', '1991 et la Charte des Nations-', 'Unies'])).text,
    ).toBe('les années 1990-1991 et la Charte des Nations-Unies');
    expect(joinPageText(pageItems(['le texte (A/S-', '23/10/Rev.1), en particulier'])).text).toBe(
      'le texte (A/S-23/10/Rev.1), en particulier',
    );
  });

  it('drops a soft hyphen at a line end', () => {
    expect(joinPageText(pageItems(['la participa\u00ad', 'tion des femmes'])).text).toBe(
      'la participation des femmes',
    );
  });

  it('joins a symbol broken after a slash, so the recognizer finds it whole', () => {
    const page = joinPageText(
      pageItems(['Rappelant sa résolution S/RES/', '1325 (2000) et ses résolutions ultérieures']),
    );
    expect(page.text).toContain('S/RES/1325 (2000)');
    const mention = findSymbols(page.text).find((m) => m.canonical.includes('S/RES/1325 (2000)'));
    expect(mention).toBeDefined();
    // Its highlight runs from the first line's "S/RES/" to the second line's "(2000)".
    expect(rawUnder(page, mention!.start, mention!.end)).toBe('S/RES/1325 (2000)');
    const r = toRawRange(page, mention!.start, mention!.end)!;
    expect(r.start).toBeLessThan(page.itemStarts[1]!);
    expect(r.end).toBeGreaterThan(page.itemStarts[1]!);
  });

  it('joins "S/RES" + "/1325" and "(" + "2000)" across lines', () => {
    expect(joinPageText(pageItems(['voir S/RES', '/1325 (2000)'])).text).toBe('voir S/RES/1325 (2000)');
    expect(joinPageText(pageItems(['la résolution 1325 (', '2000) du Conseil'])).text).toBe(
      'la résolution 1325 (2000) du Conseil',
    );
  });

  it('puts a space at an ordinary line end, and the recognizer reads a symbol split at its space', () => {
    const page = joinPageText(
      pageItems(['Rappelant ses résolutions 1261 (1999) du 25 août 1999, 1265', '(1999) du']),
    );
    expect(page.text).toBe('Rappelant ses résolutions 1261 (1999) du 25 août 1999, 1265 (1999) du');
  });

  it('joins items that split a word with no gap, and spaces items with a gap', () => {
    expect(joinPageText(lineItems({ pieces: ['Con', 'seil', ' de sécurité'], y: 500 })).text).toBe(
      'Conseil de sécurité',
    );
    expect(joinPageText(lineItems({ pieces: ['Conseil', 'de', 'sécurité'], y: 500, gap: 0.5 })).text).toBe(
      'Conseil de sécurité',
    );
  });

  it('collapses stray spaces and trims the page', () => {
    const page = joinPageText(pageItems(['   Rappelant  ses   résolutions  ', '  1261 (1999)   ']));
    expect(page.text).toBe('Rappelant ses résolutions 1261 (1999)');
  });

  it('reads pdf.js line ends flagged by empty items, and skips marked-content entries', () => {
    // The shape pdf.js gives a resolution's preamble: " " items between runs
    // in different fonts, and an empty item with hasEOL before a new line.
    const items = [
      ...lineItems({
        pieces: ['Rappelant', ' ', 'ses résolutions', ' ', '1261', ' ', '(1999)'],
        y: 476,
        eol: 'none',
      }),
      { type: 'beginMarkedContent', id: 'mc0' },
      ...lineItems({ pieces: [' ', 'du'], y: 476, x: 300, eol: 'last' }),
      { type: 'endMarkedContent' },
      ...lineItems({ pieces: ['17 septembre 1999, 1296 (2000) du 19 avril 2000'], y: 464, eol: 'empty' }),
      ...lineItems({ pieces: ['Rappelant également'], y: 446 }),
    ];
    const page = joinPageText(items);
    expect(page.text).toBe(
      'Rappelant ses résolutions 1261 (1999) du 17 septembre 1999, 1296 (2000) du 19 avril 2000\nRappelant également',
    );
    // One item per string item, marked content not counted: the text layer's spans.
    expect(page.itemStarts).toHaveLength(items.filter((i) => 'str' in i).length);
  });

  it('starts a paragraph at a wide line gap, a change of size, or a jump up the page', () => {
    const page = joinPageText(
      pageItems([
        { pieces: ['Résolution 1325 (2000)'], size: 14 },
        'Le Conseil de sécurité,',
        { pieces: ['Rappelant ses résolutions antérieures,'], paragraph: true },
        'et soulignant le rôle des femmes,',
      ]),
    );
    expect(page.text.split('\n')).toEqual([
      'Résolution 1325 (2000)',
      'Le Conseil de sécurité,',
      'Rappelant ses résolutions antérieures, et soulignant le rôle des femmes,',
    ]);
    expect(page.paragraphs.map((p) => page.text.slice(p.start, p.end))).toEqual(page.text.split('\n'));
    const footerFirst = joinPageText([
      ...lineItems({ pieces: ['00-72019 (F)'], y: 60 }),
      ...lineItems({ pieces: ['Résolution 1325 (2000)'], y: 560 }),
    ]);
    expect(footerFirst.text).toBe('00-72019 (F)\nRésolution 1325 (2000)');
  });

  it('reads right-to-left runs without inventing spaces', () => {
    const size = 10;
    const items = [
      { str: 'مجلس', dir: 'rtl', transform: [size, 0, 0, size, 300, 500], width: 20, height: size },
      { str: 'الأمن', dir: 'rtl', transform: [size, 0, 0, size, 255, 500], width: 24, height: size },
    ];
    expect(joinPageText(items).text).toBe('مجلس الأمن');
    const touching = [
      { str: 'مج', dir: 'rtl', transform: [size, 0, 0, size, 300, 500], width: 10, height: size },
      { str: 'لس', dir: 'rtl', transform: [size, 0, 0, size, 290, 500], width: 10, height: size },
    ];
    expect(joinPageText(touching).text).toBe('مجلس');
  });

  it('says a page without letters or digits has no text (a scan)', () => {
    expect(joinPageText([]).hasText).toBe(false);
    expect(joinPageText(pageItems(['   ', '—'])).hasText).toBe(false);
    expect(joinPageText(pageItems(['2'])).hasText).toBe(true);
  });
});

describe('offsets back to the text layer', () => {
  const page = joinPageText(pageItems(['la dé-', 'claration  du', 'Président']));

  it('maps a selection boundary inside a dropped hyphen inward', () => {
    expect(page.text).toBe('la déclaration du Président');
    const hyphen = page.raw.indexOf('-');
    expect(fromRawOffset(page, hyphen, 'start')).toBe(page.text.indexOf('claration'));
    expect(fromRawOffset(page, hyphen + 1, 'end')).toBe(page.text.indexOf('claration'));
    expect(fromRawOffset(page, 0, 'start')).toBe(0);
    expect(fromRawOffset(page, page.raw.length, 'end')).toBe(page.text.length);
  });

  it('gives no raw range for an inserted joiner alone', () => {
    const space = page.text.indexOf(' du');
    expect(page.toRaw[space]).toBeGreaterThanOrEqual(0);
    const joiner = page.text.indexOf(' Président');
    expect(page.toRaw[joiner]).toBe(-1);
    expect(toRawRange(page, joiner, joiner + 1)).toBeNull();
  });

  it('keeps every mapped character equal to the text layer character, in order (any items)', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ' ',
        '  ',
        '-',
        'S/RES/',
        '1325 (2000)',
        'dé-',
        'claration',
        '',
        '\u00ad',
        '(',
        '2000)',
      ),
      fc.string({ maxLength: 8 }),
    );
    const line = fc.record({
      pieces: fc.array(piece, { minLength: 1, maxLength: 4 }),
      eol: fc.constantFrom('last' as const, 'empty' as const, 'none' as const),
      gap: fc.constantFrom(0, 0.5),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const items = lines.flatMap((l, i) => lineItems({ ...l, y: 700 - i * 12 }));
        const p = joinPageText(items);
        expect(p.raw).toBe(items.map((i) => i.str).join(''));
        let last = -1;
        for (let t = 0; t < p.text.length; t++) {
          const r = p.toRaw[t]!;
          if (r < 0) {
            expect([' ', '\n']).toContain(p.text[t]);
            continue;
          }
          expect(p.text[t]).toBe(p.raw[r]);
          expect(r).toBeGreaterThan(last);
          last = r;
          expect(p.fromRaw[r]).toBe(t);
        }
        expect(p.text).toBe(p.text.trim());
        expect(p.text).not.toMatch(/ {2}/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('lineJoin', () => {
  it('decides each line-end case', () => {
    expect(lineJoin('dé-', 'claration')).toEqual({ joiner: '', dropHyphen: true });
    expect(lineJoin('S/RES/', '1325')).toEqual({ joiner: '', dropHyphen: false });
    expect(lineJoin('(A/S-', '23/10')).toEqual({ joiner: '', dropHyphen: false });
    expect(lineJoin('femmes', 'et')).toEqual({ joiner: ' ', dropHyphen: false });
    expect(lineJoin('Nations-', 'Unies')).toEqual({ joiner: '', dropHyphen: false });
  });
});
