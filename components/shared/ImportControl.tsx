/**
 * Import a JSON backup or W3C Web Annotations from a file. The import is all
 * or nothing: when any record is refused, nothing is written and every refused
 * record is listed with its reason.
 */
import { useState } from 'preact/hooks';
import { LIMITS } from '../../lib/export/limits';
import type { ImportResult, PanelApi } from '../../lib/panel/api';
import { writeErrorMessage } from './db-message';
import { formatNumber, t } from './labels';

/** The largest file read at all: lib/export's documented limit, checked before reading the file. */
export const MAX_IMPORT_MB = LIMITS.fileBytes / 1024 / 1024;

type View =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'too-big'; size: number }
  | { kind: 'done'; result: ImportResult };

export function ImportControl({ api, idPrefix }: { api: PanelApi; idPrefix: string }) {
  const [view, setView] = useState<View>({ kind: 'idle' });

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again imports it again
    if (!file) return;
    if (file.size > MAX_IMPORT_MB * 1024 * 1024) return setView({ kind: 'too-big', size: file.size });
    setView({ kind: 'reading' });
    try {
      const result = await api.importText(await file.text());
      setView({ kind: 'done', result });
    } catch (error) {
      setView({
        kind: 'done',
        result: { ok: false, error: error instanceof Error ? error.message : String(error), rejected: [] },
      });
    }
  };

  return (
    <div class="import-control">
      <label for={`${idPrefix}-import`} class="file-label">
        {t('importLabel')}
      </label>
      <input
        id={`${idPrefix}-import`}
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        onChange={(e) => void onFile(e.currentTarget)}
      />
      {view.kind === 'reading' && (
        <p class="status" role="status">
          {t('importReading')}
        </p>
      )}
      {view.kind === 'too-big' && (
        <p class="error" role="alert">
          {t('importTooBig', {
            size: formatNumber(Math.ceil(view.size / 1024 / 1024)),
            limit: MAX_IMPORT_MB,
          })}
        </p>
      )}
      {view.kind === 'done' && <ImportOutcome result={view.result} />}
    </div>
  );
}

function ImportOutcome({ result }: { result: ImportResult }) {
  if (result.ok) {
    const { added, updated, unchanged } = result.counts;
    return (
      <p class="status" role="status">
        {t('importDone', {
          added: formatNumber(added),
          updated: formatNumber(updated),
          unchanged: formatNumber(unchanged),
        })}
        {result.settingsRestored && ` ${t('importSettings')}`}
      </p>
    );
  }
  const message = result.writeError ? writeErrorMessage(result.writeError, result.error) : result.error;
  return (
    <div class="error" role="alert">
      <p>{t('importFailed', { error: message })}</p>
      {result.rejected.length > 0 && (
        <ul class="rejected" aria-label={t('importRejectedList')}>
          {result.rejected.map((r) => (
            <li key={`${r.index}-${r.id ?? ''}`}>
              {t('importRejected', { index: r.index + 1, id: r.id ? ` (${r.id})` : '', reason: r.reason })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
