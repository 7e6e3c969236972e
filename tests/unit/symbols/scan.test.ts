import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../lib/symbols';
import { scanText } from '../../../lib/symbols/scan';
import { found, symbols } from './helpers';

/**
 * How a passage is read: a Latin-1 passage is looked at only around its
 * numbers and slashes (lib/symbols/digits.ts), any other passage at every word
 * the prefilter knows. Both must find the same mentions: these tests pin the
 * places where the shortcut could go wrong.
 */

/** Pieces of Latin-1 text near references, so random passages hold many and come close to many more. */
const LATIN1_PIECES = [
  'resolution ',
  'resolutions ',
  'Resolution ',
  'RESOLUTIONS ',
  'résolution ',
  'resoluciones ',
  'resolu-\n',
  'tion ',
  'reso-\n',
  'lutions ',
  'decision ',
  'décision ',
  'DECISIONS ',
  'SCR',
  'UNSCR ',
  'Security Council ',
  'General Assembly ',
  'Council ',
  'Governing Council ',
  'its ',
  'the ',
  'of ',
  'and ',
  'et ',
  'y ',
  ', ',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '\t',
  '.',
  '(',
  ')',
  '/',
  ' / ',
  '-',
  'S',
  'A',
  'E',
  'O',
  'l',
  'I',
  'ES-',
  'S-',
  'RES',
  'PRST',
  'PV.',
  'Add.',
  'Corr.',
  '1325',
  '2000',
  '1820',
  '2008',
  '70',
  '1',
  '5',
  '8',
  '9',
  '19',
  '0',
  '775 1992',
  '(2000)',
  '(XXI)',
  'A (XXI)',
  'No. ',
  'n° ',
  'draft ',
  'solution ',
  'S$/',
  '$/',
  'Ibid., ',
  'see ',
  'document ',
  'www.un.org/',
  'https://',
  '3.',
  '12,5',
  'of 2 August 1990',
  'The Security Council,\n',
];
/** A word that may introduce a number, the way it is written before it, and what may follow. */
const reference = fc
  .tuple(
    fc.constantFrom('', 'its ', 'Security Council ', 'Council ', 'draft ', 'x', '5'),
    fc.constantFrom(
      'resolution',
      'resolutions',
      'RESOLUTIONS',
      'résolution',
      'resolución',
      'resoluciones',
      'decision',
      'décisions',
      'DÉCISION',
      'SCR',
      'UNSCR',
      'resolu-\ntion',
      'reso-\nlutions',
      'r-\nesolution',
      'deci-\nsion',
      'solution',
      'Resolution No.',
    ),
    fc.constantFrom('', ' ', '  ', '\n', ' \n ', '\u00a0', '\t', '\n\n', '-', '.'),
    fc.constantFrom('', 'S', 'O', 'l', 'I', 'ES-', 'S-', 'SO', 'E'),
    fc.constantFrom('1325', '1820', '70', '5', '9', '05', '0', '2200', '775'),
    fc.constantFrom(
      '',
      ' (2000)',
      '(2008)',
      '/1',
      ' A (XXI)',
      ' (I)',
      ' 1992',
      ' (1991)',
      ', 1888 (2009)',
      ' and 2467 (2019)',
      '.5',
    ),
  )
  .map((parts) => parts.join(''));
const latin1Texts = fc
  .array(fc.oneof(reference, fc.string({ unit: fc.constantFrom(...LATIN1_PIECES), maxLength: 8 })), {
    maxLength: 6,
  })
  .map((chunks) => chunks.join(''));
const organs = fc.constantFrom(undefined, 'S' as const, 'A' as const, 'E' as const);

