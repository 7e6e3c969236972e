/**
 * What the on-page card shows and what it can ask of the extension. The card
 * (components/inpage/Card) takes these as props: a mock in tests, the content
 * script's in pages.
 */
import type { KbCard } from '../messaging/protocol';
import type { ThemeId } from '../model/themes';

export type CardTarget =
  | { kind: 'symbol'; text: string; symbol: string; url: string; passageIndex?: number }
  | { kind: 'term'; text: string; termId: string; themes: ThemeId[]; passageIndex?: number }
  | { kind: 'saved'; text: string; savedId: string; passageIndex?: number }
  | { kind: 'selection'; text: string };

export type SaveOutcome =
  { ok: true } | { ok: false; reason: 'no-selection' | 'unavailable' | 'error'; message?: string };

export interface CardApi {
  /** The knowledge base's card for a symbol, or null when it does not know it. */
  lookup(symbol: string): Promise<KbCard | null>;
  /** Opens the side panel on this highlight; false when the browser refused. */
  showInPanel(target: CardTarget): Promise<boolean>;
  /** Saves the reader's current selection. */
  save(): Promise<SaveOutcome>;
  /** Closes the card (Escape, the close button). */
  close(): void;
}

/** Where the card goes: the highlight's box in viewport coordinates. */
export interface Anchor {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Everything the card view is given. */
export interface CardViewProps {
  target: CardTarget;
  api: CardApi;
  /** Text is selected: offer "Save passage". */
  canSave: boolean;
  scheme: 'light' | 'dark';
  anchor: Anchor;
  /** Move focus into the card when it opens (keyboard users asked for it). */
  focusOnOpen?: boolean;
  /** Viewport size, for placing the card inside it. */
  viewport: { width: number; height: number };
}
