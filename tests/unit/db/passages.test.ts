// liveQuery runs only where a global indexedDB exists, as in the extension's pages.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addPassage,
  allPassages,
  deletePassages,
  normalizeTags,
  passagesForPage,
  restorePassages,
  updatePassage,
  watchQuery,
} from '../../../lib/db/passages';
import { createLensDb, type LensDb } from '../../../lib/db/schema';
import { freshWorld, samplePassage } from './samples';

const open: LensDb[] = [];
function db(world = freshWorld()): LensDb {
  const d = createLensDb(world);
  open.push(d);
  return d;
}
afterEach(() => open.splice(0).forEach((d) => d.close()));

describe('saved passages', () => {
  it('finds a document’s passages by its key or by its page URL', async () => {
    const d = db();
    const byKey = samplePassage({ url: 'https://undocs.org/en/S/RES/1325(2000)' });
    const byUrl = samplePassage({
      url: 'https://www.un.org/page.html',
      documentKey: 'url:https://www.un.org/page.html',
      symbol: undefined,
    });
    const other = samplePassage({
      documentKey: 'symbol:S/RES/1820 (2008)',
      url: 'https://undocs.org/S/RES/1820(2008)',
    });
    for (const p of [byKey, byUrl, other]) await addPassage(d, p);

    const onResolution = await passagesForPage(
      d,
      'https://undocs.org/S/RES/1325(2000)',
      'symbol:S/RES/1325 (2000)',
    );
    expect(onResolution.map((p) => p.id)).toEqual([byKey.id]);
    const onPage = await passagesForPage(
      d,
      'https://www.un.org/page.html#top',
      'url:https://www.un.org/page.html',
    );
    expect(onPage.map((p) => p.id)).toEqual([byUrl.id]);
  });

  it('edits a note and tags and stamps the time of the edit', async () => {
    const d = db();
    const p = samplePassage();
    await addPassage(d, p);
    const next = await updatePassage(
      d,
      p.id,
      { note: 'See *OP1*', tags: [' Mediation ', 'mediation', '', 'CRSV'] },
      new Date('2026-03-01T00:00:00Z'),
    );
    expect(next.note).toBe('See *OP1*');
    expect(next.tags).toEqual(['Mediation', 'CRSV']);
    expect(next.updatedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(next.createdAt).toBe(p.createdAt);
    expect(await d.passages.get(p.id)).toEqual(next);
  });

  it('deletes and undoes a deletion, giving back the same records', async () => {
    const d = db();
    const a = samplePassage({ note: 'keep me' });
    const b = samplePassage();
    await addPassage(d, a);
    await addPassage(d, b);
    const removed = await deletePassages(d, [a.id, 'no-such-id']);
    expect(removed).toEqual([a]);
    expect((await allPassages(d)).map((p) => p.id)).toEqual([b.id]);
    await restorePassages(d, removed);
    expect(await d.passages.get(a.id)).toEqual(a);
  });

  it('lists every passage newest first', async () => {
    const d = db();
    const older = samplePassage({ createdAt: '2025-01-01T00:00:00.000Z' });
    const newer = samplePassage({ createdAt: '2026-06-01T00:00:00.000Z' });
    await addPassage(d, older);
    await addPassage(d, newer);
    expect((await allPassages(d)).map((p) => p.id)).toEqual([newer.id, older.id]);
  });

  it('keeps two open views of the database in sync', async () => {
    const world = freshWorld();
    const panel = db(world);
    const library = db(world);
    const seen: number[] = [];
    const stop = watchQuery(
      () => allPassages(library),
      (rows) => seen.push(rows.length),
    );
    await expect.poll(() => seen.at(-1)).toBe(0);
    await addPassage(panel, samplePassage());
    await expect.poll(() => seen.at(-1)).toBe(1);
    stop();
  });
});

describe('normalizeTags', () => {
  it('trims, collapses spaces and drops case-insensitive duplicates, keeping the first spelling', () => {
    expect(normalizeTags(['  Sexual   violence ', 'sexual violence', 'UNSC', ''])).toEqual([
      'Sexual violence',
      'UNSC',
    ]);
  });
});
