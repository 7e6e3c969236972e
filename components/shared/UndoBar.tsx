/** "Passage deleted. Undo": the deletion's records are held here until undone or replaced. */
import type { SavedPassage } from '../../lib/model/saved-passage';
import { t } from './labels';

export function UndoBar({
  deleted,
  onUndo,
  onDismiss,
}: {
  deleted: SavedPassage[] | null;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  return (
    <div class="undo-bar" role="status">
      {deleted && deleted.length > 0 && (
        <>
          <span>{deleted.length === 1 ? t('deletedOne') : t('deletedMany', { count: deleted.length })}</span>{' '}
          <button type="button" onClick={onUndo}>
            {t('undo')}
          </button>{' '}
          <button type="button" class="quiet" onClick={onDismiss} aria-label={t('dismiss')}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