describe('reading a passage', () => {
  it('finds the same mentions around the numbers of a Latin-1 passage as at every word', () => {
    fc.assert(
      fc.property(latin1Texts, organs, (text, organ) => {
        const options = organ ? { organ } : {};
        expect(scanText(text, options, 'near-digits')).toEqual(scanText(text, options, 'every'));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a passage beyond Latin-1 at every word (the same mentions either way)', () => {
    const text =
      'Rappelant sa résolution 1325 (2000) et l’ensemble de ses résolutions 1820 (2008), 1888 (2009)';
    expect(scanText(text, {}, 'near-digits')).toEqual(scanText(text, {}, 'every'));
    expect(symbols(text)).toEqual(['S/RES/1325 (2000)', 'S/RES/1820 (2008)', 'S/RES/1888 (2009)']);
  });

  it('finds nothing in a passage without a digit, in any script', () => {
    expect(
      findSymbols('Recalling its resolutions on women and peace and security, the Council decided'),
    ).toEqual([]);
    expect(findSymbols('ссылаясь на свои резолюции о женщинах, мире и безопасности')).toEqual([]);
    expect(findSymbols('وإذ يشير إلى قراراته المتعلقة بالمرأة والسلام والأمن')).toEqual([]);
    expect(findSymbols('回顾其关于妇女与和平与安全的各项决议')).toEqual([]);
  });

  it('finds references whose only digits are Arabic-Indic or full-width', () => {
    expect(symbols('قرار مجلس الأمن ١٣٢٥ (٢٠٠٠)')).toEqual(['S/RES/1325 (2000)']);
    expect(symbols('安全理事会第１３２５号决议')).toEqual(['S/RES/1325 (2000)']);
  });

  it('finds references at the very start and the very end of a passage', () => {
    expect(found('resolution 1325 (2000) was adopted')).toEqual([
      ['resolution 1325 (2000)', 'S/RES/1325 (2000)'],
    ]);
    expect(found('S/RES/1325 (2000)')).toEqual([['S/RES/1325 (2000)', 'S/RES/1325 (2000)']]);
    expect(found('as set out in resolution 1325')).toEqual([['resolution 1325', 'S/RES/1325 (2000)']]);
    expect(found('1325 (2000) was adopted')).toEqual([]);
    expect(found('as set out in the resolution')).toEqual([]);
  });

  it('finds the word right before the number in its written forms', () => {
    expect(found('SCR1325 and UNSCR 1820')).toEqual([
      ['SCR1325', 'S/RES/1325 (2000)'],
      ['UNSCR 1820', 'S/RES/1820 (2008)'],
    ]);
    expect(found('its resolution\n1325 (2000)')).toEqual([['resolution\n1325 (2000)', 'S/RES/1325 (2000)']]);
    expect(found('reso-\nlutions 1820 (2008) and 1888 (2009)')).toEqual([
      ['reso-\nlutions 1820 (2008)', 'S/RES/1820 (2008)'],
      ['1888 (2009)', 'S/RES/1888 (2009)'],
    ]);
    expect(symbols('resolution ES-10/19')).toEqual(['A/RES/ES-10/19']);
    expect(symbols('resolution 70S (1991)')).toEqual(['S/RES/705 (1991)']);
    expect(symbols('DÉCISION 267 (2009) du Conseil d’administration')).toEqual(['S/AC.26/Dec.267 (2009)']);
  });

  it('reads a symbol whose OCR’d series is a digit, inside a run of digits', () => {
    expect(found('see document 5/2002/1005 of the Council')).toEqual([['5/2002/1005', 'S/2002/1005']]);
  });

  it('lets a symbol read first keep its words from starting a reference', () => {
    // "A/Resolution" is read as one (digit-less, so dropped) symbol body: "Resolution" starts nothing.
    expect(found('A/Resolution 1325 (2000)')).toEqual([]);
    expect(found('A/Resolution and resolution 1325 (2000)')).toEqual([
      ['resolution 1325 (2000)', 'S/RES/1325 (2000)'],
    ]);
  });

  it('finds every reference of a long passage full of other numbers', () => {
    const paragraph =
      '12. On 31 October 2005, at its 5294th meeting, the Council noted paragraphs 3 to 7 and 14 of ' +
      'document S/2005/636 and recalled its resolution 1325 (2000); 2,500 staff, 40 per cent, 1/3 of posts. ';
    const text = paragraph.repeat(600); // about 110 000 characters, 12 000 numbers
    const mentions = findSymbols(text);
    expect(mentions).toHaveLength(1200);
    for (const [i, m] of mentions.entries()) {
      expect(m.text).toBe(text.slice(m.start, m.end));
      expect(m.canonical).toEqual([i % 2 === 0 ? 'S/2005/636' : 'S/RES/1325 (2000)']);
    }
  });

  it('finds nothing in a table of numbers, and the one reference among them', () => {
    const numbers = Array.from({ length: 5000 }, (_, i) => String(i * 7)).join(' ');
    expect(findSymbols(numbers)).toEqual([]);
    const text = `${numbers} resolution 1820 (2008) ${numbers}`;
    expect(found(text)).toEqual([['resolution 1820 (2008)', 'S/RES/1820 (2008)']]);
  });
});
