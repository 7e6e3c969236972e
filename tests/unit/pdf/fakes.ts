/** A pdf.js document stand-in for the model and lens tests: pages of text items. */
import type { SavedPassage } from '../../../lib/model/saved-passage';
import type { PdfSource } from '../../../lib/pdf/document';
import { pageItems } from './items';

export function fakePdf(pages: (string[] | null)[], fingerprint = 'fp-1'): PdfSource & { reads: number[] } {
  const reads: number[] = [];
  return {
    numPages: pages.length,
    fingerprints: [fingerprint, null],
    reads,
    async getPage(n: number) {
      const lines = pages[n - 1];
      if (lines === undefined) throw new RangeError(`no page ${n}`);
      return {
        async getTextContent() {
          reads.push(n);
          return { items: lines ? pageItems(lines) : [], lang: null };
        },
      };
    },
  };
}

/** A saved passage record with just the selectors that matter here. */
export function savedOn(
  id: string,
  exact: string,
  context: { prefix?: string; suffix?: string; page?: number; start?: number } = {},
): SavedPassage {
  return {
    id,
    url: 'https://documents.un.org/x.pdf',
    documentKey: 'symbol:S/RES/1325 (2000)',
    title: 'S/RES/1325 (2000)',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: context.prefix ?? '', suffix: context.suffix ?? '' },
      position: {
        type: 'TextPositionSelector',
        start: context.start ?? 0,
        end: (context.start ?? 0) + [...exact].length,
      },
      ...(context.page !== undefined ? { page: context.page } : {}),
    },
    themes: [],
    recommendations: [],
    provisions: [],
    note: '',
    tags: [],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  };
}
