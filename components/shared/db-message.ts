/** The reader-facing message for a failed write. */
import type { DbErrorKind } from '../../lib/db/errors';
import { t } from './labels';

export function writeErrorMessage(kind: DbErrorKind | undefined, detail: string): string {
  return kind === 'quota' ? t('errorQuota') : t('errorRefused', { detail: detail || '?' });
}

/** The kind of a thrown write error (`DbWriteError` or anything else). */
export function errorKind(error: unknown): DbErrorKind {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return kind === 'quota' ? 'quota' : 'refused';
}

export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
