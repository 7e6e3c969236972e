/**
 * What the side panel's views need from the extension. Views take this as a
 * prop, so they render in tests against a mock and never touch `browser`.
 */
import type { PageReport } from '../messaging/protocol';

export type PageState =
  | { kind: 'waiting' }
  /** The tab has no content script of ours: not a UN page, or not loaded yet. */
  | { kind: 'not-un' }
  | { kind: 'report'; tabId: number; report: PageReport };

export interface PanelApi {
  /** Calls `listener` with the followed tab's state now and on every change. Returns an unsubscribe. */
  watchPage(listener: (state: PageState) => void): () => void;
}
