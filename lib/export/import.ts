/**
 * Import (issue #7): reads our JSON backup or W3C Web Annotation JSON-LD and
 * returns every passage, validated, or nothing. All or nothing: one bad
 * record fails the whole import, with a reason for each bad record, so the
 * caller writes either the whole file (in one transaction) or nothing, and
 * the database is unchanged after a failed import.
 *
 * Hostile input is refused or made inert: files over the size limit,
 * non-JSON, nesting deeper than any real file, `__proto__` / `constructor` /
 * `prototype` keys, wrong types, oversized strings, non-http(s) URLs, dates
 * that are not real instants, unknown theme ids and repeated ids are refused;
 * control characters are removed and HTML notes of other tools become plain
 * text. Notes stay plain text: whoever renders one must render it as text and
 * link only http(s) addresses.
 */
import type { SavedPassage } from '../model/saved-passage';
import { BACKUP_FORMAT, BACKUP_VERSION } from './json-backup';
import { hostileReason, isPlainObject, utf8Length } from './import-checks';
import type { ImportFormat, ImportOptions, ImportResult, Rejection } from './import-types';
import { annotationRecords, annotationToCandidate } from './import-web-annotation';
import { LIMITS } from './limits';
import { describeIssue, passageSchema } from './passage-schema';

export type { ImportFormat, ImportOptions, ImportResult, Rejection } from './import-types';

function fail(error: string, rejected: Rejection[] = []): ImportResult {
  return { ok: false, error, rejected };
}

function mib(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** The id of a raw record, for messages (when it has a readable one). */
function rawId(record: unknown): string | undefined {
  return isPlainObject(record) && typeof record.id === 'string' ? record.id.slice(0, 200) : undefined;
}

/**
 * Validates records one by one (after `map` for foreign formats), collecting
 * a rejection for each bad one and for ids repeated within the file.
 */
function validate(
  records: unknown[],
  map: (
    record: unknown,
  ) => { candidate: unknown; id?: string } | { reason: string; field?: string; id?: string },
): { passages: SavedPassage[]; rejected: Rejection[] } {
  const passages: SavedPassage[] = [];
  const rejected: Rejection[] = [];
  const firstIndexOf = new Map<string, number>();
  records.forEach((record, index) => {
    const id = rawId(record);
    const hostile = hostileReason(record);
    if (hostile) {
      rejected.push({ index, ...(id && { id }), reason: hostile });
      return;
    }
    const mapped = map(record);
    if ('reason' in mapped) {
      rejected.push({
        index,
        ...(mapped.id && { id: mapped.id }),
        ...(mapped.field && { field: mapped.field }),
        reason: mapped.reason,
      });
      return;
    }
    const parsed = passageSchema.safeParse(mapped.candidate);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 5).map(describeIssue);
      rejected.push({
        index,
        ...(mapped.id && { id: mapped.id }),
        ...(issues[0]!.field && { field: issues[0]!.field }),
        reason: issues.map((i) => i.reason).join('; '),
      });
      return;
    }
    const passage = parsed.data;
    const first = firstIndexOf.get(passage.id);
    if (first !== undefined) {
      rejected.push({ index, id: passage.id, field: 'id', reason: `id: the same as record ${first}'s` });
      return;
    }
    firstIndexOf.set(passage.id, index);
    passages.push(passage);
  });
  return { passages, rejected };
}

/** Our backup's settings: a plain JSON object, copied fresh. */
function readSettings(value: unknown): { settings?: Record<string, unknown> } | { error: string } {
  if (value === undefined) return {};
  if (!isPlainObject(value)) return { error: 'The backup’s settings are not an object.' };
  const hostile = hostileReason(value, [], 8);
  if (hostile) return { error: `The backup’s settings are unsafe: ${hostile}.` };
  const json = JSON.stringify(value);
  if (json.length > LIMITS.settings) return { error: 'The backup’s settings are too large.' };
  return { settings: JSON.parse(json) as Record<string, unknown> };
}

function finish(
  format: ImportFormat,
  records: unknown[],
  result: { passages: SavedPassage[]; rejected: Rejection[] },
  settings?: Record<string, unknown>,
): ImportResult {
  if (result.rejected.length > 0) {
    const n = result.rejected.length;
    return fail(
      `${n} of ${records.length} record${records.length === 1 ? '' : 's'} could not be imported, so nothing was imported. Fix or remove ${n === 1 ? 'it' : 'them'} and try again.`,
      result.rejected,
    );
  }
  return { ok: true, format, passages: result.passages, ...(settings && { settings }) };
}

/**
 * Parses an import file's text: a 1325 Lens backup or W3C Web Annotations.
 * Returns all its passages (and the backup's settings), or why nothing can be
 * imported, with a reason for each rejected record.
 */
export function parseImport(text: string, options?: ImportOptions): ImportResult {
  const maxBytes = options?.maxBytes ?? LIMITS.fileBytes;
  if (typeof text !== 'string') return fail('The file could not be read as text.');
  // A UTF-16 length over the limit means at least as many UTF-8 bytes: no need to count.
  if (text.length > maxBytes || utf8Length(text) > maxBytes) {
    return fail(`The file is larger than ${mib(maxBytes)}, the most 1325 Lens imports at once.`);
  }
  let root: unknown;
  try {
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    return fail(
      error instanceof RangeError
        ? 'The file is nested too deeply to read.'
        : `The file is not valid JSON${detail.slice(0, 200)}.`,
    );
  }

  if (isPlainObject(root) && root.format === BACKUP_FORMAT) {
    const hostile = hostileReason(root, ['passages']);
    if (hostile) return fail(`The file is unsafe to read: ${hostile}.`);
    if (typeof root.version !== 'number' || !Number.isInteger(root.version) || root.version < 1) {
      return fail('The backup has no valid format version.');
    }
    if (root.version > BACKUP_VERSION) {
      return fail(
        `This backup was made by a newer version of 1325 Lens (format version ${root.version}); update the extension to import it.`,
      );
    }
    if (!Array.isArray(root.passages)) return fail('The backup has no list of passages.');
    if (root.passages.length > LIMITS.passages) {
      return fail(`The backup holds more than ${LIMITS.passages.toLocaleString('en')} passages.`);
    }
    const settings = readSettings(root.settings);
    if ('error' in settings) return fail(settings.error);
    const records = root.passages;
    return finish(
      'lens-backup',
      records,
      validate(records, (record) => ({ candidate: record, id: rawId(record) })),
      settings.settings,
    );
  }

  const found = annotationRecords(root);
  if ('error' in found) return fail(found.error);
  if (isPlainObject(root) && !found.records.includes(root)) {
    // The wrapper (collection, page, list) around the records must be safe too.
    const hostile =
      hostileReason(root, ['first', 'items', 'rows', 'annotations']) ??
      (isPlainObject(root.first) ? hostileReason(root.first, ['items']) : null);
    if (hostile) return fail(`The file is unsafe to read: ${hostile}.`);
  }
  if (found.records.length > LIMITS.passages) {
    return fail(`The file holds more than ${LIMITS.passages.toLocaleString('en')} annotations.`);
  }
  const now = options?.now ?? new Date();
  return finish(
    'web-annotation',
    found.records,
    validate(found.records, (record) => annotationToCandidate(record, now)),
  );
}
