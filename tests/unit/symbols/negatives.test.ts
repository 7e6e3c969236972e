import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../lib/symbols';
import { symbols } from './helpers';

describe('what is not a symbol', () => {
  it('dates and fractions', () => {
    expect(
      findSymbols('On 12/05/2015, 5/12/2015 and 2015/05/12 about 3/4 and 1/2 of the 24/7 staff'),
    ).toEqual([]);
  });

  it('paragraph, article and page numbers, and numbered meetings', () => {
    expect(findSymbols('paragraph 5, article 2 (4), page 12 (2000 copies), its 3118th meeting')).toEqual([]);
  });

  it('phone numbers, job numbers and sales numbers', () => {
    expect(
      findSymbols(
        'call +1 (212) 963-1234 or +41 22 917 1234; 02-72318 (E); 00-72019 (F); Sales No. E.96.IV.13',
      ),
    ).toEqual([]);
  });

  it('URLs, even those that contain a symbol', () => {
    expect(
      findSymbols(
        'https://undocs.org/en/S/RES/1325(2000) www.un.org/Docs/sc/S/2007/567 ' +
          'https://digitallibrary.un.org/record/4094779/files/A_RES_80_10-EN.pdf',
      ),
    ).toEqual([]);
  });

  it('committees named after a resolution, and references without a number', () => {
    expect(
      findSymbols('the 661 Committee and the 1591 committee; the present resolution; that resolution'),
    ).toEqual([]);
    expect(
      findSymbols('the resolution adopted today by the Council, and resolutions adopted in 2015'),
    ).toEqual([]);
  });

  it('word pairs with slashes and abbreviations without digits', () => {
    expect(findSymbols('Iraq/Iran, April/May, VIH/sida, HIV/AIDS, and/or, N/A, TCP/IP')).toEqual([]);
  });

  it('draft resolutions numbered in a report, national laws and conference resolutions by chapter', () => {
    expect(
      findSymbols('draft resolution 2; Resolution No. 12/2019 of the Ministry; chap. I, resolution 1, annex'),
    ).toEqual([]);
  });

  it('small bare numbers after the word', () => {
    expect(findSymbols('in resolution 5 the Conference decided')).toEqual([]);
  });

  it('a list does not swallow the numbers that follow it', () => {
    expect(symbols('paragraphs 9 and 11 of resolution 1807 (2008) and paragraphs 10 and 12')).toEqual([
      'S/RES/1807 (2008)',
    ]);
    expect(symbols('resolution 1325 (2000) and 2 other texts')).toEqual(['S/RES/1325 (2000)']);
  });

  it('does not read the same text twice when a passage repeats a mention', () => {
    const mentions = findSymbols('S/RES/1325 (2000) S/RES/1325 (2000)');
    expect(mentions.map((m) => [m.start, m.end])).toEqual([
      [0, 17],
      [18, 35],
    ]);
  });
});

describe('input it must survive', () => {
  it('empty and non-string input give no mentions', () => {
    expect(findSymbols('')).toEqual([]);
    expect(findSymbols(undefined as unknown as string)).toEqual([]);
    expect(findSymbols(42 as unknown as string)).toEqual([]);
  });

  it('long passages of slashes, digits and words end quickly with sensible results', () => {
    const noisy = '/ 1/ A/ S/ résolution ( 2000 ) 第号决议 قرار '.repeat(2000);
    expect(Array.isArray(findSymbols(noisy))).toBe(true);
    const many = 'resolutions 1325 (2000), '.repeat(500);
    expect(findSymbols(many).length).toBe(500);
  });
});
