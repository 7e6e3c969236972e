/**
 * Saved passages for export tests: realistic records (real symbols, our own
 * notes) and an arbitrary generator of valid ones for round-trip properties.
 */
import fc from 'fast-check';
import type { SavedPassage } from '../../../lib/model/saved-passage';
import { RECOMMENDATION_IDS, THEME_IDS } from '../../../lib/model/themes';

export function passage(overrides: Partial<SavedPassage> = {}): SavedPassage {
  return {
    id: '0a4f4b3e-6c1d-4f7a-9b2e-1325aa000001',
    url: 'https://undocs.org/S/RES/1325(2000)',
    documentKey: 'symbol:S/RES/1325 (2000)',
    symbol: 'S/RES/1325 (2000)',
    title: 'Resolution 1325 (2000)',
    lang: 'en',
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'Urges Member States to ensure increased representation of women',
        prefix: 'of the matter,\n1. ',
        suffix: ' at all decision-making levels',
      },
      position: { type: 'TextPositionSelector', start: 1204, end: 1268 },
    },
    themes: ['participation'],
    recommendations: [],
    provisions: [{ symbol: 'S/RES/1325 (2000)', paragraph: 'OP1' }],
    note: 'Key operative paragraph; compare with 2242 (2015), OP1.',
    tags: ['op1', 'representation'],
    createdAt: '2026-11-20T09:15:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    ...overrides,
  };
}

/** A few passages from two documents, one from a PDF page, with awkward characters. */
export function samplePassages(): SavedPassage[] {
  return [
    passage(),
    passage({
      id: '0a4f4b3e-6c1d-4f7a-9b2e-1325aa000002',
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact:
            'Calls on all parties to armed conflict to take special measures to protect women and girls from gender-based violence',
          prefix: '9. ',
          suffix: ', particularly rape',
        },
        position: { type: 'TextPositionSelector', start: 3010, end: 3126 },
      },
      themes: ['protection', 'sexual-violence'],
      recommendations: ['ngowg-2007-2b'],
      provisions: [{ symbol: 'S/RES/1325 (2000)', paragraph: 'OP10' }],
      note: '=HYPERLINK("https://evil.example","click")\n"quoted", with comma',
      tags: ['-minus', '@at'],
    }),
    passage({
      id: '0a4f4b3e-6c1d-4f7a-9b2e-1325aa000003',
      url: 'https://documents.un.org/doc/undoc/gen/n15/311/20/pdf/n1531120.pdf#page=3',
      documentKey: 'pdf:9f86d081884c7d659a2feaa0c55ad015',
      symbol: 'S/RES/2242 (2015)',
      title: 'Resolution 2242 (2015) — 安全理事会 𝐀',
      lang: 'zh',
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: '妇女、和平与安全 😀', prefix: '', suffix: '议程' },
        position: { type: 'TextPositionSelector', start: 12, end: 22 },
        page: 3,
      },
      themes: ['oversight'],
      recommendations: ['ngowg-2007-1'],
      provisions: [],
      note: '',
      tags: [],
    }),
  ];
}

const date = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) })
  .map((t) => new Date(t).toISOString());

/** Text without control characters or lone surrogates (what the importer keeps as is). */
/** What the importer removes from one-line and multi-line text. */
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const NOT_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const NOT_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

const cleanString = (maxLength: number, line = false) =>
  fc.string({ unit: 'grapheme', maxLength }).map((s) => s.replace(line ? NOT_IN_LINE : NOT_IN_TEXT, ''));

const uniqueIds = <T extends string>(ids: readonly T[]) => fc.subarray([...ids]);

/** Arbitrary valid saved passages, already in the form the importer normalizes to. */
export const arbitraryPassage: fc.Arbitrary<SavedPassage> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    host: fc.constantFrom('www.un.org', 'undocs.org', 'documents.un.org', 'press.un.org'),
    path: fc.stringMatching(/^[a-z0-9/_-]{0,30}$/),
    hasSymbol: fc.boolean(),
    symbol: fc.constantFrom('S/RES/1325 (2000)', 'A/RES/80/11', 'S/PRST/2004/40'),
    title: cleanString(80, true),
    lang: fc.option(fc.constantFrom('en', 'fr', 'es', 'ru', 'ar', 'zh', 'zh-Hans'), { nil: undefined }),
    exact: cleanString(200).filter((s) => s.trim().length > 0),
    prefix: cleanString(32),
    suffix: cleanString(32),
    start: fc.nat(1_000_000),
    length: fc.nat(500),
    page: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
    themes: uniqueIds(THEME_IDS),
    recommendations: uniqueIds(RECOMMENDATION_IDS),
    provisions: fc.array(fc.record({ symbol: cleanString(20, true), paragraph: cleanString(8, true) }), {
      maxLength: 3,
    }),
    note: cleanString(300),
    tags: fc.uniqueArray(
      cleanString(20, true)
        .map((t) => t.trim())
        .filter(Boolean),
      { maxLength: 5 },
    ),
    createdAt: date,
    updatedAt: date,
  })
  .map((r) => {
    const url = `https://${r.host}/${r.path}`;
    const p: SavedPassage = {
      id: r.id,
      url,
      documentKey: r.hasSymbol ? `symbol:${r.symbol}` : `url:${url}`,
      ...(r.hasSymbol && { symbol: r.symbol }),
      title: r.title,
      ...(r.lang !== undefined && { lang: r.lang }),
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix },
        position: { type: 'TextPositionSelector', start: r.start, end: r.start + r.length },
        ...(r.page !== undefined && { page: r.page }),
      },
      themes: r.themes,
      recommendations: r.recommendations,
      provisions: r.provisions.map((v) => ({ symbol: v.symbol, paragraph: v.paragraph })),
      note: r.note,
      tags: r.tags,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
    return p;
  });
