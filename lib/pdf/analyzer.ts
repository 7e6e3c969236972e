/**
 * Where a page's text is joined and recognized: in a Web Worker when the
 * viewer runs, so the recognizers never hold the main thread while the reader
 * scrolls (the text layer and the highlights are all the main thread does),
 * or in the calling thread (tests, or if the worker cannot start).
 */
import { analyzePage, type AnalyzeOptions, type PageAnalysis } from './analyze';
import { joinPageText, type PageText, type TextItemLike } from './text';

export interface AnalyzedPage {
  text: PageText;
  /** Null when no analysis was asked for. */
  analysis: PageAnalysis | null;
  /** Time spent joining and recognizing, in ms (in the worker when there is one). */
  ms: number;
}

/** Joins a page's items and, given options, runs the recognizers on it. */
export type PageAnalyzer = (
  page: number,
  items: readonly unknown[],
  options: AnalyzeOptions | null,
) => Promise<AnalyzedPage>;

export interface AnalyzeRequest {
  id: number;
  page: number;
  items: TextItemLike[];
  options: AnalyzeOptions | null;
}

export type AnalyzeReply =
  { id: number; ok: true; result: AnalyzedPage } | { id: number; ok: false; error: string };

/** The work itself, shared by both analyzers. */
export function analyzeNow(
  page: number,
  items: readonly unknown[],
  options: AnalyzeOptions | null,
): AnalyzedPage {
  const started = performance.now();
  const text = joinPageText(items);
  const analysis = options ? analyzePage(page, text, options) : null;
  return { text, analysis, ms: performance.now() - started };
}

export const inThreadAnalyzer: PageAnalyzer = async (page, items, options) =>
  analyzeNow(page, items, options);

/** Only what joining needs crosses to the worker (pdf.js items carry more). */
function slim(items: readonly unknown[]): TextItemLike[] {
  const out: TextItemLike[] = [];
  for (const item of items) {
    const i = item as TextItemLike;
    if (typeof i?.str !== 'string') continue;
    out.push({
      str: i.str,
      hasEOL: !!i.hasEOL,
      transform: i.transform,
      width: i.width,
      height: i.height,
      dir: i.dir,
    });
  }
  return out;
}

/**
 * An analyzer running in the worker `start()` creates. If the worker fails
 * (it could not load, or it crashed), this page and the next are analyzed in
 * the calling thread instead: slower, never lost.
 */
export function workerAnalyzer(start: () => Worker): PageAnalyzer {
  let worker: Worker | null = null;
  let broken = false;
  let next = 0;
  const pending = new Map<number, { resolve: (r: AnalyzedPage) => void; reject: (e: Error) => void }>();

  const failAll = (reason: string) => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) p.reject(new Error(reason));
    pending.clear();
  };
  const ensure = (): Worker | null => {
    if (broken) return null;
    if (worker) return worker;
    try {
      worker = start();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<AnalyzeReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new Error(reply.error));
    };
    worker.onerror = () => failAll('the analysis worker failed');
    return worker;
  };

  return (page, items, options) => {
    const target = ensure();
    if (!target) return inThreadAnalyzer(page, items, options);
    const id = (next += 1);
    const request: AnalyzeRequest = { id, page, items: slim(items), options };
    return new Promise<AnalyzedPage>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      target.postMessage(request);
    }).catch(() => inThreadAnalyzer(page, items, options));
  };
}
