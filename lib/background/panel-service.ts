/**
 * Background service: panel. Answers `panel/open` ("Show in side panel" on an
 * on-page card): opens the side panel for the sender's tab and leaves what to
 * select (passage, symbol) in session storage for the panel to pick up.
 *
 * Browsers open a side panel only in response to a user gesture. The card's
 * click carries one to this listener, but only while the listener runs: so
 * `sidePanel.open` (Chrome) / `sidebarAction.open` (Firefox) is called
 * synchronously here, before anything is awaited. That is why this service
 * has its own `runtime.onMessage` listener instead of `onMessages` (whose
 * handlers run a microtask later); it makes the same envelope and sender
 * checks. When the browser refuses, the answer is `false` and the card tells
 * the reader to use the toolbar button.
 *
 * `register` runs at every service-worker start and keeps no state in memory.
 */
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { ALLOWED_SENDERS, classifySender, type Args, type Reply } from '../messaging';

/** What the panel should select when it opens (or now, if it is open). */
export interface PanelFocus {
  tabId: number;
  passageIndex?: number;
  symbol?: string;
  /** When it was asked (ms since epoch): a panel ignores an old request. */
  at: number;
}

/** Session storage (cleared when the browser closes); the side panel reads and watches it. */
export const panelFocusItem = storage.defineItem<PanelFocus | null>('session:panelFocus', { fallback: null });

type OpenArgs = Args<'panel/open'>;

interface PanelApis {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function register(): void {
  browser.runtime.onMessage.addListener(onMessage);
}

function onMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (reply: Reply<boolean>) => void,
): boolean {
  const args = panelOpenArgs(message);
  if (!args) return false;
  const kind = classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
  if (kind === null || !ALLOWED_SENDERS['panel/open'].includes(kind)) return false;
  const tabId = sender.tab?.id;
  const opening = openPanel(browser as unknown as PanelApis, tabId);
  void opening.then(async (opened) => {
    if (tabId !== undefined) {
      await panelFocusItem.setValue({ tabId, ...args, at: Date.now() }).catch(() => undefined);
    }
    sendResponse({ ok: true, value: opened });
  });
  return true;
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) now, inside the caller's
 * user gesture. Resolves false when the browser refuses or has neither.
 */
export function openPanel(apis: PanelApis, tabId: number | undefined): Promise<boolean> {
  try {
    if (apis.sidePanel?.open && tabId !== undefined) {
      return apis.sidePanel.open({ tabId }).then(
        () => true,
        () => false,
      );
    }
    if (apis.sidebarAction?.open) {
      return apis.sidebarAction.open().then(
        () => true,
        () => false,
      );
    }
  } catch {
    // Thrown synchronously when called outside a gesture in some versions.
  }
  return Promise.resolve(false);
}

/** The arguments of a well-formed `panel/open` envelope, or null for anything else. */
function panelOpenArgs(message: unknown): OpenArgs | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.lens !== 1 || m.type !== 'panel/open') return null;
  const a = (typeof m.args === 'object' && m.args !== null ? m.args : {}) as Record<string, unknown>;
  const out: OpenArgs = {};
  if (typeof a.passageIndex === 'number' && Number.isInteger(a.passageIndex) && a.passageIndex >= 0) {
    out.passageIndex = a.passageIndex;
  }
  if (typeof a.symbol === 'string' && a.symbol.length > 0 && a.symbol.length < 200) out.symbol = a.symbol;
  return out;
}
