/**
 * The matching rules of ../shared/corpus/gold/README.md: span overlap plus
 * equal canonical sets where offsets exist (documents, English UNPC lines),
 * per-line multisets of canonical sets for the aligned translations.
 */
import type { SymbolMention } from '../../lib/symbols';
import type { GoldMention } from './symbols-corpus';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ScoreError {
  /** File name or "line 68". */
  where: string;
  kind: 'miss' | 'false positive';
  text: string;
  expected: string;
  got: string;
}

const setKey = (symbols: readonly string[] | null): string => [...(symbols ?? [])].sort().join(' + ');

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

/** Rules 1-5: overlap and equal canonical sets, one-to-one; ambiguous gold excluded both ways. */
export function scoreSpans(
  where: string,
  gold: GoldMention[],
  predicted: SymbolMention[],
  errors: ScoreError[],
): Counts {
  const counts = zero();
  const used = new Set<number>();
  const overlaps = (p: SymbolMention, g: GoldMention): boolean => p.start < g.end && g.start < p.end;
  for (const p of predicted) {
    if (gold.some((g) => g.ambiguous && overlaps(p, g))) continue; // rule 3: dropped
    const key = setKey(p.ambiguous ? [] : p.canonical);
    const match = gold.findIndex(
      (g, i) => !used.has(i) && !g.ambiguous && overlaps(p, g) && setKey(g.canonical) === key,
    );
    if (match >= 0 && key !== '') {
      used.add(match);
      counts.tp++;
    } else {
      counts.fp++;
      const near = gold.find((g) => !g.ambiguous && overlaps(p, g));
      errors.push({
        where,
        kind: 'false positive',
        text: p.text,
        expected: near ? setKey(near.canonical) : '(nothing)',
        got: p.ambiguous ? '(ambiguous)' : key,
      });
    }
  }
  gold.forEach((g, i) => {
    if (g.ambiguous || used.has(i)) return;
    counts.fn++;
    const near = predicted.find((p) => p.start < g.end && g.start < p.end);
    errors.push({
      where,
      kind: 'miss',
      text: g.text,
      expected: setKey(g.canonical),
      got: near ? (near.ambiguous ? '(ambiguous)' : setKey(near.canonical)) : '(nothing)',
    });
  });
  return counts;
}

/** Aligned translations: multiset of canonical sets per line; one prediction ignored per ambiguous gold. */
export function scoreMultiset(
  where: string,
  gold: GoldMention[],
  predicted: SymbolMention[],
  errors: ScoreError[],
  line = '',
): Counts {
  const remaining = new Map<string, number>();
  for (const g of gold) {
    if (g.ambiguous) continue;
    const key = setKey(g.canonical);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  let tp = 0;
  const unmatched: SymbolMention[] = [];
  for (const p of predicted) {
    const key = setKey(p.ambiguous ? [] : p.canonical);
    const left = remaining.get(key) ?? 0;
    if (key !== '' && left > 0) {
      remaining.set(key, left - 1);
      tp++;
    } else unmatched.push(p);
  }
  const ignored = Math.min(unmatched.length, gold.filter((g) => g.ambiguous).length);
  const fp = unmatched.length - ignored;
  const fn = [...remaining.values()].reduce((a, b) => a + b, 0);
  // Report what was left over, without pretending to know which prediction the ignore rule took.
  if (fp > 0) {
    for (const p of unmatched.slice(ignored)) {
      errors.push({
        where,
        kind: 'false positive',
        text: p.text,
        expected: '',
        got: p.ambiguous ? '(ambiguous)' : setKey(p.canonical),
      });
    }
  }
  for (const [key, left] of remaining) {
    for (let k = 0; k < left; k++) {
      errors.push({
        where,
        kind: 'miss',
        text: line.length > 140 ? `${line.slice(0, 140)}…` : line,
        expected: key,
        got: `${predicted.map((p) => (p.ambiguous ? '(ambiguous)' : setKey(p.canonical))).join('; ') || 'nothing'} on this line`,
      });
    }
  }
  return { tp, fp, fn };
}
