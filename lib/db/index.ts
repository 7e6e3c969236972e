/**
 * The database of saved passages, for extension pages and the background
 * worker only (ADR 6). `lensDb()` opens the one shared instance lazily.
 */
import { installWriteFaults } from './faults';
import { createLensDb, type LensDb } from './schema';

export * from './errors';
export * from './from-draft';
export * from './passages';
export * from './schema';

let shared: LensDb | null = null;

/** The extension's database, opened on first use. */
export function lensDb(): LensDb {
  if (!shared) {
    shared = createLensDb();
    installWriteFaults(shared);
  }
  return shared;
}
