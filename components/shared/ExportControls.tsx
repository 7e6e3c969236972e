/**
 * Export saved passages: the reader picks which passages (the scopes the view
 * offers: this document's, the ones shown, all) and a format.
 */
import { useState } from 'preact/hooks';
import type { ExportFormat, PanelApi } from '../../lib/panel/api';
import type { SavedPassage } from '../../lib/model/saved-passage';
import { formatNumber, t } from './labels';

export interface ExportScope {
  id: string;
  /** Visible label, with the count. */
  label: string;
  /** Used in the file name. */
  name: string;
  passages: SavedPassage[];
  /** Everything the reader has: a JSON backup then carries the settings too. */
  everything: boolean;
}

const FORMATS: { id: ExportFormat; label: () => string }[] = [
  { id: 'csv', label: () => t('formatCsv') },
  { id: 'json', label: () => t('formatJson') },
  { id: 'markdown', label: () => t('formatMarkdown') },
  { id: 'web-annotation', label: () => t('formatJsonld') },
];

export function ExportControls({
  api,
  scopes,
  idPrefix,
}: {
  api: PanelApi;
  scopes: ExportScope[];
  idPrefix: string;
}) {
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [scopeId, setScopeId] = useState(scopes[0]?.id ?? '');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const scope = scopes.find((s) => s.id === scopeId) ?? scopes[0];

  const run = async (event: Event) => {
    event.preventDefault();
    if (!scope || scope.passages.length === 0) return setMessage({ text: t('exportEmpty'), error: true });
    try {
      await api.exportPassages(format, scope.passages, { name: scope.name, everything: scope.everything });
      setMessage({ text: t('exportDone', { count: formatNumber(scope.passages.length) }), error: false });
    } catch (error) {
      setMessage({
        text: t('exportFailed', { detail: error instanceof Error ? error.message : String(error) }),
        error: true,
      });
    }
  };

  return (
    <form class="export-controls" onSubmit={run}>
      <div class="field">
        <label for={`${idPrefix}-export-scope`}>{t('exportScope')}</label>
        <select
          id={`${idPrefix}-export-scope`}
          value={scope?.id}
          onChange={(e) => setScopeId(e.currentTarget.value)}
        >
          {scopes.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${idPrefix}-export-format`}>{t('exportFormat')}</label>
        <select
          id={`${idPrefix}-export-format`}
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
        >
          {FORMATS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label()}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('exportButton')}</button>
      {message && (
        <p class={message.error ? 'error' : 'status'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
