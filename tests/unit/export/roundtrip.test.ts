import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImport, planMerge, toJsonBackup, toWebAnnotations } from '../../../lib/export';
import type { SavedPassage } from '../../../lib/model/saved-passage';
import { arbitraryPassage, samplePassages } from './fixtures';

/** A store as lib/db keeps it (by id), to import into. */
function store(initial: SavedPassage[] = []) {
  const byId = new Map(initial.map((p) => [p.id, p]));
  return {
    byId,
    import(passages: SavedPassage[]) {
      const plan = planMerge(passages, (id) => byId.get(id));
      for (const p of plan.put) byId.set(p.id, p);
      return plan;
    },
  };
}

const passagesArb = fc.uniqueArray(arbitraryPassage, { selector: (p) => p.id, maxLength: 8 });

describe('round trip into an empty store', () => {
  it('JSON backup: export then import gives back equal data, settings included', () => {
    fc.assert(
      fc.property(
        passagesArb,
        fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 3 })),
        (passages, settings) => {
          // Keys that could reach a prototype are refused at any depth (import.test.ts).
          fc.pre(!/"(__proto__|constructor|prototype)":/.test(JSON.stringify(settings)));
          const result = parseImport(toJsonBackup({ passages, settings }));
          if (!result.ok) throw new Error(JSON.stringify(result.rejected));
          const db = store();
          db.import(result.passages);
          expect([...db.byId.values()]).toStrictEqual(passages);
          expect(result.settings).toEqual(JSON.parse(JSON.stringify(settings)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('JSON-LD: export then import gives back what the annotations carry', () => {
    const carried = (p: SavedPassage) => ({
      id: p.id,
      url: p.url,
      documentKey: `url:${p.url.split('#')[0]}`,
      title: '',
      selectors: p.selectors,
      themes: p.themes,
      recommendations: p.recommendations,
      provisions: [],
      note: p.note,
      tags: p.tags,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    });
    fc.assert(
      fc.property(passagesArb, (passages) => {
        const result = parseImport(toWebAnnotations(passages));
        if (!result.ok) throw new Error(JSON.stringify(result.rejected));
        const db = store();
        db.import(result.passages);
        expect([...db.byId.values()]).toStrictEqual(passages.map(carried));
      }),
      { numRuns: 200 },
    );
  });
});

describe('planMerge', () => {
  it('merges records with a known id instead of duplicating them, keeping the newer version', () => {
    const [a, b, c] = samplePassages();
    const db = store([a!, { ...b!, note: 'edited here later', updatedAt: '2027-01-01T00:00:00.000Z' }]);
    const olderB = b!;
    const newerA = { ...a!, note: 'edited on the other machine', updatedAt: '2027-02-01T00:00:00.000Z' };
    const plan = db.import([newerA, olderB, c!]);
    expect(plan).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(db.byId.size).toBe(3);
    expect(db.byId.get(a!.id)!.note).toBe('edited on the other machine');
    expect(db.byId.get(b!.id)!.note).toBe('edited here later');
  });

  it('changes nothing when the same file is imported twice', () => {
    const file = toJsonBackup({ passages: samplePassages() });
    const db = store();
    const first = parseImport(file);
    const second = parseImport(file);
    if (!first.ok || !second.ok) throw new Error('import failed');
    expect(db.import(first.passages)).toMatchObject({ added: 3, updated: 0, unchanged: 0 });
    expect(db.import(second.passages)).toMatchObject({ added: 0, updated: 0, unchanged: 3, put: [] });
  });
});
