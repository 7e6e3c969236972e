/** Delete with undo, as the side panel and the library offer it. */
import { useState } from 'preact/hooks';
import type { SavedPassage } from '../../lib/model/saved-passage';
import type { PanelApi } from '../../lib/panel/api';
import { errorDetail, errorKind, writeErrorMessage } from './db-message';

/**
 * The last deletion's records are held until undone or dismissed (for
 * `UndoBar`); a failed delete or undo is reported to `onError` in words and
 * loses nothing.
 */
export function useUndoableDelete(
  api: Pick<PanelApi, 'deletePassages' | 'restorePassages'>,
  onError: (message: string) => void,
) {
  const [deleted, setDeleted] = useState<SavedPassage[] | null>(null);
  const fail = (e: unknown) => onError(writeErrorMessage(errorKind(e), errorDetail(e)));
  const remove = async (passage: SavedPassage) => {
    try {
      setDeleted(await api.deletePassages([passage.id]));
    } catch (e) {
      fail(e);
    }
  };
  const undo = async () => {
    if (!deleted) return;
    try {
      await api.restorePassages(deleted);
      setDeleted(null);
    } catch (e) {
      fail(e);
    }
  };
  return { deleted, remove, undo, dismiss: () => setDeleted(null) };
}
