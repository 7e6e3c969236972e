/**
 * One saved passage: its quote, where it comes from, its themes, its note and
 * tags, with the actions the view offers (edit, delete, show on page, open
 * the page). Used by the side panel and the library.
 */
import { useState } from 'preact/hooks';
import type { PanelApi } from '../../lib/panel/api';
import type { SavedPassage } from '../../lib/model/saved-passage';
import { NoteEditor } from './NoteEditor';
import { NoteText } from './NoteText';
import { formatDate, shorten, t } from './labels';
import { ThemeChips } from './themes';

export interface SavedPassageItemProps {
  passage: SavedPassage;
  api: PanelApi;
  /** Whether the page found it again on this visit (panel); unknown when absent. */
  status?: 'found' | 'not-found';
  /** Show the document it comes from (library). */
  showSource?: boolean;
  onReveal?: () => void;
  onOpen?: () => void;
  onDelete: () => void;
}

export function SavedPassageItem({
  passage,
  api,
  status,
  showSource,
  onReveal,
  onOpen,
  onDelete,
}: SavedPassageItemProps) {
  const [editing, setEditing] = useState(false);
  const edited = passage.updatedAt !== passage.createdAt;
  const quote = passage.selectors.quote.exact;
  return (
    <article
      class={`saved-passage${status === 'not-found' ? ' not-found' : ''}`}
      aria-label={t('savedPassageLabel', { quote: shorten(quote, 60) })}
      data-saved-id={passage.id}
      data-status={status ?? 'unknown'}
    >
      {showSource && (
        <p class="source">
          {passage.symbol && (
            <span class="symbol" dir="ltr">
              {passage.symbol}
            </span>
          )}{' '}
          <span class="title" dir="auto">
            {passage.title}
          </span>
        </p>
      )}
      {status === 'not-found' && <p class="status not-found">{t('notFound')}</p>}
      <blockquote class="quote" lang={passage.lang} dir="auto">
        {quote}
      </blockquote>
      <p class="meta">
        {t('savedOn', { date: formatDate(passage.createdAt) })}
        {edited && ` · ${t('editedOn', { date: formatDate(passage.updatedAt) })}`}
        {passage.selectors.page !== undefined && ` · ${t('passagePage', { page: passage.selectors.page })}`}
      </p>
      <ThemeChips themes={passage.themes} />
      {editing ? (
        <NoteEditor
          id={passage.id}
          note={passage.note}
          tags={passage.tags}
          onSave={(patch) => api.updatePassage(passage.id, patch)}
          onDone={() => setEditing(false)}
        />
      ) : (
        <>
          {passage.note.trim() && <NoteText note={passage.note} />}
          {passage.tags.length > 0 && (
            <ul class="chips tags" aria-label={t('tagsLabel')}>
              {passage.tags.map((tag) => (
                <li key={tag} class="chip tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
          <div class="actions">
            {onReveal && status !== 'not-found' && (
              <button type="button" onClick={onReveal}>
                {t('showOnPage')}
              </button>
            )}
            {onOpen && (
              <button type="button" onClick={onOpen}>
                {t('openPage')}
              </button>
            )}
            <button type="button" onClick={() => setEditing(true)}>
              {passage.note.trim() ? t('editNote') : t('addNote')}
            </button>
            <button type="button" class="danger" onClick={onDelete}>
              {t('delete')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
