/**
 * The analysis worker (see lib/pdf/analyzer.ts): joins a page's text items
 * and runs the recognizers, off the viewer's main thread.
 */
import { analyzeNow, type AnalyzeReply, type AnalyzeRequest } from './analyzer';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<AnalyzeRequest>) => void) | null;
  postMessage: (reply: AnalyzeReply) => void;
};

scope.onmessage = (event) => {
  const { id, page, items, options } = event.data;
  try {
    scope.postMessage({ id, ok: true, result: analyzeNow(page, items, options) });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: String(error) });
  }
};
