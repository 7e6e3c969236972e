/**
 * The content script's behaviour, given the page's document: annotate it,
 * keep the side panel informed, and answer its requests.
 */
import { onMessages, sendToExtension, type PageReport } from '../messaging';
import { Annotator } from './annotate';
import { symbolMatcher } from './matcher';
import { buildReport } from './report';

export function startPageLens(doc: Document, signal: AbortSignal): void {
  const root = doc.body;
  if (!root) return;
  const page = () => ({
    url: doc.location.href,
    title: doc.title,
    lang: doc.documentElement.lang || 'und',
  });
  let status: PageReport['status'] = 'loading';
  const annotator = new Annotator(root, {
    matcher: symbolMatcher(),
    signal,
    onProgress: (a) => void sendToExtension('page/updated', buildReport(a, page(), status)),
  });
  const stop = onMessages({
    'page/get': () => buildReport(annotator, page(), status),
  });
  signal.addEventListener('abort', () => {
    stop();
    annotator.clear();
  });
  void annotator.run().then(() => {
    if (signal.aborted) return;
    status = 'ready';
    void sendToExtension('page/updated', buildReport(annotator, page(), status));
  });
}
