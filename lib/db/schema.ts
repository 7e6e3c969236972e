/**
 * The passages database: Dexie over IndexedDB in the extension's own origin
 * (background worker, side panel, library), never in a content script, whose
 * IndexedDB belongs to the page's site (ADR 6).
 *
 * Versions are append-only. A version that has shipped is never edited: a
 * change of indexes or shapes is a new `version(n)` with an `upgrade` when rows
 * must change. `SCHEMA_HISTORY` keeps every version's stores so the upgrade
 * tests can build an old database exactly as an old build wrote it.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { SavedPassage } from '../model/saved-passage';

/** The IndexedDB name. Changing it would orphan every reader's data. */
export const DB_NAME = '1325-lens';

/** Stores of each schema version, oldest first (index = version - 1). */
export const SCHEMA_HISTORY = [
  // v1 (0.1.0): string UUID primary key; multi-entry indexes for tags and themes.
  { passages: 'id, url, documentKey, symbol, *tags, *themes, createdAt, updatedAt' },
  // v2 (0.1.0): a multi-entry index on recommendations, for the library's filter.
  { passages: 'id, url, documentKey, symbol, *tags, *themes, *recommendations, createdAt, updatedAt' },
] as const;

export const CURRENT_VERSION = SCHEMA_HISTORY.length;

export type LensDb = Dexie & { passages: EntityTable<SavedPassage, 'id'> };

/** What `openLensDb` needs from the world; tests pass fake-indexeddb here. */
export interface DbWorld {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  name?: string;
}

/**
 * Fills fields an older build may have left out, so every view can rely on the
 * current shape. Never drops a row and never touches the reader's text.
 */
export function upgradeRowToV2(row: Partial<SavedPassage>): void {
  row.tags = Array.isArray(row.tags) ? row.tags : [];
  row.themes = Array.isArray(row.themes) ? row.themes : [];
  row.recommendations = Array.isArray(row.recommendations) ? row.recommendations : [];
  row.provisions = Array.isArray(row.provisions) ? row.provisions : [];
  row.note = typeof row.note === 'string' ? row.note : '';
}

const UPGRADES: Record<number, (tx: Transaction) => Promise<unknown>> = {
  2: (tx) =>
    tx
      .table('passages')
      .toCollection()
      .modify((row: Partial<SavedPassage>) => upgradeRowToV2(row)),
};

/**
 * A Dexie instance declaring every version up to `upTo` (default: current).
 * Opening it upgrades an older database in place.
 */
export function createLensDb(world: DbWorld = {}, upTo: number = CURRENT_VERSION): LensDb {
  const db = new Dexie(world.name ?? DB_NAME, {
    ...(world.indexedDB ? { indexedDB: world.indexedDB } : {}),
    ...(world.IDBKeyRange ? { IDBKeyRange: world.IDBKeyRange } : {}),
  }) as LensDb;
  SCHEMA_HISTORY.slice(0, upTo).forEach((stores, i) => {
    const version = db.version(i + 1).stores(stores);
    const upgrade = UPGRADES[i + 1];
    if (upgrade) version.upgrade(upgrade);
  });
  return db;
}
