import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../lib/symbols';
import { found, only, symbols } from './helpers';

describe('resolution references in English prose', () => {
  it('finds "resolution 1325 (2000)" and "its resolution 660 (1990)", the word inside the span', () => {
    expect(found('Recalling its resolution 660 (1990) and resolution 1325 (2000),')).toEqual([
      ['resolution 660 (1990)', 'S/RES/660 (1990)'],
      ['resolution 1325 (2000)', 'S/RES/1325 (2000)'],
    ]);
  });

  it('gives each item of a list its own mention, the first carrying the word', () => {
    expect(found('Recalling its resolutions 1820 (2008), 1888 (2009) and 2467 (2019),')).toEqual([
      ['resolutions 1820 (2008)', 'S/RES/1820 (2008)'],
      ['1888 (2009)', 'S/RES/1888 (2009)'],
      ['2467 (2019)', 'S/RES/2467 (2019)'],
    ]);
  });

  it('reads lists with dates between the items and line breaks anywhere', () => {
    const text =
      'its resolutions 476 (1980) of 30 June 1980 and\n478 (1980) of 20 August 1980, 242\n(1967), and 338 (1973)';
    expect(symbols(text)).toEqual([
      'S/RES/476 (1980)',
      'S/RES/478 (1980)',
      'S/RES/242 (1967)',
      'S/RES/338 (1973)',
    ]);
  });

  it('includes an organ named right before the word, and leaves "its" and "the" out', () => {
    expect(
      found('the Security Council resolution 1325 (2000) and UN Security Council Resolution 1325'),
    ).toEqual([
      ['Security Council resolution 1325 (2000)', 'S/RES/1325 (2000)'],
      ['UN Security Council Resolution 1325', 'S/RES/1325 (2000)'],
    ]);
    expect(
      found(
        'General Assembly resolution 70/1 and Assembly resolution 65/7 and Council resolution 1947 (2010)',
      ),
    ).toEqual([
      ['General Assembly resolution 70/1', 'A/RES/70/1'],
      ['Assembly resolution 65/7', 'A/RES/65/7'],
      ['Council resolution 1947 (2010)', 'S/RES/1947 (2010)'],
    ]);
  });

  it('reads "SCR 1325" and "UNSCR 1325", filling in the year from the table', () => {
    expect(found('training in UNSCR 1325 and SCR 1820; Security Council resolution 2242')).toEqual([
      ['UNSCR 1325', 'S/RES/1325 (2000)'],
      ['SCR 1820', 'S/RES/1820 (2008)'],
      ['Security Council resolution 2242', 'S/RES/2242 (2015)'],
    ]);
  });

  it('reads General Assembly resolutions with part letters and roman sessions', () => {
    expect(found('See resolution 2200 A (XXI), annex, and Resolution 217 A (III).')).toEqual([
      ['resolution 2200 A (XXI)', 'A/RES/2200 A (XXI)'],
      ['Resolution 217 A (III)', 'A/RES/217 A (III)'],
    ]);
    expect(symbols('Reaffirms its resolution 54/237 C of 23 December 1999', { organ: 'A' })).toEqual([
      'A/RES/54/237 C',
    ]);
    expect(found('resolution 67/234 A and B')).toEqual([
      ['resolution 67/234 A', 'A/RES/67/234 A'],
      ['B', 'A/RES/67/234 B'],
    ]);
  });

  it('reads resolutions of special and emergency special sessions', () => {
    expect(
      symbols('resolution S-26/2 and resolutions ES-10/19 and Human Rights Council resolution S-1/1'),
    ).toEqual(['A/RES/S-26/2', 'A/RES/ES-10/19', 'A/HRC/RES/S-1/1']);
  });

  it('reads headings of resolutions', () => {
    expect(symbols('Resolution 656 (1990)\nof 8 June 1990')).toEqual(['S/RES/656 (1990)']);
    expect(symbols('RESOLUTION 779 (1992)\n\nAdopted by the Security Council')).toEqual(['S/RES/779 (1992)']);
  });
});

