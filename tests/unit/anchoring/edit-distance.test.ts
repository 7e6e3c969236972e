import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, matchStart, searchApprox } from '../../../lib/anchoring/text-edit-distance';

/** The textbook semi-global programme: best errors of `pattern` ending at each text offset. */
function naiveEnds(pattern: string, text: string, anchored = false): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const ends: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const next = [anchored ? j : 0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      next[i] = Math.min(column[i - 1]! + cost, column[i]! + 1, next[i - 1]! + 1);
    }
    column = next;
    ends.push(column[pattern.length]!);
  }
  return ends;
}

/** Small alphabets make near-matches frequent, which is where the cut-off can go wrong. */
const small = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), minLength: min, maxLength: max });

describe('searchApprox (Myers bit-parallel, blocks, Ukkonen cut-off)', () => {
  it('reports exactly the ends the dynamic programme finds, with the same errors', () => {
    fc.assert(
      fc.property(small(1, 90), small(0, 200), fc.integer({ min: 0, max: 40 }), (pattern, text, k) => {
        const expected = naiveEnds(pattern, text)
          .map((errors, j) => ({ end: j + 1, errors }))
          .filter((e) => e.errors <= Math.min(k, pattern.length));
        expect(searchApprox(pattern, text, k)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the dynamic programme in anchored mode too', () => {
    fc.assert(
      fc.property(small(1, 70), small(0, 120), fc.integer({ min: 0, max: 30 }), (pattern, text, k) => {
        const expected = naiveEnds(pattern, text, true)
          .map((errors, j) => ({ end: j + 1, errors }))
          .filter((e) => e.errors <= Math.min(k, pattern.length));
        const got = searchApprox(pattern, text, k, 0, text.length, undefined, true);
        // Anchored search may stop once no end can be within k; what it reports must match.
        expect(got).toEqual(expected.slice(0, got.length));
        expect(expected.slice(got.length)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a long pattern (several blocks) with a few edits in a long text', () => {
    const pattern = 'Calls upon all parties to armed conflict to respect fully international law '.repeat(2);
    const edited = pattern.replace('respect fully', 'fully respect').replace('armed', 'armd');
    const text = 'x'.repeat(500) + edited + 'y'.repeat(500);
    const ends = searchApprox(pattern, text, 20);
    const best = ends.reduce((a, b) => (b.errors < a.errors ? b : a));
    expect(best.end).toBe(500 + edited.length);
    expect(best.errors).toBe(naiveEnds(pattern, text)[best.end - 1]);
  });

  it('counts less work with the cut-off than a full programme would need', () => {
    const pattern = 'a'.repeat(300) + 'b'.repeat(300);
    const text = 'the quick brown fox '.repeat(2000);
    const work = { steps: 0 };
    searchApprox(pattern, text, 10, 0, text.length, work);
    const blocks = Math.ceil(pattern.length / 32);
    expect(work.steps).toBeLessThan((text.length * blocks) / 4);
    expect(work.steps).toBeGreaterThanOrEqual(text.length);
  });

  it('refuses an empty pattern', () => {
    expect(() => searchApprox('', 'abc', 1)).toThrow(RangeError);
  });
});

describe('matchStart', () => {
  it('finds the start of the best match ending at a given offset', () => {
    fc.assert(
      fc.property(
        small(1, 60),
        small(0, 30),
        small(0, 80),
        small(0, 30),
        (pattern, before, middle, after) => {
          const text = before + middle + after;
          const end = before.length + middle.length;
          const k = Math.ceil(pattern.length / 2);
          const found = matchStart(pattern, text, end, k);
          const best = Math.min(
            ...Array.from({ length: end + 1 }, (_, s) => editDistance(pattern, text.slice(s, end))),
          );
          if (best > k) {
            expect(found).toBeNull();
          } else {
            expect(found).not.toBeNull();
            expect(found!.errors).toBe(best);
            expect(editDistance(pattern, text.slice(found!.start, end))).toBe(best);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('flaw', 'lawn')).toBe(2);
  });
});
