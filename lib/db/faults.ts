/**
 * A forced-failure switch for the end-to-end tests: when the extension
 * context's `globalThis.__lensFailWrites` is set, every write to the database
 * fails the way a full disk does (`QuotaExceededError`), from inside Dexie's
 * own stack, so the whole path (transaction abort, message, nothing lost) is
 * the real one. Only code running in the extension's origin (our pages, our
 * worker, or a developer in devtools) can set it; web pages cannot reach it.
 */
import type { DBCore, Dexie } from 'dexie';

declare global {
  var __lensFailWrites: boolean | 'quota' | 'refused' | undefined;
}

function forcedError(mode: true | 'quota' | 'refused'): DOMException {
  return mode === 'refused'
    ? new DOMException('The write was refused (forced by a test).', 'UnknownError')
    : new DOMException('The quota has been exceeded (forced by a test).', 'QuotaExceededError');
}

/** Installs the switch on a database; reads the flag at each write. */
export function installWriteFaults(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'lens-write-faults',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            const mode = globalThis.__lensFailWrites;
            return mode ? Promise.reject(forcedError(mode)) : table.mutate(req);
          },
        };
      },
    }),
  });
}
