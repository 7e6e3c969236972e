import { describe, expect, it } from 'vitest';
import { formatSymbol, kindOf, parseSymbol, scYearOf, scYearRange, undocsUrl } from '../../../lib/symbols';

describe('parseSymbol', () => {
  it('takes resolutions apart into organ, number, year, session and part', () => {
    expect(parseSymbol('S/RES/1325 (2000)')).toMatchObject({
      kind: 'sc-resolution',
      resolution: { organ: 'S', number: 1325, year: 2000 },
    });
    expect(parseSymbol('A/RES/70/1')?.resolution).toEqual({ organ: 'A', session: '70', number: 1 });
    expect(parseSymbol('A/RES/54/237 C')?.resolution).toEqual({
      organ: 'A',
      session: '54',
      number: 237,
      part: 'C',
    });
    expect(parseSymbol('A/RES/2200 A (XXI)')?.resolution).toEqual({
      organ: 'A',
      session: 'XXI',
      number: 2200,
      part: 'A',
    });
    expect(parseSymbol('E/RES/1980/67')?.resolution).toEqual({ organ: 'E', year: 1980, number: 67 });
    expect(parseSymbol('E/RES/1894 (LVII)')?.resolution).toEqual({
      organ: 'E',
      session: 'LVII',
      number: 1894,
    });
    expect(parseSymbol('A/HRC/RES/25/1')?.resolution).toEqual({ organ: 'A/HRC', session: '25', number: 1 });
    expect(parseSymbol('S/AC.26/Dec.267 (2009)')?.resolution).toEqual({
      organ: 'S/AC.26',
      number: 267,
      year: 2009,
    });
  });

  it('takes documents apart into components and parts', () => {
    expect(parseSymbol('S/25704/Add.1')).toEqual({
      symbol: 'S/25704/Add.1',
      kind: 'document',
      components: ['S', '25704', 'Add.1'],
      parts: [{ type: 'Add', number: 1 }],
    });
    expect(parseSymbol('S/PRST/2004/40')?.kind).toBe('presidential-statement');
    expect(parseSymbol('S/PV.5766')?.kind).toBe('meeting-record');
    expect(parseSymbol('A/80/PV.45')?.kind).toBe('meeting-record');
    expect(parseSymbol('A/CONF.192/2024/RC/3')?.components).toEqual(['A', 'CONF.192', '2024', 'RC', '3']);
  });

  it('returns null for what is not a canonical symbol', () => {
    for (const text of [
      '',
      'S/RES/1325(2000)',
      ' S/2007/567',
      's/2007/567',
      'HIV/AIDS',
      'S/RES/1325',
      'A/RES/70',
      '1325',
      'A/RES/1 (IIII)',
    ]) {
      expect(parseSymbol(text), text).toBeNull();
    }
  });

  it('formats parsed symbols back to the same text', () => {
    for (const c of [
      'S/RES/1325 (2000)',
      'A/RES/2200 A (XXI)',
      'A/RES/ES-10/19',
      'E/CN.4/RES/2005/66',
      'CEDAW/C/GC/39',
      'A/79/634',
    ]) {
      const parsed = parseSymbol(c);
      expect(parsed, c).not.toBeNull();
      expect(formatSymbol(parsed!)).toBe(c);
    }
    // Formatting builds resolutions from their parts, not from the text.
    expect(formatSymbol({ components: [], resolution: { organ: 'S', number: 2467, year: 2019 } })).toBe(
      'S/RES/2467 (2019)',
    );
  });

  it('names the kind of a symbol', () => {
    expect(kindOf('A/RES/70/1')).toBe('ga-resolution');
    expect(kindOf('S/2024/869')).toBe('document');
  });
});

describe('undocsUrl', () => {
  it('links to undocs.org without spaces, as undocs.org writes symbols', () => {
    expect(undocsUrl('S/RES/1325 (2000)')).toBe('https://undocs.org/S/RES/1325(2000)');
    expect(undocsUrl('A/RES/2200 A (XXI)')).toBe('https://undocs.org/A/RES/2200A(XXI)');
    expect(undocsUrl('S/25704/Add.1')).toBe('https://undocs.org/S/25704/Add.1');
  });
});

describe('the year of a Security Council resolution', () => {
  it('is read from the first number of each year', () => {
    // Boundaries checked against the sources named in lib/symbols/sc-years.ts.
    expect([scYearOf(15), scYearOf(16)]).toEqual([1946, 1947]);
    expect([scYearOf(799), scYearOf(800)]).toEqual([1992, 1993]);
    expect([scYearOf(1284), scYearOf(1285)]).toEqual([1999, 2000]);
    expect([scYearOf(1325), scYearOf(2118), scYearOf(687), scYearOf(1051)]).toEqual([2000, 2013, 1991, 1996]);
    expect([scYearOf(2721), scYearOf(2722)]).toEqual([2023, 2024]);
  });

  it('is open-ended past the last year the table knows, and undefined for non-numbers', () => {
    expect(scYearRange(2800)).toEqual([2025, Infinity]);
    expect(scYearOf(2800)).toBeUndefined();
    expect(scYearRange(0)).toBeUndefined();
    expect(scYearRange(1.5)).toBeUndefined();
  });
});
