import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSymbols, formatSymbol, parseSymbol, type SymbolMention } from '../../../lib/symbols';

/** Pieces of real references, so that random texts come close to symbols and lists often. */
const PIECES = [
  'S',
  'A',
  'E',
  '/',
  'RES',
  'PRST',
  'PV.',
  'Add.',
  'Corr. ',
  'and ',
  ', ',
  ' ',
  '\n',
  '-',
  '(',
  ')',
  '（',
  '1325',
  '2000',
  '70',
  '1',
  '19',
  '2467',
  'XXI',
  'A ',
  'S$',
  '$',
  '8',
  '5',
  '2002',
  '/1005',
  'resolution ',
  'resolutions ',
  'Security Council ',
  'its ',
  'UNSCR ',
  'décision ',
  'résolutions ',
  'y ',
  'резолюции ',
  'Совета Безопасности ',
  'и ',
  'القرار ',
  'قراره ',
  'مجلس الأمن ',
  'و ',
  '(د-21)',
  'رقم ',
  '第',
  '号决议',
  '号决定',
  '、',
  '和',
  '理事会',
  'https://',
  'www.',
  'l',
  '٢٠٠٠',
  '1325 (2000)',
];
const nearSymbols = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 40 });
const anyUnicode = fc.string({ unit: 'binary', maxLength: 120 });
const texts = fc.oneof(
  anyUnicode,
  nearSymbols,
  fc.tuple(anyUnicode, nearSymbols).map(([a, b]) => a + b),
);

function checkMentions(text: string, mentions: SymbolMention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    previousEnd = m.end;
    if (m.ambiguous) {
      expect(m.canonical).toEqual([]);
      expect(m.url).toBe('');
    } else {
      expect(m.canonical.length).toBeGreaterThan(0);
      expect(m.url.startsWith('https://undocs.org/')).toBe(true);
    }
    for (const c of m.canonical) {
      const parsed = parseSymbol(c);
      expect(parsed, c).not.toBeNull();
      expect(formatSymbol(parsed!)).toBe(c);
    }
  }
}

describe('findSymbols on any text', () => {
  it('never throws, and every mention is the exact slice it claims, sorted, without overlaps', () => {
    // Many small inputs: a hang or a super-linear regex shows up as a test timeout.
    fc.assert(
      fc.property(texts, (text) => {
        checkMentions(text, findSymbols(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same mentions whatever document organ the caller passes, for explicit symbols', () => {
    fc.assert(
      fc.property(
        nearSymbols,
        fc.constantFrom('S', 'A', 'E') as fc.Arbitrary<'S' | 'A' | 'E'>,
        (text, organ) => {
          const mentions = findSymbols(text, { organ });
          checkMentions(text, mentions);
          const explicit = (ms: SymbolMention[]) =>
            ms.filter((m) => /\//.test(m.text)).map((m) => m.canonical.join('|'));
          expect(explicit(mentions)).toEqual(explicit(findSymbols(text)));
        },
      ),
      { numRuns: 400 },
    );
  });

  // Bare numbers below 100 are left alone on purpose (see prose.ts), so the references start at 100.
  it('every canonical symbol of a well-formed reference parses back to itself', () => {
    const reference = fc
      .tuple(
        fc.integer({ min: 100, max: 2700 }),
        fc.integer({ min: 1, max: 79 }),
        fc.integer({ min: 1, max: 400 }),
      )
      .map(
        ([n, session, k]) =>
          `resolution ${n}, S/RES/${n}, General Assembly resolution ${session}/${k}, S/${1994 + (n % 30)}/${k}`,
      );
    fc.assert(
      fc.property(reference, (text) => {
        const mentions = findSymbols(text);
        checkMentions(text, mentions);
        expect(mentions.length).toBe(4);
      }),
      { numRuns: 300 },
    );
  });
});
