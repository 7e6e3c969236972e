/**
 * Export and import (issue #7). Pure builders: passages in, file text out;
 * `lib/download.ts` is the one place that turns text into a downloaded file.
 *
 *   const file = exportFile('csv', passages);          // in the side panel
 *   download(document, file.filename, file.mime, file.content);
 *
 *   const result = parseImport(await blob.text());     // all or nothing
 *   if (result.ok) db.transaction(... bulkPut(planMerge(result.passages, lookup).put))
 *   else show(result.error, result.rejected);
 */
import type { SavedPassage } from '../model/saved-passage';
import { toCsv } from './csv';
import { toJsonBackup } from './json-backup';
import { toMarkdown } from './markdown';
import { toWebAnnotations } from './web-annotation';

export { csvCell, CSV_COLUMNS, CSV_LIST_SEPARATOR, toCsv } from './csv';
export { BACKUP_FORMAT, BACKUP_VERSION, toJsonBackup, type LensBackup } from './json-backup';
export { escapeMarkdown, toMarkdown } from './markdown';
export { ANNOTATION_CONTEXT, toAnnotation, toWebAnnotations, type WebAnnotation } from './web-annotation';
export {
  parseImport,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
  type Rejection,
} from './import';
export { planMerge, type MergePlan } from './merge';
export { LIMITS } from './limits';

export type ExportFormat = 'csv' | 'json' | 'markdown' | 'web-annotation';

export const EXPORT_FORMATS: Record<ExportFormat, { extension: string; mime: string }> = {
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  json: { extension: 'json', mime: 'application/json' },
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  'web-annotation': { extension: 'jsonld', mime: 'application/ld+json' },
};

/** `1325-lens-<what>-2026-11-28.csv`: a date-stamped file name without unsafe characters. */
export function exportFilename(format: ExportFormat, now: Date = new Date(), what = 'passages'): string {
  const safe =
    what
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'passages';
  return `1325-lens-${safe}-${now.toISOString().slice(0, 10)}.${EXPORT_FORMATS[format].extension}`;
}

/** Builds an export file: its name, MIME type and text. */
export function exportFile(
  format: ExportFormat,
  passages: SavedPassage[],
  options?: { settings?: Record<string, unknown>; now?: Date; what?: string },
): { filename: string; mime: string; content: string } {
  const now = options?.now ?? new Date();
  const content =
    format === 'csv'
      ? toCsv(passages)
      : format === 'json'
        ? toJsonBackup({ passages, ...(options?.settings && { settings: options.settings }) }, now)
        : format === 'markdown'
          ? toMarkdown(passages)
          : toWebAnnotations(passages);
  return { filename: exportFilename(format, now, options?.what), mime: EXPORT_FORMATS[format].mime, content };
}
