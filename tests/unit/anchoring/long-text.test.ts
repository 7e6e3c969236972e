import { describe as group, expect, it } from 'vitest';
import { anchor, describe, type AnchorStats } from '../../../lib/anchoring/text';
import { PARAGRAPHS } from './sample';

/**
 * A 1 MB page of resolution-like paragraphs: each sentence joins a subject, a
 * verb and an object with a few words drawn from the sample resolution, by a
 * seeded generator (every run builds the same text). Formulaic like a UN
 * document, but with no two paragraphs alike.
 */
function longPage(bytes: number): string[] {
  const subjects = [
    'The Council',
    'Member States',
    'The Secretary-General',
    'Regional organizations',
    'The Mission',
  ];
  const verbs = ['urges', 'requests', 'encourages', 'welcomes', 'notes', 'calls upon', 'stresses', 'recalls'];
  const objects = [
    'the participation of women',
    'sexual violence in conflict',
    'gender advisers',
    'national action plans',
  ];
  const words = [
    ...new Set(
      PARAGRAPHS.join(' ')
        .split(/[\s,;.]+/)
        .filter((w) => w.length > 2),
    ),
  ];
  // mulberry32: a small seeded generator without the short cycles of a plain LCG's low bits.
  let seed = 7;
  const next = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const parts = [`${i + 1}.`];
    for (let s = 1 + next(3); s > 0; s--) {
      const extra = Array.from({ length: 3 + next(4) }, () => words[next(words.length)]).join(' ');
      parts.push(`${subjects[next(5)]} ${verbs[next(8)]} ${objects[next(4)]} as to ${extra};`);
    }
    const paragraph = parts.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 1;
  }
  return paragraphs;
}

group('anchoring on a 1 MB page', () => {
  it('re-anchors 200 saved passages with bounded work, finding moved and edited ones and refusing removed ones', () => {
    const paragraphs = longPage(1_000_000);
    const before = paragraphs.join('\n');
    expect(before.length).toBeGreaterThanOrEqual(1_000_000);

    const offsets: number[] = [];
    paragraphs.reduce((at, p) => (offsets.push(at), at + p.length + 1), 0);
    // Save one passage (a middle slice of its paragraph) in 200 paragraphs spread over the page.
    const saved = Array.from({ length: 200 }, (_, i) => {
      const index = 20 + Math.floor((i * (paragraphs.length - 40)) / 200);
      const paragraph = paragraphs[index]!;
      const offset = offsets[index]!;
      const from = paragraph.indexOf(' ') + 1;
      const to = Math.min(paragraph.length, from + 90);
      return {
        index,
        text: paragraph.slice(from, to),
        selectors: describe(before, offset + from, offset + to),
      };
    });

    // The page changes: a banner at the top, every 10th saved passage edited, every 25th removed.
    const after = [...paragraphs];
    const edited = new Map<number, string>();
    const removed = new Set<number>();
    saved.forEach((s, i) => {
      if (i % 25 === 24) {
        removed.add(i);
        after[s.index] = '';
      } else if (i % 10 === 9) {
        const text = s.text.replace(/ (\w+) /, ' revised ');
        edited.set(i, text);
        after[s.index] = after[s.index]!.replace(s.text, text);
      }
    });
    const page = [
      'Cookie notice: this site uses cookies.',
      'Skip to main content',
      ...after.filter((p) => p),
    ].join('\n');

    const perPassage: { steps: number; stage: string | null }[] = [];
    saved.forEach((s, i) => {
      const stats: AnchorStats = { steps: 0, stage: null, candidates: 0 };
      const match = anchor(page, s.selectors, { stats });
      perPassage.push({ steps: stats.steps, stage: stats.stage });
      if (removed.has(i)) {
        expect(match, `removed passage ${i}`).toBeNull();
      } else {
        const expected = (edited.get(i) ?? s.text).trim();
        expect(page.slice(match!.start, match!.end), `passage ${i}`).toBe(expected);
      }
    });

    const n = page.length;
    const total = perPassage.reduce((sum, p) => sum + p.steps, 0);
    // Preparing the page (whitespace map, code point index) is done once: ~n steps in all.
    const exact = perPassage.filter((p, i) => p.stage === 'exact' && i > 0);
    const fuzzy = perPassage.filter((p) => p.stage === 'fuzzy');
    const notFound = perPassage.filter((p) => p.stage === null);
    expect(exact.length).toBe(200 - edited.size - removed.size - 1);
    expect(fuzzy.length).toBe(edited.size);
    expect(notFound.length).toBe(removed.size);
    // An exact passage costs its candidates' context checks, not a pass over the page.
    expect(Math.max(...exact.map((p) => p.steps))).toBeLessThan(20_000);
    // An edited one is searched near its saved position first, in widening
    // windows (removed paragraphs before it shift it): a fraction of the page.
    const fuzzySteps = fuzzy.map((p) => p.steps).sort((a, b) => a - b);
    expect(fuzzySteps[fuzzySteps.length >> 1]).toBeLessThan(20_000);
    expect(fuzzySteps[fuzzySteps.length - 1]).toBeLessThan(n / 5);
    // A removed one costs one bit-parallel pass over the page (a few 32-row blocks per character).
    expect(Math.max(...notFound.map((p) => p.steps))).toBeLessThan(5 * n);
    // All 200: a few passes' worth of simple steps, i.e. well under a second
    // (JavaScript runs hundreds of millions of such steps a second).
    expect(total).toBeLessThan(40 * n);
  });
});

group('a quote that occurs thousands of times', () => {
  it('examines a bounded number of occurrences, nearest the saved position first', () => {
    const paragraph =
      'The participation of women and the protection of women in the work of women mediators.';
    const paragraphs = Array.from({ length: 8000 }, (_, i) => `${i + 1}. ${paragraph}`);
    const text = paragraphs.join('\n');
    const at = text.indexOf('women', text.indexOf('6001. '));
    const selectors = describe(text, at, at + 'women'.length);
    const stats: AnchorStats = { steps: 0, stage: null, candidates: 0 };
    const match = anchor(text, selectors, { stats });
    expect(match!.start).toBe(at);
    expect(stats.candidates).toBeLessThanOrEqual(1001);
  });
});
