/**
 * Reading and writing saved passages. Every write runs in one transaction and
 * is rethrown as a classified `DbWriteError` (full disk or refused), so a
 * failed write leaves the database as it was.
 */
import { liveQuery } from 'dexie';
import type { SavedPassage } from '../model/saved-passage';
import { guardWrite } from './errors';
import { planMerge } from '../export/merge';
import type { LensDb } from './schema';

/** What the reader may change on a saved passage. */
export interface PassagePatch {
  note?: string;
  tags?: string[];
}

/** Tags as the reader typed them: trimmed, no empties, no duplicates, order kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export async function addPassage(db: LensDb, passage: SavedPassage): Promise<void> {
  await guardWrite(() => db.passages.add(passage));
}

export function getPassage(db: LensDb, id: string): Promise<SavedPassage | undefined> {
  return db.passages.get(id);
}

/** Applies the reader's edit and stamps `updatedAt`; returns the stored record. */
export async function updatePassage(
  db: LensDb,
  id: string,
  patch: PassagePatch,
  now: Date = new Date(),
): Promise<SavedPassage> {
  return guardWrite(() =>
    db.transaction('rw', db.passages, async () => {
      const stored = await db.passages.get(id);
      if (!stored) throw new Error(`No saved passage ${id}`);
      const next: SavedPassage = {
        ...stored,
        ...(patch.note !== undefined ? { note: patch.note } : {}),
        ...(patch.tags !== undefined ? { tags: normalizeTags(patch.tags) } : {}),
        updatedAt: now.toISOString(),
      };
      await db.passages.put(next);
      return next;
    }),
  );
}

/** Deletes passages and returns them as they were, so the deletion can be undone. */
export async function deletePassages(db: LensDb, ids: readonly string[]): Promise<SavedPassage[]> {
  return guardWrite(() =>
    db.transaction('rw', db.passages, async () => {
      const found = (await db.passages.bulkGet([...ids])).filter((p): p is SavedPassage => !!p);
      await db.passages.bulkDelete(found.map((p) => p.id));
      return found;
    }),
  );
}

/** Puts deleted passages back exactly as they were (undo). */
export async function restorePassages(db: LensDb, passages: readonly SavedPassage[]): Promise<void> {
  await guardWrite(() => db.passages.bulkPut([...passages]));
}

/** The saved passages of one document, by its key or by the page URL, oldest first. */
export async function passagesForPage(db: LensDb, url: string, documentKey: string): Promise<SavedPassage[]> {
  const bare = url.replace(/#.*$/, '');
  const [byKey, byUrl] = await Promise.all([
    db.passages.where('documentKey').equals(documentKey).toArray(),
    db.passages.where('url').anyOf([url, bare]).toArray(),
  ]);
  const all = new Map([...byKey, ...byUrl].map((p) => [p.id, p]));
  return [...all.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Every saved passage, newest first. */
export async function allPassages(db: LensDb): Promise<SavedPassage[]> {
  return (await db.passages.orderBy('createdAt').reverse().toArray()) as SavedPassage[];
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Stores imported passages in one transaction: all of them or, if anything
 * fails, none. A passage whose id is already stored is merged, never
 * duplicated: the later edit wins (lib/export's `planMerge`), so importing the
 * same file twice, or an older backup, changes nothing.
 */
export async function importPassages(db: LensDb, incoming: readonly SavedPassage[]): Promise<ImportCounts> {
  // One record per id, the latest edit, should a caller pass a file that repeats one.
  const latest = new Map<string, SavedPassage>();
  for (const p of incoming) {
    const seen = latest.get(p.id);
    if (!seen || Date.parse(p.updatedAt) > Date.parse(seen.updatedAt)) latest.set(p.id, p);
  }
  const unique = [...latest.values()];
  return guardWrite(() =>
    db.transaction('rw', db.passages, async () => {
      const stored = new Map<string, SavedPassage>();
      for (const p of await db.passages.bulkGet(unique.map((p) => p.id))) if (p) stored.set(p.id, p);
      const plan = planMerge(unique, (id) => stored.get(id));
      if (plan.put.length) await db.passages.bulkPut(plan.put);
      return { added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
    }),
  );
}

/**
 * Calls `listener` with the query's result now and after every change, from
 * any context of the extension (Dexie broadcasts commits between pages and the
 * worker). Returns an unsubscribe.
 */
export function watchQuery<T>(
  query: () => Promise<T>,
  listener: (value: T) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: listener, error: onError });
  return () => subscription.unsubscribe();
}
