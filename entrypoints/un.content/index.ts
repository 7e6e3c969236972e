/**
 * Content script on UN pages: annotates the page and answers the side panel.
 * Wiring only; the work is in lib/scan.
 */
import { defineContentScript } from '#imports';
import { UN_MATCHES } from '../../lib/hosts';
import { startPageLens } from '../../lib/scan/content';
import './marks.css';

export default defineContentScript({
  matches: UN_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startPageLens(document, ctx.signal);
  },
});
