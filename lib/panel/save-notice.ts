/**
 * What the background tells the reader about a save it could not do (from the
 * context menu or the keyboard shortcut, where there is no card to answer in).
 * It is kept in `storage.session`, which only the extension's own contexts can
 * read, and the side panel shows it until the reader dismisses it or the next
 * save succeeds.
 */
export const SAVE_NOTICE_KEY = 'lens:save-notice';

export type SaveNoticeKind =
  /** The disk is full. */
  | 'quota'
  /** The browser refused the write for another reason. */
  | 'refused'
  /** The page described the selection in a way we do not store. */
  | 'invalid'
  /** Nothing was selected. */
  | 'no-selection'
  /** The tab has no page 1325 Lens reads. */
  | 'no-page';

export interface SaveNotice {
  kind: SaveNoticeKind;
  /** The browser's or the checker's own words, for the details line. */
  detail: string;
  /** The start of the quote that could not be saved, so the reader knows which. */
  quote?: string;
  /** ISO time. */
  at: string;
}

/** The slice of `storage.session` this needs; tests pass a fake. */
export interface NoticeStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export async function writeSaveNotice(store: NoticeStore, notice: SaveNotice | null): Promise<void> {
  if (notice) await store.set({ [SAVE_NOTICE_KEY]: notice });
  else await store.remove(SAVE_NOTICE_KEY);
}

/** Reads the notice, ignoring anything that is not one. */
export function asSaveNotice(value: unknown): SaveNotice | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<SaveNotice>;
  if (typeof v.kind !== 'string' || typeof v.detail !== 'string' || typeof v.at !== 'string') return null;
  return {
    kind: v.kind,
    detail: v.detail,
    at: v.at,
    ...(typeof v.quote === 'string' ? { quote: v.quote } : {}),
  };
}
