/**
 * Find in the document. Enter goes to the next match, Shift+Enter to the
 * previous one, Escape closes; the count is announced politely.
 */
import { useEffect, useRef } from 'preact/hooks';
import { translator } from '../../lib/i18n';
import { pdf } from '../../lib/i18n/catalog/pdf';
import type { FindState, ViewerApi } from './api';

const t = translator(pdf);

export function FindBar({ find, api }: { find: FindState; api: ViewerApi }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (find.open) input.current?.focus();
  }, [find.open]);
  if (!find.open) return null;
  const count =
    find.query.trim() === ''
      ? ''
      : find.total === 0
        ? t('findNone')
        : t('findCount', { current: find.current, total: find.total });
  return (
    <div class="pdf-find" id="pdf-find" role="search">
      <label>
        <span class="sr-only">{t('findLabel')}</span>
        <input
          ref={input}
          type="search"
          value={find.query}
          placeholder={t('findLabel')}
          data-testid="find-input"
          onInput={(e) => api.find((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              api.findStep(e.shiftKey ? -1 : 1);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              api.closeFind();
            }
          }}
        />
      </label>
      <button
        type="button"
        onClick={() => api.findStep(-1)}
        disabled={find.total === 0}
        title={t('findPrevious')}
      >
        <span aria-hidden="true">↑</span>
        <span class="sr-only">{t('findPrevious')}</span>
      </button>
      <button type="button" onClick={() => api.findStep(1)} disabled={find.total === 0} title={t('findNext')}>
        <span aria-hidden="true">↓</span>
        <span class="sr-only">{t('findNext')}</span>
      </button>
      <span class="pdf-find-count" role="status" data-testid="find-count">
        {count}
        {find.pending && find.query.trim() !== '' ? <span class="muted"> · {t('findPending')}</span> : null}
      </span>
      <button type="button" onClick={() => api.closeFind()} title={t('findClose')}>
        <span aria-hidden="true">×</span>
        <span class="sr-only">{t('findClose')}</span>
      </button>
    </div>
  );
}
