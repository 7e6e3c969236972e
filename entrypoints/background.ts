/** Background service worker: wiring only; each service lives in lib/background. */
import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { register as registerKb } from '../lib/background/kb-service';
import { register as registerPanel } from '../lib/background/panel-service';
import { register as registerPassages } from '../lib/background/passages-service';
import { register as registerPdf } from '../lib/background/pdf-service';

export default defineBackground(() => {
  // The toolbar button opens the reading companion: Chrome's side panel by the
  // panel behaviour; Firefox has no side panel API, so the click toggles its
  // sidebar (synchronously, while the click still counts as a user action).
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else {
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    browser.action.onClicked.addListener(() => void sidebar?.toggle().catch(() => undefined));
  }
  registerKb();
  registerPanel();
  registerPassages();
  registerPdf();
});
