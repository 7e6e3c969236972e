/**
 * Typed send/receive over the protocol in `./protocol`. Receivers check every
 * message's shape and sender before a handler runs.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  ALLOWED_SENDERS,
  type Args,
  type Envelope,
  type MessageType,
  type Reply,
  type Result,
  type SenderKind,
} from './protocol';

export * from './protocol';

/**
 * Decides which of our contexts sent a message, or null for anything that is
 * not ours. Pure so it can be tested with forged senders.
 */
export function classifySender(
  sender: Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'tab'>,
  ownId: string,
  ownOrigin: string,
): SenderKind | null {
  if (sender.id !== ownId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(ownOrigin)) return 'extension-page';
  if (sender.tab && url) return 'content-script';
  return null;
}

function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.lens === 1 && typeof m.type === 'string' && Object.hasOwn(ALLOWED_SENDERS, m.type);
}

export type Handlers = {
  [T in MessageType]?: (
    args: Args<T>,
    sender: Browser.runtime.MessageSender,
  ) => Result<T> | Promise<Result<T>>;
};

/**
 * Listens for protocol messages. Returns a function that stops listening.
 * Messages of types with no handler here are left for other listeners.
 */
export function onMessages(handlers: Handlers): () => void {
  const ownId = browser.runtime.id;
  const ownOrigin = browser.runtime.getURL('/');
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: Reply<unknown>) => void,
  ): boolean => {
    if (!isEnvelope(message)) return false;
    const handler = handlers[message.type] as
      ((args: unknown, sender: Browser.runtime.MessageSender) => unknown) | undefined;
    if (!handler) return false;
    const kind = classifySender(sender, ownId, ownOrigin);
    if (kind === null || !ALLOWED_SENDERS[message.type].includes(kind)) return false;
    Promise.resolve()
      .then(() => handler(message.args, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: String(error) }),
      );
    return true; // the reply is sent asynchronously
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The errors browsers raise when nobody answered a message. */
function isNoReceiver(error: unknown): boolean {
  const text = String(error);
  return (
    text.includes('Receiving end does not exist') ||
    text.includes('message port closed before a response') ||
    text.includes('Could not establish connection')
  );
}

function unwrap<T>(reply: Reply<T> | undefined): T | undefined {
  if (reply === undefined) return undefined; // nobody listening
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Sends to the extension's pages (background, side panel, library). */
export async function sendToExtension<T extends MessageType>(
  type: T,
  args: Args<T>,
): Promise<Result<T> | undefined> {
  const envelope: Envelope<T> = { lens: 1, type, args };
  try {
    return unwrap((await browser.runtime.sendMessage(envelope)) as Reply<Result<T>> | undefined);
  } catch (error) {
    if (isNoReceiver(error)) return undefined; // no panel open: not an error for a broadcast
    throw error;
  }
}

/** Sends to the content script (or extension page) in a tab. */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  args: Args<T>,
): Promise<Result<T> | undefined> {
  const envelope: Envelope<T> = { lens: 1, type, args };
  try {
    return unwrap((await browser.tabs.sendMessage(tabId, envelope)) as Reply<Result<T>> | undefined);
  } catch (error) {
    if (isNoReceiver(error)) return undefined; // no content script of ours in that tab
    throw error;
  }
}
