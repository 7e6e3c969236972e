/**
 * The one protocol between the extension's contexts. Every message type names
 * its arguments, its result and the contexts allowed to send it; receivers
 * drop anything else. A hostile page cannot reach these listeners directly,
 * but a forged or stale sender must not be able to call what only extension
 * pages may call (see ALLOWED_SENDERS and `classifySender`).
 *
 * Contexts: the content script on UN pages; extension pages (background
 * worker, side panel, library, options, the PDF viewer in a tab).
 */
import type { PassageSelectors, SavedPassage } from '../model/saved-passage';
import type { SymbolKind, SymbolMention } from '../symbols';
import type { TermMention } from '../terms';

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

/** A passage of the page that carries symbols or terms. */
export interface PassageReport {
  /**
   * Stable id of the passage for this visit (the order passages were first
   * read); `PageReport.passages` lists passages in page order.
   */
  index: number;
  text: string;
  /** Mentions with offsets into `text`. */
  symbols: SymbolMention[];
  terms: TermMention[];
  /** 1-based PDF page, for passages of the PDF viewer. */
  page?: number;
}

/** Whether a saved passage was found again on this visit. */
export interface SavedAnchorStatus {
  id: string;
  found: boolean;
}

/** What a page (content script or PDF viewer) tells the side panel about itself. */
export interface PageReport {
  url: string;
  title: string;
  lang: string;
  /** Canonical UN symbol of the document itself, when the page or URL gives it. */
  documentSymbol?: string;
  /** Identity across URLs: see SavedPassage.documentKey. */
  documentKey: string;
  /** `disabled`: the reader switched 1325 Lens off for this site. */
  status: 'loading' | 'ready' | 'disabled';
  symbols: SymbolSummary[];
  passages: PassageReport[];
  saved: SavedAnchorStatus[];
  /** PDF viewer only. */
  pdf?: { pageCount: number; fingerprint: string; pagesWithoutText: number[] };
}

/** A selection on a page, described so it can be saved and found again. */
export interface PassageDraft {
  url: string;
  title: string;
  lang: string;
  documentKey: string;
  documentSymbol?: string;
  selectors: PassageSelectors;
}

/** What an on-page card shows for a symbol the knowledge base knows. */
export interface KbCard {
  symbol: string;
  title: string;
  date?: string;
  summary: string;
  url: string;
}

/**
 * name -> (args) => result. Pages broadcast with `runtime.sendMessage`;
 * extension pages reach a tab with `tabs.sendMessage`.
 */
export interface Protocol {
  // ---- page (content script / PDF viewer) -> extension pages ----------------
  /** The page's findings changed. */
  'page/updated': { args: PageReport; result: void };
  /** The reader focused a highlight: the panel selects its passage. */
  'page/focused-passage': { args: { passageIndex: number }; result: void };
  /** Save a selection (from the on-page card); the background judges and stores it. */
  'passages/save': { args: PassageDraft; result: { id: string } };
  /** The saved passages of a document, to re-anchor them on this visit. */
  'passages/for-page': { args: { url: string; documentKey: string }; result: SavedPassage[] };
  /** Knowledge-base card for a symbol (the knowledge base is not loaded in pages). */
  'kb/lookup': { args: { symbol: string }; result: KbCard | null };
  /** "Show in side panel" from an on-page card. */
  'panel/open': { args: { passageIndex?: number; symbol?: string }; result: boolean };

  // ---- extension pages -> page ---------------------------------------------
  /** The page's current findings. */
  'page/get': { args: Record<string, never>; result: PageReport | null };
  /** Scroll to a passage (or a saved passage) and flash it. */
  'page/reveal': { args: { passageIndex?: number; savedId?: string }; result: boolean };
  /** Describe the reader's current selection for saving, or null when nothing is selected. */
  'selection/describe': { args: Record<string, never>; result: PassageDraft | null };
  /** Saved passages changed (saved, edited, deleted, imported): re-anchor them. */
  'page/saved-changed': { args: Record<string, never>; result: void };
}

export type MessageType = keyof Protocol;
export type Args<T extends MessageType> = Protocol[T]['args'];
export type Result<T extends MessageType> = Protocol[T]['result'];

const PAGE: readonly SenderKind[] = ['content-script', 'extension-page'];
const EXTENSION: readonly SenderKind[] = ['extension-page'];

export const ALLOWED_SENDERS: { readonly [T in MessageType]: readonly SenderKind[] } = {
  'page/updated': PAGE,
  'page/focused-passage': PAGE,
  'passages/save': PAGE,
  'passages/for-page': PAGE,
  'kb/lookup': PAGE,
  'panel/open': PAGE,
  'page/get': EXTENSION,
  'page/reveal': EXTENSION,
  'selection/describe': EXTENSION,
  'page/saved-changed': EXTENSION,
};

export interface Envelope<T extends MessageType = MessageType> {
  /** Marks our messages so unrelated ones (other libraries, devtools) are ignored. */
  lens: 1;
  type: T;
  args: Args<T>;
}

/** Replies are wrapped so errors cross contexts as data, not as thrown exceptions. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
