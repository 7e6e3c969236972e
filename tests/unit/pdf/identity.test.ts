import { describe, expect, it } from 'vitest';
import { documentIdentity, organOf, symbolFromFirstPage, symbolFromUrl } from '../../../lib/pdf/identity';

describe('the document a PDF is', () => {
  it('reads the symbol from the addresses UN documents are served at', () => {
    expect(symbolFromUrl('https://undocs.org/S/RES/1325(2000)')).toBe('S/RES/1325 (2000)');
    expect(symbolFromUrl('https://undocs.org/fr/S/RES/1325(2000)')).toBe('S/RES/1325 (2000)');
    expect(symbolFromUrl('https://documents.un.org/api/symbol/access?s=S/RES/1325(2000)&l=fr&t=pdf')).toBe(
      'S/RES/1325 (2000)',
    );
    expect(symbolFromUrl('https://docs.un.org/en/S/2024/671')).toBe('S/2024/671');
    expect(
      symbolFromUrl('https://digitallibrary.un.org/record/426075/files/S_RES_1325%282000%29-FR.pdf?ln=fr'),
    ).toBe('S/RES/1325 (2000)');
  });

  it('finds no symbol in a job-number address', () => {
    expect(
      symbolFromUrl('https://documents.un.org/doc/UNDOC/GEN/N00/720/18/PDF/N0072018.pdf'),
    ).toBeUndefined();
    expect(symbolFromUrl('not a url')).toBeUndefined();
  });

  it('takes the symbol in the first page’s header, written as a symbol', () => {
    expect(symbolFromFirstPage('Nations Unies S/RES/1325 (2000) Conseil de sécurité Distr. générale')).toBe(
      'S/RES/1325 (2000)',
    );
    // A publication about the resolution is not the resolution.
    expect(
      symbolFromFirstPage(
        'La Résolution 1325 du Conseil de sécurité de l’ONU sur les femmes, la paix et la sécurité',
      ),
    ).toBeUndefined();
    // A symbol far down the page is a reference, not the header.
    expect(symbolFromFirstPage(`${'Introduction. '.repeat(40)}S/2000/693`)).toBeUndefined();
  });

  it('is the symbol when known, else the PDF fingerprint, else the URL', () => {
    const job = 'https://documents.un.org/doc/UNDOC/GEN/N00/720/18/PDF/N0072018.pdf';
    expect(
      documentIdentity({ url: job, firstPageText: 'Nations Unies S/RES/1325 (2000)', fingerprint: 'ab' }),
    ).toEqual({
      documentSymbol: 'S/RES/1325 (2000)',
      documentKey: 'symbol:S/RES/1325 (2000)',
    });
    // The same document from another address: the same key.
    expect(
      documentIdentity({ url: 'https://undocs.org/S/RES/1325(2000)', fingerprint: 'cd' }).documentKey,
    ).toBe('symbol:S/RES/1325 (2000)');
    expect(documentIdentity({ url: job, firstPageText: 'Rapport', fingerprint: 'ab12' })).toEqual({
      documentKey: 'pdf:ab12',
    });
    expect(documentIdentity({ url: `${job}#page=2` })).toEqual({ documentKey: `url:${job}` });
  });

  it('names the organ for the recognizer', () => {
    expect(organOf('S/RES/1325 (2000)')).toBe('S');
    expect(organOf('A/RES/80/11')).toBe('A');
    expect(organOf('ST/SGB/2003/13')).toBeUndefined();
    expect(organOf(undefined)).toBeUndefined();
  });
});
