/** Background service worker: wiring only. */
import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. (Firefox has a sidebar of its own.)
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
});
