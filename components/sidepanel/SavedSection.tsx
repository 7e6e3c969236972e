/**
 * The reader's saved passages on this document: save the current selection,
 * see which were found again on this visit (and which were not, with their
 * quote), edit notes, delete with undo, export, import, open the library.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../../lib/messaging/protocol';
import type { SavedPassage } from '../../lib/model/saved-passage';
import type { PanelApi, SaveResult } from '../../lib/panel/api';
import type { SaveNotice } from '../../lib/panel/save-notice';
import { errorDetail, writeErrorMessage } from '../shared/db-message';
import { ErrorMessage } from '../shared/ErrorMessage';
import { ExportControls } from '../shared/ExportControls';
import { ImportControl } from '../shared/ImportControl';
import { formatNumber, shorten, t } from '../shared/labels';
import { SavedPassageItem } from '../shared/SavedPassageItem';
import { UndoBar } from '../shared/UndoBar';
import { useUndoableDelete } from '../shared/use-undoable-delete';

export function saveMessage(result: SaveResult): string {
  if (result.ok) return t('saveOk');
  switch (result.reason) {
    case 'no-selection':
      return t('saveNoSelection');
    case 'no-page':
      return t('saveNoPage');
    case 'invalid':
      return t('saveInvalid', { detail: result.detail });
    default:
      return writeErrorMessage(result.reason, result.detail);
  }
}

function noticeMessage(notice: SaveNotice): string {
  return saveMessage({ ok: false, reason: notice.kind, detail: notice.detail });
}

export function SavedSection({ api, tabId, report }: { api: PanelApi; tabId: number; report: PageReport }) {
  const [saved, setSaved] = useState<SavedPassage[] | null>(null);
  const [all, setAll] = useState<SavedPassage[]>([]);
  const [readError, setReadError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [notice, setNotice] = useState<SaveNotice | null>(null);
  const [busy, setBusy] = useState(false);
  const { url, documentKey } = report;

  useEffect(
    () =>
      api.watchSaved({ kind: 'page', url, documentKey }, setSaved, (e) =>
        setReadError(t('savedReadError', { detail: errorDetail(e) })),
      ),
    [api, url, documentKey],
  );
  // Every saved passage is read only when the reader opens export: it can be many.
  const [exportOpen, setExportOpen] = useState(false);
  useEffect(() => (exportOpen ? api.watchSaved({ kind: 'all' }, setAll) : undefined), [api, exportOpen]);
  useEffect(() => api.watchSaveNotice(setNotice), [api]);

  const status = new Map(
    report.saved.map((s) => [s.id, s.found ? ('found' as const) : ('not-found' as const)]),
  );

  const saveSelection = async () => {
    setBusy(true);
    setMessage(null);
    const result = await api.saveSelection(tabId);
    setBusy(false);
    setMessage({ text: saveMessage(result), error: !result.ok });
    if (result.ok) void api.dismissSaveNotice();
  };

  const deletion = useUndoableDelete(api, (text) => setMessage({ text, error: true }));

  const title = report.documentSymbol ?? report.title ?? url;
  return (
    <section class="saved" aria-labelledby="saved-heading">
      <h2 id="saved-heading">{t('savedHeading', { count: formatNumber(saved?.length ?? 0) })}</h2>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void saveSelection()} disabled={busy}>
          {t('saveSelection')}
        </button>{' '}
        <button type="button" onClick={() => api.openLibrary()}>
          {t('openLibrary')}
        </button>
      </div>
      {message && (
        <p class={message.error ? 'error' : 'status'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {notice && (
        <div class="error notice" role="alert" data-testid="save-notice">
          <p>
            {notice.quote && <>{t('noticeFor', { quote: shorten(notice.quote, 80) })} </>}
            {noticeMessage(notice)}
          </p>
          <button type="button" onClick={() => void api.dismissSaveNotice()}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <ErrorMessage text={readError} />
      <UndoBar deleted={deletion.deleted} onUndo={() => void deletion.undo()} onDismiss={deletion.dismiss} />
      {saved !== null && saved.length === 0 && <p class="state">{t('savedNone')}</p>}
      {saved !== null && saved.length > 0 && (
        <ul class="saved-list" data-testid="saved-list" aria-label={t('savedListLabel')}>
          {saved.map((p) => (
            <li key={p.id}>
              <SavedPassageItem
                passage={p}
                api={api}
                {...(status.has(p.id) ? { status: status.get(p.id)! } : {})}
                onReveal={() => void api.reveal(tabId, { savedId: p.id })}
                onDelete={() => void deletion.remove(p)}
              />
            </li>
          ))}
        </ul>
      )}
      <details class="export-import" onToggle={(e) => setExportOpen(e.currentTarget.open)}>
        <summary>{t('exportHeading')}</summary>
        <ExportControls
          api={api}
          idPrefix="panel"
          scopes={[
            {
              id: 'document',
              label: t('scopeDocument', { count: formatNumber(saved?.length ?? 0) }),
              name: title,
              passages: saved ?? [],
              everything: false,
            },
            {
              id: 'all',
              label: t('scopeAll', { count: formatNumber(all.length) }),
              name: 'all',
              passages: all,
              everything: true,
            },
          ]}
        />
        <ImportControl api={api} idPrefix="panel" />
      </details>
    </section>
  );
}
