import { describe, expect, it } from 'vitest';
import { foldText, LibrarySearch, normalizeTerm, tokenize } from '../../../components/library/search-index';
import { scanPassages } from '../../../components/library/select';
import { samplePassage } from '../db/samples';

const withQuote = (exact: string, more = {}) =>
  samplePassage({
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    },
    ...more,
  });

describe('library search', () => {
  it('finds words in any of the six languages, Chinese without spaces', () => {
    const zh = withQuote('安全理事会强调妇女充分参与和平进程');
    const ar = withQuote('مشاركة المرأة الكاملة في عمليات السلام');
    const ru = withQuote('полноправное участие женщин в мирных процессах');
    const search = new LibrarySearch();
    search.sync([zh, ar, ru]);
    expect(search.search('妇女参与')).toEqual([zh.id]);
    expect(search.search('مشاركة المرأة')).toEqual([ar.id]);
    // With vowel marks typed, the same words are found.
    expect(search.search('مُشَارَكَة')).toEqual([ar.id]);
    expect(search.search('УЧАСТИЕ женщин')).toEqual([ru.id]);
  });

  it('follows additions, edits and deletions without reindexing the rest', () => {
    const a = withQuote('gender advisers in every mission');
    const b = withQuote('national action plans on women and peace and security');
    const search = new LibrarySearch();
    expect(search.sync([a, b])).toBe(2);
    expect(search.sync([a, b])).toBe(0);
    const edited = { ...a, note: 'follow up with DPPA', updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(search.sync([edited, b])).toBe(1);
    expect(search.search('dppa')).toEqual([a.id]);
    expect(search.sync([b])).toBe(1);
    expect(search.search('advisers')).toEqual([]);
    expect(search.size).toBe(1);
  });

  it('needs every word, allows a prefix and a small typo in longer words', () => {
    const a = withQuote(
      'monitoring, analysis and reporting arrangements on conflict-related sexual violence',
    );
    const b = withQuote('sexual exploitation and abuse by peacekeepers');
    const search = new LibrarySearch();
    search.sync([a, b]);
    expect(search.search('sexual violence')).toEqual([a.id]);
    expect(search.search('sexual')).toHaveLength(2);
    expect(search.search('monitor')).toEqual([a.id]);
    expect(search.search('arrangments')).toEqual([a.id]);
  });

  it('answers from a plain scan while the index is still being built, and the index agrees once built', async () => {
    const passages = Array.from({ length: 1200 }, (_, i) =>
      withQuote(i % 100 === 0 ? `Le Conseil de sécurité, réunion ${i}` : `Other business ${i}`),
    );
    const search = new LibrarySearch();
    const building = search.syncInSlices(passages, 500);
    const scanned = scanPassages(passages, 'securite reunion', foldText);
    expect(scanned).toHaveLength(12);
    expect(await building).toBe(1200);
    expect(search.search('securite reunion').sort()).toEqual([...scanned].sort());
  });

  it('splits and folds terms', () => {
    expect(tokenize('S/RES/1325 (2000) 和平进程 peace-keeping')).toEqual([
      'S',
      'RES',
      '1325',
      '2000',
      '和',
      '平',
      '进',
      '程',
      'peace',
      'keeping',
    ]);
    expect(normalizeTerm('Résolution')).toBe('resolution');
    expect(normalizeTerm('العـــدالة')).toBe('العدالة');
  });
});
