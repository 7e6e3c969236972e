/**
 * What the side panel's and the library's views need from the extension.
 * Views take this as a prop, so they render in tests against a mock
 * (`tests/unit/components/mock-api.ts`) and never touch `browser` or Dexie.
 */
import type { DbErrorKind } from '../db/errors';
import type { ExportFormat } from '../export';
import type { ImportCounts, PassagePatch } from '../db/passages';
import type { KbDocument } from '../kb/types';
import type { AnalyzeOptions, DocumentOverview, PassageAnalysis } from '../link/types';
import type { PageReport } from '../messaging/protocol';
import type { SavedPassage } from '../model/saved-passage';
import type { Settings } from '../settings';
import type { SaveNotice } from './save-notice';

export type PageState =
  | { kind: 'waiting' }
  /** The tab has no content script of ours: not a UN page, or not loaded yet. */
  | { kind: 'not-un' }
  /** A UN PDF in the browser's own viewer, where no content script reads: offer ours. */
  | { kind: 'pdf'; tabId: number; url: string }
  | { kind: 'report'; tabId: number; report: PageReport };

/** Which saved passages a view shows: one document's, or all of them. */
export type SavedScope = { kind: 'page'; url: string; documentKey: string } | { kind: 'all' };

/** The export formats (lib/export): CSV, JSON backup, Markdown, W3C Web Annotation JSON-LD. */
export type { ExportFormat } from '../export';

/** A save from the panel's button. */
export type SaveResult =
  | { ok: true; id: string }
  | { ok: false; reason: 'no-selection' | 'no-page' | DbErrorKind | 'invalid'; detail: string };

export interface RejectedRecord {
  index: number;
  id?: string;
  reason: string;
}

export type ImportResult =
  | { ok: true; counts: ImportCounts; settingsRestored: boolean }
  /** Nothing was imported; `rejected` says why for each record it could name. */
  | { ok: false; error: string; rejected: RejectedRecord[]; writeError?: DbErrorKind };

export interface PanelApi {
  /** Calls `listener` with the followed tab's state now and on every change. Returns an unsubscribe. */
  watchPage(listener: (state: PageState) => void): () => void;
  /** The page focused one of its highlights: select that passage. Returns an unsubscribe. */
  watchFocusedPassage(listener: (tabId: number, passageIndex: number) => void): () => void;
  /**
   * "Show in side panel" from a card on the page: the passage or symbol to
   * select in the panel of that tab. Returns an unsubscribe.
   */
  watchPanelFocus(
    listener: (focus: { tabId: number; passageIndex?: number; symbol?: string }) => void,
  ): () => void;
  /** The reader's settings now and on every change (UI language, sites switched off). */
  watchSettings(listener: (settings: Settings) => void): () => void;

  /** Judges one passage (lib/link). Views memoize it per passage. */
  analyze(text: string, options: AnalyzeOptions): PassageAnalysis;
  /** The document's scorecard from its passages' analyses. */
  overview(analyses: PassageAnalysis[]): DocumentOverview;
  /** The knowledge base's card for a symbol, when it has one. */
  kbDocument(symbol: string): KbDocument | undefined;

  /** Scrolls the page to a passage (or saved passage) and flashes it. */
  reveal(tabId: number, target: { passageIndex?: number; savedId?: string }): Promise<boolean>;
  /** Saves the reader's selection in the tab. */
  saveSelection(tabId: number): Promise<SaveResult>;

  /** Saved passages of a scope, now and after every change in any context. */
  watchSaved(
    scope: SavedScope,
    listener: (passages: SavedPassage[]) => void,
    onError?: (error: unknown) => void,
  ): () => void;
  /** Throws `DbWriteError` (with `kind`) when the write fails; nothing is lost then. */
  updatePassage(id: string, patch: PassagePatch): Promise<void>;
  /** Deletes and returns what was deleted, for undo. */
  deletePassages(ids: string[]): Promise<SavedPassage[]>;
  restorePassages(passages: SavedPassage[]): Promise<void>;
  /** Failed saves from the context menu or the shortcut, until dismissed. */
  watchSaveNotice(listener: (notice: SaveNotice | null) => void): () => void;
  dismissSaveNotice(): Promise<void>;

  /** Builds the file and hands it to the browser's download. A JSON backup of everything carries the settings too. */
  exportPassages(
    format: ExportFormat,
    passages: SavedPassage[],
    scope: { name: string; everything: boolean },
  ): Promise<void>;
  /** Validates a file's text and merges it in one transaction: all or nothing. */
  importText(text: string): Promise<ImportResult>;

  /** Shows the PDF in the tab in 1325 Lens's own viewer. */
  openInViewer(tabId: number, url: string): Promise<void>;
  openLibrary(): void;
  openOptions(): void;
  /** Opens the passage's page in a tab and scrolls it to the passage once the page is ready. */
  openSource(passage: SavedPassage): Promise<void>;
}
