/**
 * Message senders as the browser describes them (`runtime.MessageSender`):
 * our own contexts, and forgeries a hostile page or another extension could
 * produce. `deliver` hands a message to the listeners `onMessages` registered
 * on WXT's fake browser, the way the browser would.
 */
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply, SenderKind } from '../../../lib/messaging';

type Sender = Browser.runtime.MessageSender;

/** WXT's fake browser's extension id and origin (`runtime.id`, `runtime.getURL('/')`). */
export const OWN_ID = 'test-extension-id';
export const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;

const tab = (id: number, url: string) => ({ id, url, index: 0, windowId: 1 }) as Browser.tabs.Tab;

export interface NamedSender {
  name: string;
  sender: Sender;
  /** What `classifySender` must make of it. */
  kind: SenderKind | null;
}

export const OURS: NamedSender[] = [
  {
    name: 'our content script on a UN page',
    sender: {
      id: OWN_ID,
      url: 'https://www.un.org/en/x.html',
      tab: tab(3, 'https://www.un.org/en/x.html'),
      frameId: 0,
    },
    kind: 'content-script',
  },
  {
    name: 'our side panel',
    sender: { id: OWN_ID, url: `${OWN_ORIGIN}sidepanel.html` },
    kind: 'extension-page',
  },
  {
    name: 'our library page',
    sender: { id: OWN_ID, url: `${OWN_ORIGIN}library.html` },
    kind: 'extension-page',
  },
  {
    name: 'our options page',
    sender: { id: OWN_ID, url: `${OWN_ORIGIN}options.html` },
    kind: 'extension-page',
  },
  {
    name: 'our background worker',
    sender: { id: OWN_ID, url: `${OWN_ORIGIN}background.js` },
    kind: 'extension-page',
  },
  {
    name: 'our PDF viewer in a tab',
    sender: {
      id: OWN_ID,
      url: `${OWN_ORIGIN}pdf-viewer.html?file=https%3A%2F%2Fundocs.org%2FS%2F2024%2F671`,
      tab: tab(4, `${OWN_ORIGIN}pdf-viewer.html`),
      frameId: 0,
    },
    kind: 'extension-page',
  },
];

export const FORGED: NamedSender[] = [
  {
    name: 'another extension’s page',
    sender: {
      id: 'abcdefghijklmnopabcdefghijklmnop',
      url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html',
    },
    kind: null,
  },
  {
    name: 'another extension’s content script on a UN page',
    sender: {
      id: 'abcdefghijklmnopabcdefghijklmnop',
      url: 'https://www.un.org/en/x.html',
      tab: tab(3, 'https://www.un.org/en/x.html'),
    },
    kind: null,
  },
  {
    name: 'another extension claiming our page’s URL',
    sender: { id: 'abcdefghijklmnopabcdefghijklmnop', url: `${OWN_ORIGIN}sidepanel.html` },
    kind: null,
  },
  {
    name: 'a web page (no extension id)',
    sender: {
      url: 'https://evil.example/',
      tab: tab(5, 'https://evil.example/'),
      origin: 'https://evil.example',
    },
    kind: null,
  },
  { name: 'our id with no URL and no tab', sender: { id: OWN_ID }, kind: null },
  { name: 'our id, a web URL, no tab', sender: { id: OWN_ID, url: 'https://www.un.org/x' }, kind: null },
  {
    name: 'a look-alike origin',
    sender: { id: OWN_ID, url: `chrome-extension://${OWN_ID}.evil.example/sidepanel.html` },
    kind: null,
  },
  {
    name: 'a longer extension id',
    sender: { id: OWN_ID, url: `chrome-extension://${OWN_ID}x/sidepanel.html` },
    kind: null,
  },
  {
    // Our content script on a page whose URL merely contains our origin: a content script, nothing more.
    name: 'a page whose URL carries our origin',
    sender: {
      id: OWN_ID,
      url: `https://www.un.org/?${OWN_ORIGIN}sidepanel.html`,
      tab: tab(6, 'https://www.un.org/'),
    },
    kind: 'content-script',
  },
];

/**
 * Delivers `message` from `sender` to every runtime.onMessage listener.
 * `handled` is whether a listener kept the channel open for a reply.
 */
export async function deliver(
  message: unknown,
  sender: Sender,
): Promise<{ handled: boolean; reply: Reply<unknown> | undefined }> {
  let reply: Reply<unknown> | undefined;
  let answered: () => void = () => undefined;
  const replied = new Promise<void>((resolve) => (answered = resolve));
  const sendResponse = (value: Reply<unknown>) => {
    reply = value;
    answered();
  };
  // The fake's `trigger` is typed for two arguments; listeners get the browser's three.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const results = await trigger(message, sender, sendResponse);
  const handled = results.some((r) => r === true);
  if (handled) await replied;
  return { handled, reply };
}
