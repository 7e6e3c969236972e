import { describe, expect, it } from 'vitest';
import { organOf, pdfKey, symbolKey, urlKey, urlSymbolCandidates } from '../../../lib/model/document-key';

describe('document keys', () => {
  it('files a document by symbol, fingerprint or URL without its fragment', () => {
    expect(symbolKey('S/RES/1325 (2000)')).toBe('symbol:S/RES/1325 (2000)');
    expect(pdfKey('ab12')).toBe('pdf:ab12');
    expect(urlKey('https://www.un.org/news/x.html#top')).toBe('url:https://www.un.org/news/x.html');
  });

  it('names the organ of S, A and E symbols only', () => {
    expect(organOf('S/RES/1325 (2000)')).toBe('S');
    expect(organOf('A/RES/80/11')).toBe('A');
    expect(organOf('SC/13998')).toBeUndefined();
    expect(organOf(undefined)).toBeUndefined();
  });
});

describe('urlSymbolCandidates', () => {
  const everywhere = { params: ['s', 'symbol'], pathOn: () => true, fileName: true };

  it('offers the query, then the path without its language, then the file name', () => {
    expect(
      urlSymbolCandidates('https://docs.un.org/fr/S%2FRES%2F1820%20(2008)?symbol=S/2019/800', everywhere),
    ).toEqual({
      host: 'docs.un.org',
      path: '/fr/S/RES/1820 (2008)',
      candidates: ['S/2019/800', 'S/RES/1820 (2008)'],
    });
    expect(
      urlSymbolCandidates(
        'https://digitallibrary.un.org/record/1/files/S_RES_1325%282000%29-FR.pdf',
        everywhere,
      )?.candidates,
    ).toEqual(['record/1/files/S_RES_1325(2000)-FR.pdf', 'S/RES/1325(2000)-FR.pdf']);
  });

  it('reads the path only on the hosts asked for, and nothing from what is not a URL', () => {
    const undocsOnly = { params: [], pathOn: (host: string) => host === 'undocs.org' };
    expect(urlSymbolCandidates('https://www.un.org/en/S/RES/1325(2000)', undocsOnly)?.candidates).toEqual([]);
    expect(urlSymbolCandidates('https://undocs.org/en/S/RES/1325(2000)', undocsOnly)?.candidates).toEqual([
      'S/RES/1325(2000)',
    ]);
    expect(urlSymbolCandidates('not a url', undocsOnly)).toBeUndefined();
  });
});
