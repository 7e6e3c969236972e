import { afterEach, describe, expect, it } from 'vitest';
import { addPassage, allPassages, importPassages } from '../../../lib/db/passages';
import { createLensDb, type LensDb } from '../../../lib/db/schema';
import { freshWorld, samplePassage } from './samples';

let db: LensDb;
afterEach(() => db?.close());

describe('importing passages', () => {
  it('adds new passages and merges known ids instead of duplicating them', async () => {
    db = createLensDb(freshWorld());
    const kept = samplePassage({ note: 'mine', updatedAt: '2026-05-01T00:00:00.000Z' });
    const edited = samplePassage({ note: 'old note', updatedAt: '2026-01-02T00:00:00.000Z' });
    await addPassage(db, kept);
    await addPassage(db, edited);

    const fresh = samplePassage({ note: 'from the other machine' });
    const counts = await importPassages(db, [
      { ...kept, note: 'an older copy', updatedAt: '2026-02-01T00:00:00.000Z' },
      {
        ...edited,
        note: 'edited elsewhere',
        createdAt: '2026-09-01T00:00:00.000Z',
        updatedAt: '2026-09-01T00:00:00.000Z',
      },
      fresh,
    ]);
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 1 });

    const after = await allPassages(db);
    expect(after).toHaveLength(3);
    expect(after.find((p) => p.id === kept.id)?.note).toBe('mine');
    expect(after.find((p) => p.id === edited.id)?.note).toBe('edited elsewhere');
    expect(after.find((p) => p.id === fresh.id)).toEqual(fresh);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    db = createLensDb(freshWorld());
    const file = [samplePassage(), samplePassage(), samplePassage()];
    expect(await importPassages(db, file)).toEqual({ added: 3, updated: 0, unchanged: 0 });
    const once = await allPassages(db);
    expect(await importPassages(db, file)).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await allPassages(db)).toEqual(once);
  });

  it('keeps one record when a file repeats an id', async () => {
    db = createLensDb(freshWorld());
    const a = samplePassage({ updatedAt: '2026-01-01T00:00:00.000Z', note: 'first' });
    const again = { ...a, updatedAt: '2026-02-01T00:00:00.000Z', note: 'second' };
    expect(await importPassages(db, [a, again])).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect((await allPassages(db)).map((p) => p.note)).toEqual(['second']);
  });
});
