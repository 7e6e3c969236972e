import { describe, expect, it } from 'vitest';
import { createLensDb, CURRENT_VERSION, SCHEMA_HISTORY } from '../../../lib/db/schema';
import { freshWorld, samplePassage } from './samples';

describe('schema upgrades', () => {
  it('keeps every row of a version 1 database when the current schema opens it', async () => {
    const world = freshWorld();
    const old = createLensDb(world, 1);
    const rows = Array.from({ length: 25 }, (_, i) =>
      samplePassage({ note: `note ${i} with **bold**`, tags: [`tag-${i % 3}`] }),
    );
    // A row as an early build could have written it, without the later arrays.
    const sparse = samplePassage({ note: 'sparse' }) as Partial<ReturnType<typeof samplePassage>>;
    delete sparse.recommendations;
    delete sparse.provisions;
    await old.passages.bulkAdd([...rows, sparse as ReturnType<typeof samplePassage>]);
    expect(old.verno).toBe(1);
    old.close();

    const current = createLensDb(world);
    await current.open();
    expect(current.verno).toBe(CURRENT_VERSION);
    const after = await current.passages.toArray();
    expect(after).toHaveLength(26);
    for (const row of rows) {
      expect(after.find((r) => r.id === row.id)).toEqual(row);
    }
    const upgraded = after.find((r) => r.note === 'sparse');
    expect(upgraded?.recommendations).toEqual([]);
    expect(upgraded?.provisions).toEqual([]);
    current.close();
  });

  it('adds the index of the newer version, usable on the upgraded rows', async () => {
    const world = freshWorld();
    const old = createLensDb(world, 1);
    const tagged = samplePassage({ recommendations: ['ngowg-2007-4'] });
    await old.passages.bulkAdd([tagged, samplePassage()]);
    old.close();

    const current = createLensDb(world);
    const found = await current.passages.where('recommendations').equals('ngowg-2007-4').toArray();
    expect(found.map((p) => p.id)).toEqual([tagged.id]);
    current.close();
  });

  it('never edits a shipped version: each version only adds to the one before', () => {
    // A version's stores must keep every index of the previous one (dropping one
    // means a reader's data silently stops being found).
    for (let v = 1; v < SCHEMA_HISTORY.length; v++) {
      const before = SCHEMA_HISTORY[v - 1]!.passages.split(',').map((s) => s.trim());
      const after = SCHEMA_HISTORY[v]!.passages.split(',').map((s) => s.trim());
      expect(after[0]).toBe(before[0]); // the primary key never changes
      for (const index of before) expect(after).toContain(index);
    }
  });
});
