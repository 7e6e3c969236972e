import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../lib/symbols';
import { found, only, symbols } from './helpers';

describe('explicit symbols of every UN series', () => {
  it('finds Security Council documents, resolutions, statements and meeting records', () => {
    expect(found('the report of the Secretary-General (S/2007/567), S/PRST/2004/40 and S/PV.5766.')).toEqual([
      ['S/2007/567', 'S/2007/567'],
      ['S/PRST/2004/40', 'S/PRST/2004/40'],
      ['S/PV.5766', 'S/PV.5766'],
    ]);
    expect(findSymbols('S/PRST/2004/40').map((m) => m.kind)).toEqual(['presidential-statement']);
    expect(findSymbols('S/PV.5766').map((m) => m.kind)).toEqual(['meeting-record']);
  });

  it('writes resolutions in canonical form, with the year filled in when it is left out', () => {
    const m = only('Recalling S/RES/1325(2000) today');
    expect(m.canonical).toEqual(['S/RES/1325 (2000)']);
    expect(m.kind).toBe('sc-resolution');
    expect(m.url).toBe('https://undocs.org/S/RES/1325(2000)');
    expect(symbols('S/RES/1820 and S/RES/2467 (2019)')).toEqual(['S/RES/1820 (2008)', 'S/RES/2467 (2019)']);
  });

  it('reads General Assembly and ECOSOC resolutions, old forms with a roman session included', () => {
    expect(found('A/RES/70/1, A/RES/3314 (XXIX), A/RES/2758(XXVI) and E/RES/1980/67')).toEqual([
      ['A/RES/70/1', 'A/RES/70/1'],
      ['A/RES/3314 (XXIX)', 'A/RES/3314 (XXIX)'],
      ['A/RES/2758(XXVI)', 'A/RES/2758 (XXVI)'],
      ['E/RES/1980/67', 'E/RES/1980/67'],
    ]);
    expect(findSymbols('A/RES/70/1')[0]?.kind).toBe('ga-resolution');
  });

  it('reads other series with their parts: committees, conferences, treaty bodies, drafts', () => {
    const text =
      'See A/HRC/RES/25/1, E/CN.6/2015/L.1, A/C.3/70/L.5/Rev.1, ST/SGB/2003/13, CEDAW/C/GC/39, ' +
      'A/S-23/10/Rev.1, A/CONF.192/2024/RC/3, A/ES-10/L.22, S/25704/Add.1, A/80/INF/1 and SC/6816.';
    expect(symbols(text)).toEqual([
      'A/HRC/RES/25/1',
      'E/CN.6/2015/L.1',
      'A/C.3/70/L.5/Rev.1',
      'ST/SGB/2003/13',
      'CEDAW/C/GC/39',
      'A/S-23/10/Rev.1',
      'A/CONF.192/2024/RC/3',
      'A/ES-10/L.22',
      'S/25704/Add.1',
      'A/80/INF/1',
      'SC/6816',
    ]);
  });

  it('gives a joint symbol as one mention naming both documents', () => {
    const m = only('the report of the Secretary-General (A/79/634-S/2024/869, annex)');
    expect(m.text).toBe('A/79/634-S/2024/869');
    expect(m.canonical).toEqual(['A/79/634', 'S/2024/869']);
    expect(m.url).toBe('https://undocs.org/A/79/634');
  });

  it('gives each part named after a symbol a mention of its own', () => {
    expect(found('the reports (S/24917 and Add.1) and (S/21950 and Corr. 1)')).toEqual([
      ['S/24917', 'S/24917'],
      ['Add.1', 'S/24917/Add.1'],
      ['S/21950', 'S/21950'],
      ['Corr. 1', 'S/21950/Corr.1'],
    ]);
    expect(found('documents S/1996/411 and Corr.1 and Add.1, and S/25704 and Add.1-3')).toEqual([
      ['S/1996/411', 'S/1996/411'],
      ['Corr.1', 'S/1996/411/Corr.1'],
      ['Add.1', 'S/1996/411/Add.1'],
      ['S/25704', 'S/25704'],
      ['Add.1-3', 'S/25704/Add.1', 'S/25704/Add.2', 'S/25704/Add.3'],
    ]);
    expect(found('(S/25812 and Add.1\nand 2)')).toEqual([
      ['S/25812', 'S/25812'],
      ['Add.1', 'S/25812/Add.1'],
      ['2', 'S/25812/Add.2'],
    ]);
  });

  it('leaves reissue asterisks and sentence punctuation outside the span', () => {
    expect(found('the letter (S/25647**). See S/21341.')).toEqual([
      ['S/25647', 'S/25647'],
      ['S/21341', 'S/21341'],
    ]);
  });
});

describe('text extracted from PDFs and OCR', () => {
  it('reads symbols with extra or missing spaces and broken across lines', () => {
    expect(found('(S / 2007 / 567) and S/RES/1325(2000) and S/2002/\n1005 and S/RES/\n1820 (2008)')).toEqual([
      ['S / 2007 / 567', 'S/2007/567'],
      ['S/RES/1325(2000)', 'S/RES/1325 (2000)'],
      ['S/2002/\n1005', 'S/2002/1005'],
      ['S/RES/\n1820 (2008)', 'S/RES/1820 (2008)'],
    ]);
  });

  it('repairs the OCR slips for "S" where the context shows a symbol, and says so', () => {
    const mentions = findSymbols('the letter (5/2002/1005) and report (S$/25492) and document $/26627.');
    expect(mentions.map((m) => [m.text, m.canonical[0], m.ocr])).toEqual([
      ['5/2002/1005', 'S/2002/1005', true],
      ['S$/25492', 'S/25492', true],
      ['$/26627', 'S/26627', true],
    ]);
    expect(symbols('1/ 8/24600.\n2/ 8/24476.')).toEqual(['S/24600', 'S/24476']);
  });

  it('keeps a digit that only looks like an S as a number when nothing shows a symbol', () => {
    expect(findSymbols('about 5/2002/1005 of them')).toEqual([]);
    expect(findSymbols('a ratio of 8/24600')).toEqual([]);
  });

  it('reads a resolution word split across lines by hyphenation', () => {
    expect(
      found('Recalling its resolu-\ntion 1325 (2000) and réso-\nlutions 1820 (2008) et 1888 (2009)'),
    ).toEqual([
      ['resolu-\ntion 1325 (2000)', 'S/RES/1325 (2000)'],
      ['réso-\nlutions 1820 (2008)', 'S/RES/1820 (2008)'],
      ['1888 (2009)', 'S/RES/1888 (2009)'],
    ]);
    expect(findSymbols('a well-\nknown 1325 (2000) figure')).toEqual([]);
  });

  it('repairs an OCR "l" for "1" in a part number', () => {
    const parts = findSymbols('(S/25812 and Add.1l and 2)');
    expect(parts.map((m) => [m.text, m.canonical[0], m.ocr ?? false])).toEqual([
      ['S/25812', 'S/25812', false],
      ['Add.1l', 'S/25812/Add.1', true],
      ['2', 'S/25812/Add.2', false],
    ]);
  });
});
