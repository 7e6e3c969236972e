/** Background service worker: wiring only; each service lives in lib/background. */
import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { register as registerKb } from '../lib/background/kb-service';
import { register as registerPanel } from '../lib/background/panel-service';
import { register as registerPassages } from '../lib/background/passages-service';
import { register as registerPdf } from '../lib/background/pdf-service';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. (Firefox has a sidebar of its own.)
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  registerKb();
  registerPanel();
  registerPassages();
  registerPdf();
});
