/**
 * The `PageReport` a PDF sends to the side panel: the same shape as an HTML
 * page's, plus `pdf` (page count, fingerprint, pages without text) and a page
 * number on each passage. DOM-free.
 */
import type { PageReport, SavedAnchorStatus, SymbolSummary } from '../messaging/protocol';
import { passageReports, type PageAnalysis } from './analyze';
import type { DocumentIdentity } from './identity';

export interface PdfReportInput {
  url: string;
  title: string;
  lang: string;
  identity: DocumentIdentity;
  status: PageReport['status'];
  pageCount: number;
  fingerprint: string;
  /**
   * Analyses of the pages read so far, from page 1 without a gap: passage
   * indices are positions in document order and must not change as later
   * pages arrive.
   */
  analyses: readonly PageAnalysis[];
  pagesWithoutText: number[];
  saved: SavedAnchorStatus[];
}

/** Builds the report; with status `disabled` it carries no findings. */
export function buildPdfReport(input: PdfReportInput): PageReport {
  const symbols = new Map<string, SymbolSummary>();
  const passages: PageReport['passages'] = [];
  if (input.status !== 'disabled') {
    for (const analysis of input.analyses) {
      for (const f of analysis.findings) {
        const canonical = f.symbol?.canonical[0];
        if (!f.symbol || !canonical) continue;
        const known = symbols.get(canonical);
        if (known) known.count += 1;
        else
          symbols.set(canonical, {
            canonical,
            kind: f.symbol.kind,
            url: f.symbol.url,
            count: 1,
            firstText: f.text,
          });
      }
      passages.push(...passageReports(analysis, passages.length));
    }
  }
  return {
    url: input.url,
    title: input.title,
    lang: input.lang,
    ...(input.identity.documentSymbol ? { documentSymbol: input.identity.documentSymbol } : {}),
    documentKey: input.identity.documentKey,
    status: input.status,
    symbols: [...symbols.values()],
    passages,
    saved: input.status === 'disabled' ? [] : input.saved,
    pdf: {
      pageCount: input.pageCount,
      fingerprint: input.fingerprint,
      pagesWithoutText: input.pagesWithoutText,
    },
  };
}
