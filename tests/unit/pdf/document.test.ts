import { describe, expect, it } from 'vitest';
import { PdfModel } from '../../../lib/pdf/document';
import { fakePdf } from './fakes';

const url = 'https://documents.un.org/doc/UNDOC/GEN/N00/720/18/PDF/N0072018.pdf';

describe('reading a PDF page by page', () => {
  it('settles the identity from page 1 and reads every page in order, in the background', async () => {
    const pdf = fakePdf([
      [
        'Nations Unies S/RES/1325 (2000)',
        'Le Conseil de sécurité, rappelant les déclarations de son Président sur la question',
      ],
      ['Rappelant ses résolutions 1261 (1999)'],
      null,
      ['Prie le Secrétaire général'],
    ]);
    const seen: number[] = [];
    let yields = 0;
    const model = new PdfModel(pdf, {
      url,
      annotate: true,
      yieldToBrowser: async () => void (yields += 1),
      onPage: (e) => seen.push(e.page),
    });
    await model.start();
    expect(model.identity).toEqual({
      documentSymbol: 'S/RES/1325 (2000)',
      documentKey: 'symbol:S/RES/1325 (2000)',
    });
    expect(model.lang).toBe('fr');
    await model.readAll();
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(yields).toBe(4);
    expect(pdf.reads).toEqual([1, 2, 3, 4]);
    expect(model.complete).toBe(true);
    expect(model.pagesWithoutText()).toEqual([3]);
    expect(model.peek(2)?.analysis?.findings.map((f) => f.symbol?.canonical[0])).toEqual([
      'S/RES/1261 (1999)',
    ]);
  });

  it('reads a page the reader reaches first, and lists only pages read from page 1 without a gap', async () => {
    const pdf = fakePdf([['Page un'], ['Page deux'], ['Page trois S/RES/1820 (2008)']]);
    const model = new PdfModel(pdf, { url, annotate: true });
    const third = await model.page(3);
    expect(third.analysis?.findings).toHaveLength(1);
    expect(model.contiguous().map((e) => e.page)).toEqual([1]);
    await model.page(2);
    expect(model.contiguous().map((e) => e.page)).toEqual([1, 2, 3]);
    // Each page is read once, however often it is asked for.
    await model.readAll();
    expect(pdf.reads.sort()).toEqual([1, 2, 3]);
  });

  it('reads text but recognizes nothing when annotation is off', async () => {
    const model = new PdfModel(fakePdf([['S/RES/1325 (2000)']]), { url, annotate: false });
    const entry = await model.page(1);
    expect(entry.text.text).toBe('S/RES/1325 (2000)');
    expect(entry.analysis).toBeNull();
  });

  it('falls back to the fingerprint for a PDF that does not say what it is', async () => {
    const model = new PdfModel(fakePdf([['Rapport annuel']], 'beef'), { url, annotate: true });
    await model.start();
    expect(model.identity).toEqual({ documentKey: 'pdf:beef' });
    await expect(model.page(9)).rejects.toThrow(RangeError);
  });
});
