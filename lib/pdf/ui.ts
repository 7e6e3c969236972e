/**
 * What the PDF viewer's views (components/pdf) show and what they can ask
 * for. The views take a state and these APIs as props, so they render in
 * tests against a mock and never touch pdf.js or `browser`.
 */
import type { KbCard } from '../messaging/protocol';
import type { Zoom } from './zoom';

export type ViewerError =
  | { kind: 'missing' }
  | { kind: 'invalid'; value: string }
  | { kind: 'not-un'; value: string }
  | { kind: 'password'; url: string }
  | { kind: 'not-pdf'; url: string }
  | { kind: 'load'; url: string; reason: string };

export interface FindState {
  open: boolean;
  query: string;
  total: number;
  /** 1-based index of the shown match, 0 when none. */
  current: number;
  /** True while pages are still being read (more matches may come). */
  pending: boolean;
}

export interface ChromeState {
  title: string;
  /** The PDF's original URL. */
  url: string;
  page: number;
  pageCount: number;
  /** 1 = 100 %. */
  zoom: number;
  fit: boolean;
  /** Pages read so far (of `pageCount`). */
  read: number;
  pagesWithoutText: number[];
  /** The site the reader switched 1325 Lens off for, when it is this PDF's. */
  disabledSite?: string;
  find: FindState;
}

export interface ViewerApi {
  goToPage(page: number): void;
  zoomBy(direction: 1 | -1): void;
  setZoom(zoom: Zoom): void;
  /** Shows the PDF in the browser's own viewer (the way out), in this tab. */
  openInBrowser(): void;
  find(query: string): void;
  findStep(direction: 1 | -1): void;
  closeFind(): void;
  openFind(): void;
  focusHighlight(direction: 1 | -1): void;
}

/** Where the card stands in the window: below a highlight (`top`) or above it (`bottom`). */
export type CardPosition = { top: number; left: number } | { bottom: number; left: number };

/** A highlight the card is about, as the page shows it. */
export type CardSubject =
  | { kind: 'symbol'; symbol: string; url: string; passageIndex: number | null }
  | { kind: 'term'; text: string; themes: string[]; passageIndex: number | null };

export interface CardApi {
  lookup(symbol: string): Promise<KbCard | null>;
  /** Opens the side panel at the passage (must run in the click's user gesture). */
  showInPanel(subject: CardSubject): void;
  close(): void;
}
