/**
 * Judges every passage of the report in small slices after the first paint,
 * so a 2,000-passage document shows its first passages at once and its
 * scorecard when the whole document is judged. Judgements go through the
 * shared cache, so passages the list already showed are not judged twice.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DocumentOverview, PassageAnalysis } from '../../lib/link/types';
import type { PageReport } from '../../lib/messaging/protocol';
import type { AnalysisCache } from '../../lib/panel/analysis-cache';
import type { PanelApi } from '../../lib/panel/api';

/** Longest stretch of judging before giving the page back to the browser. */
const SLICE_MS = 8;

export interface DocumentAnalysis {
  overview: DocumentOverview | null;
  done: number;
  total: number;
}

export function useDocumentAnalysis(
  report: PageReport | null,
  cache: AnalysisCache,
  api: PanelApi,
): DocumentAnalysis {
  const total = report?.passages.length ?? 0;
  const [state, setState] = useState<DocumentAnalysis>({ overview: null, done: 0, total });

  useEffect(() => {
    if (!report) return;
    const options = {
      lang: report.lang,
      ...(report.documentSymbol ? { documentSymbol: report.documentSymbol } : {}),
    };
    const passages = report.passages;
    const analyses: PassageAnalysis[] = [];
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastShown = 0;

    const step = () => {
      if (cancelled) return;
      const until = performance.now() + SLICE_MS;
      while (analyses.length < passages.length && performance.now() < until) {
        analyses.push(cache.get(passages[analyses.length]!.text, options));
      }
      if (analyses.length === passages.length) {
        setState({ overview: api.overview(analyses), done: analyses.length, total: passages.length });
        return;
      }
      // Progress at most every 100 ms: each update re-renders the panel.
      if (performance.now() - lastShown > 100) {
        lastShown = performance.now();
        setState((s) => ({ ...s, done: analyses.length, total: passages.length }));
      }
      timer = setTimeout(step, 0);
    };
    setState((s) => ({ ...s, done: 0, total: passages.length }));
    timer = setTimeout(step, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [report, cache, api]);

  return state;
}
