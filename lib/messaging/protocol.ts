/**
 * The one protocol between the extension's contexts. Every message type names
 * its arguments, its result and the contexts allowed to send it; receivers
 * drop anything else (a hostile page cannot reach these listeners directly,
 * but a compromised or stale content script, or a forged message, must not be
 * able to call what only extension pages may call).
 */
import type { SymbolKind } from '../symbols';

/** Where a message came from, decided from `runtime.MessageSender` (see `classifySender`). */
export type SenderKind = 'content-script' | 'extension-page';

export interface SymbolSummary {
  canonical: string;
  kind: SymbolKind;
  url: string;
  /** How often it occurs on the page. */
  count: number;
  /** The text of its first occurrence, as the page writes it. */
  firstText: string;
}

/** What a page (content script or PDF viewer) tells the side panel about itself. */
export interface PageReport {
  url: string;
  title: string;
  lang: string;
  status: 'loading' | 'ready' | 'disabled';
  symbols: SymbolSummary[];
}

/**
 * name -> (args) => result, and who may send it.
 * `content-script` messages are broadcast with `runtime.sendMessage`;
 * `extension-page` messages to a tab go with `tabs.sendMessage`.
 */
export interface Protocol {
  /** A page's findings changed (content script -> side panel). */
  'page/updated': { args: PageReport; result: void };
  /** The side panel asks a tab for its findings. */
  'page/get': { args: Record<string, never>; result: PageReport | null };
}

export type MessageType = keyof Protocol;
export type Args<T extends MessageType> = Protocol[T]['args'];
export type Result<T extends MessageType> = Protocol[T]['result'];

export const ALLOWED_SENDERS: { readonly [T in MessageType]: readonly SenderKind[] } = {
  'page/updated': ['content-script'],
  'page/get': ['extension-page'],
};

export interface Envelope<T extends MessageType = MessageType> {
  /** Marks our messages so unrelated ones (other libraries, devtools) are ignored. */
  lens: 1;
  type: T;
  args: Args<T>;
}

/** Replies are wrapped so errors cross contexts as data, not as thrown exceptions. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
