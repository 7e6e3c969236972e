import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../lib/pdf/analyze';
import { buildPdfReport } from '../../../lib/pdf/report';
import { joinPageText } from '../../../lib/pdf/text';
import { pageItems } from './items';

const page1 = joinPageText(
  pageItems([
    'Nations Unies S/RES/1325 (2000)',
    { pieces: ['Le Conseil de sécurité,'], paragraph: true },
    { pieces: ['Rappelant ses résolutions 1261 (1999) et S/RES/'], paragraph: true },
    '1314 (2000), et soulignant la participation des femmes,',
    { pieces: ['Ayant présents à l’esprit les buts de la Charte,'], paragraph: true },
  ]),
);

describe('analyzing a page', () => {
  const analysis = analyzePage(1, page1, { lang: 'fr', organ: 'S' });

  it('finds the symbols of the joined text, once each, in order', () => {
    const symbols = analysis.findings.filter((f) => f.kind === 'symbol').map((f) => f.symbol!.canonical[0]);
    expect(symbols).toEqual(['S/RES/1325 (2000)', 'S/RES/1261 (1999)', 'S/RES/1314 (2000)']);
    for (let i = 1; i < analysis.findings.length; i++) {
      expect(analysis.findings[i]!.start).toBeGreaterThanOrEqual(analysis.findings[i - 1]!.end);
    }
    const symbol = analysis.findings.find((f) => f.kind === 'symbol')!;
    expect(symbol.attrs).toMatchObject({ 'data-wps-kind': 'symbol', 'data-wps-symbol': 'S/RES/1325 (2000)' });
  });

  it('groups mentions into the paragraphs that carry them, offsets relative to the paragraph', () => {
    expect(analysis.passages.map((p) => p.text)).toEqual([
      'Nations Unies S/RES/1325 (2000)',
      'Rappelant ses résolutions 1261 (1999) et S/RES/1314 (2000), et soulignant la participation des femmes,',
    ]);
    const second = analysis.passages[1]!;
    for (const m of second.symbols) expect(second.text.slice(m.start, m.end)).toBe(m.text);
    for (const m of second.terms) expect(second.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds nothing on a page without text', () => {
    expect(analyzePage(2, joinPageText([]), {})).toMatchObject({ findings: [], passages: [] });
  });
});

describe('the report a PDF sends', () => {
  const analyses = [analyzePage(1, page1, { lang: 'fr' }), analyzePage(2, page1, { lang: 'fr' })];
  const input = {
    url: 'https://documents.un.org/x.pdf',
    title: 'S/RES/1325 (2000)',
    lang: 'fr',
    identity: { documentSymbol: 'S/RES/1325 (2000)', documentKey: 'symbol:S/RES/1325 (2000)' },
    status: 'ready' as const,
    pageCount: 3,
    fingerprint: 'f00',
    analyses,
    pagesWithoutText: [3],
    saved: [{ id: 'a', found: true }],
  };

  it('numbers passages in document order, each with its page, and counts symbols', () => {
    const report = buildPdfReport(input);
    expect(report.passages.map((p) => [p.index, p.page])).toEqual([
      [0, 1],
      [1, 1],
      [2, 2],
      [3, 2],
    ]);
    expect(report.symbols.find((s) => s.canonical === 'S/RES/1325 (2000)')?.count).toBe(2);
    expect(report.pdf).toEqual({ pageCount: 3, fingerprint: 'f00', pagesWithoutText: [3] });
    expect(report.documentKey).toBe('symbol:S/RES/1325 (2000)');
  });

  it('carries no findings when the reader switched the site off', () => {
    const report = buildPdfReport({ ...input, status: 'disabled' });
    expect(report).toMatchObject({ status: 'disabled', symbols: [], passages: [], saved: [] });
  });
});
