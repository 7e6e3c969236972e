/**
 * Reads the team's shared material (../shared from the repo) for the
 * knowledge-base tests. A missing file fails the test with a message that
 * says where it was looked for, rather than passing silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SHARED = resolve(import.meta.dirname, '../../../../shared');

export function readShared(relative: string): string {
  const path = resolve(SHARED, relative);
  if (!existsSync(path)) {
    throw new Error(`shared material missing: ${path} (the knowledge-base tests check the data against it)`);
  }
  return readFileSync(path, 'utf8');
}
