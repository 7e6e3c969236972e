/**
 * Content script on UN pages: annotates the page, shows cards on highlights
 * and answers the side panel. Wiring only; the work is in lib/scan.
 *
 * `marks.css` (page-level highlight styles) is injected by the manifest; the
 * card's styles live in its shadow root only (`card.css?inline`), so nothing
 * of the card's can style the page and nothing of the page's the card.
 */
import { createShadowRootUi, defineContentScript } from '#imports';
import { h, render } from 'preact';
import { Card } from '../../components/inpage/Card';
import { UN_MATCHES } from '../../lib/hosts';
import { startPageLens } from '../../lib/scan/content';
import { OWN_UI_ATTR } from '../../lib/scan/passages';
import cardCss from '../../components/inpage/card.css?inline';
import './marks.css';

export default defineContentScript({
  matches: UN_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startPageLens(document, ctx.signal, {
      createSurface: async () => {
        const ui = await createShadowRootUi(ctx, {
          name: 'lens-card',
          css: cardCss,
          // Open, so assistive tools and tests can read it; the card acts only
          // on trusted (reader-made) events, so page scripts cannot use it.
          mode: 'open',
          position: 'inline',
          // Outside <body>: the page's own text and layout stay exactly as they were.
          anchor: () => document.documentElement,
          append: 'last',
          isolateEvents: ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click'],
          onMount: (container) => container,
        });
        ui.shadowHost.setAttribute(OWN_UI_ATTR, '');
        ui.mount();
        return {
          host: ui.shadowHost,
          render: (props) => render(props ? h(Card, props) : null, ui.uiContainer),
          remove: () => {
            render(null, ui.uiContainer);
            ui.remove();
          },
        };
      },
    });
  },
});
