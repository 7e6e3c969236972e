import { afterEach, describe, expect, it } from 'vitest';
import { classifyDbError, DbWriteError } from '../../../lib/db/errors';
import { installWriteFaults } from '../../../lib/db/faults';
import {
  addPassage,
  allPassages,
  deletePassages,
  importPassages,
  updatePassage,
} from '../../../lib/db/passages';
import { createLensDb, type LensDb } from '../../../lib/db/schema';
import { freshWorld, samplePassage } from './samples';

let db: LensDb;
afterEach(() => {
  globalThis.__lensFailWrites = undefined;
  db?.close();
});

async function seeded(n: number): Promise<LensDb> {
  db = createLensDb(freshWorld());
  installWriteFaults(db);
  for (let i = 0; i < n; i++) await addPassage(db, samplePassage({ note: `note ${i}` }));
  return db;
}

describe('a full disk or a refused write', () => {
  it('reports a full disk as such and loses nothing already saved', async () => {
    const d = await seeded(3);
    const before = await allPassages(d);
    globalThis.__lensFailWrites = 'quota';

    const edit = updatePassage(d, before[0]!.id, { note: 'an edit the disk cannot take' });
    await expect(edit).rejects.toBeInstanceOf(DbWriteError);
    await expect(edit).rejects.toMatchObject({ kind: 'quota' });
    await expect(addPassage(d, samplePassage())).rejects.toMatchObject({ kind: 'quota' });
    await expect(deletePassages(d, [before[1]!.id])).rejects.toMatchObject({ kind: 'quota' });

    globalThis.__lensFailWrites = undefined;
    expect(await allPassages(d)).toEqual(before);
  });

  it('tells a refused write from a full disk', async () => {
    const d = await seeded(1);
    globalThis.__lensFailWrites = 'refused';
    await expect(addPassage(d, samplePassage())).rejects.toMatchObject({ kind: 'refused' });
  });

  it('leaves the database unchanged when an import fails part-way', async () => {
    const d = await seeded(2);
    const before = await allPassages(d);
    const incoming = [
      { ...before[0]!, note: 'newer text from another machine', updatedAt: '2030-01-01T00:00:00.000Z' },
      samplePassage({ note: 'new one' }),
      samplePassage({ note: 'another new one' }),
    ];
    globalThis.__lensFailWrites = 'quota';
    await expect(importPassages(d, incoming)).rejects.toMatchObject({ kind: 'quota' });
    globalThis.__lensFailWrites = undefined;
    expect(await allPassages(d)).toEqual(before);
  });
});

describe('classifyDbError', () => {
  it('finds a quota error wrapped by a transaction abort or a bulk write', () => {
    const quota = new DOMException('exceeded', 'QuotaExceededError');
    expect(classifyDbError({ name: 'AbortError', message: 'aborted', inner: quota }).kind).toBe('quota');
    expect(classifyDbError({ name: 'BulkError', message: '1 of 2 failed', failures: [quota] }).kind).toBe(
      'quota',
    );
    expect(
      classifyDbError(new DOMException('The database connection is closing.', 'InvalidStateError')).kind,
    ).toBe('refused');
  });
});