describe('the organ of a reference', () => {
  it('is the Security Council for "N (YYYY)", whatever the document', () => {
    expect(symbols('Recalling its resolution 1325 (2000)', { organ: 'A' })).toEqual(['S/RES/1325 (2000)']);
  });

  it('is the General Assembly for "resolution 70/1" and a roman session up to XXX', () => {
    expect(symbols('in line with resolution 70/1 and resolution 1514 (XV)')).toEqual([
      'A/RES/70/1',
      'A/RES/1514 (XV)',
    ]);
  });

  it('follows the subject of the sentence for "by its resolution"', () => {
    expect(
      symbols('The Commission was established by the Economic and Social Council by its resolution 9 (I).'),
    ).toEqual(['E/RES/9 (I)']);
    expect(symbols('The Human Rights Council, in its resolution 25/1,')).toEqual(['A/HRC/RES/25/1']);
  });

  it('follows an organ named before the word', () => {
    expect(
      symbols('Economic and Social Council resolution 1980/67 and ECOSOC resolution 1894 (LVII)'),
    ).toEqual(['E/RES/1980/67', 'E/RES/1894 (LVII)']);
    expect(symbols('Human Rights Council resolution 5/1')).toEqual(['A/HRC/RES/5/1']);
  });

  it('follows the document for "its resolution" without an organ in the sentence', () => {
    expect(symbols('Recalling its resolution 1996/31,', { organ: 'E' })).toEqual(['E/RES/1996/31']);
    expect(symbols('The Security Council,\n\nRecalling its resolution 1325,')).toEqual(['S/RES/1325 (2000)']);
  });

  it('reads the Governing Council decisions of the UN Compensation Commission', () => {
    const m = only('in accordance with Governing Council decision 267 (2009).');
    expect(m.text).toBe('Governing Council decision 267 (2009)');
    expect(m.canonical).toEqual(['S/AC.26/Dec.267 (2009)']);
  });

  it('marks a reference whose organ cannot be decided as ambiguous instead of guessing', () => {
    const eclac = only(
      'Takes note of Economic Commission for Latin America and the Caribbean resolution 689 (XXXV)',
    );
    expect(eclac.ambiguous).toBe(true);
    expect(eclac.canonical).toEqual([]);
    expect(eclac.url).toBe('');
    expect(found('Commission on the Status of Women resolution 60/2')).toEqual([
      ['Commission on the Status of Women resolution 60/2', '?'],
    ]);
    expect(found('General Assembly decision 70/553')).toEqual([['General Assembly decision 70/553', '?']]);
    // A bare number in an Assembly document is not the Assembly's way of citing; it is not guessed.
    expect(found('Recalling its resolution 1325,', { organ: 'A' })).toEqual([['resolution 1325', '?']]);
    // ECOSOC and its commissions number by year; without an organ "2005/15" is left undecided.
    expect(found('pursuant to resolution 2005/15')).toEqual([['resolution 2005/15', '?']]);
  });
});

describe('the year check', () => {
  it('reports a Security Council resolution whose year does not fit its number', () => {
    const m = only('pursuant to section C of resolution 587 (1991)');
    expect(m.canonical).toEqual(['S/RES/587 (1991)']);
    expect(m.warning).toMatch(/adopted in 1986, not in 1991/);
    expect(only('see S/RES/1325 (1999)').warning).toMatch(/adopted in 2000/);
  });

  it('stays quiet when the year fits', () => {
    expect(findSymbols('resolution 1325 (2000) and resolution 2722 (2024)').map((m) => m.warning)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('takes "775 1992" as a reference whose parentheses were lost only when the year fits', () => {
    const m = only('in conformity with resolution 775 1992');
    expect(m.canonical).toEqual(['S/RES/775 (1992)']);
    expect(m.ocr).toBe(true);
    expect(found('resolution 775 2005')).toEqual([['resolution 775', 'S/RES/775 (1992)']]);
  });

  it('repairs an OCR letter inside a number only when the repaired number fits the year', () => {
    const m = only('paragraph 2 of resolution 70S (1991)');
    expect(m.canonical).toEqual(['S/RES/705 (1991)']);
    expect(m.ocr).toBe(true);
    expect(findSymbols('resolution 7OS (1991)')).toEqual([]);
  });
});
