// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { documentIdentity, symbolFromPage, symbolFromUrl } from '../../../lib/scan/document';
import { setBody } from '../dom';

describe('symbolFromUrl', () => {
  it.each([
    ['https://undocs.org/S/RES/1325(2000)', 'S/RES/1325 (2000)'],
    ['https://undocs.org/en/S/RES/2467(2019)', 'S/RES/2467 (2019)'],
    ['https://undocs.org/fr/S%2FRES%2F1820%20(2008)', 'S/RES/1820 (2008)'],
    ['https://documents.un.org/api/symbol/access?symbol=S/RES/2242(2015)&l=en', 'S/RES/2242 (2015)'],
    ['https://press.un.org/en/2019/sc13998.doc.htm', 'SC/13998'],
    ['https://www.un.org/press/en/2015/sc12076.doc.htm', undefined],
    ['https://www.un.org/securitycouncil/content/women-peace-and-security', undefined],
    ['not a url', undefined],
  ])('%s -> %s', (url, symbol) => {
    expect(symbolFromUrl(url)).toBe(symbol);
  });
});

describe('symbolFromPage and documentIdentity', () => {
  it('reads the symbol a page prints at its top, not a symbol it merely cites', () => {
    setBody(
      '<header><div class="symbol">S/RES/2493 (2019)</div></header><h1>Resolution</h1><p>Recalling resolution 1325 (2000)</p>',
    );
    expect(symbolFromPage(document)).toBe('S/RES/2493 (2019)');
    setBody('<h1>Security Council Unanimously Adopts Resolution 2493 (2019)</h1><p>S/RES/1325 (2000)</p>');
    expect(symbolFromPage(document)).toBeUndefined();
  });

  it('keys a document by its symbol, else by its URL without the fragment', () => {
    setBody('<h1>News</h1>');
    expect(documentIdentity(document, 'https://www.un.org/news/x.html#top')).toEqual({
      documentKey: 'url:https://www.un.org/news/x.html',
    });
    expect(documentIdentity(document, 'https://undocs.org/S/RES/1325(2000)')).toEqual({
      documentSymbol: 'S/RES/1325 (2000)',
      documentKey: 'symbol:S/RES/1325 (2000)',
      organ: 'S',
    });
  });
});
