/**
 * Telling a full disk from other refused writes, so the reader gets a message
 * that says what happened and that nothing already saved was lost.
 *
 * IndexedDB reports a full disk as `QuotaExceededError`, often wrapped: Dexie
 * raises `AbortError` for the transaction with the cause in `inner`, and bulk
 * writes raise `BulkError` with causes in `failures`.
 */
export type DbErrorKind = 'quota' | 'refused';

export interface DbProblem {
  kind: DbErrorKind;
  /** The browser's own wording, for the details line. */
  detail: string;
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function causes(error: unknown, depth = 0): unknown[] {
  if (depth > 4 || typeof error !== 'object' || error === null) return [error];
  const e = error as { inner?: unknown; failures?: unknown[]; cause?: unknown };
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])].filter(
    (x) => x !== undefined && x !== null,
  );
  return [error, ...nested.flatMap((n) => causes(n, depth + 1))];
}

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}

/** Classifies a failed database write. */
export function classifyDbError(error: unknown): DbProblem {
  const all = causes(error);
  const quota = all.find((e) => QUOTA_NAMES.has(nameOf(e)) || /quota/i.test(messageOf(e)));
  if (quota) return { kind: 'quota', detail: messageOf(quota) };
  return { kind: 'refused', detail: messageOf(error) };
}

/** An error that carries its classification across the PanelApi boundary. */
export class DbWriteError extends Error {
  readonly kind: DbErrorKind;
  constructor(problem: DbProblem) {
    super(problem.detail);
    this.name = 'DbWriteError';
    this.kind = problem.kind;
  }
}

/** Runs a write; a failure is rethrown as a classified `DbWriteError`. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof DbWriteError) throw error;
    throw new DbWriteError(classifyDbError(error));
  }
}
