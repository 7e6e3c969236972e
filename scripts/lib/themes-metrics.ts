/** Scoring helpers for eval:themes: per-theme counts, F1, bootstrap, top-k. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : c.fn ? 0 : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: c.tp + c.fn };
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Counts of one binary decision. */
export function decide(expected: boolean, got: boolean): Counts {
  return { tp: expected && got ? 1 : 0, fp: !expected && got ? 1 : 0, fn: expected && !got ? 1 : 0 };
}

/** Macro F1 over labels that have support or predictions. */
export function macroF1(byLabel: Map<string, Counts>): number {
  const f = [...byLabel.values()].filter((c) => c.tp + c.fn + c.fp > 0).map((c) => prf(c).f1);
  return f.length ? f.reduce((s, x) => s + x, 0) / f.length : 1;
}

/** A small seeded generator, so bootstrap intervals repeat from run to run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 95% bootstrap interval of a statistic over lines (resampled with replacement). */
export function bootstrap<T>(
  items: T[],
  stat: (sample: T[]) => number,
  rounds = 300,
  seed = 1325,
): [number, number] {
  const next = rng(seed);
  const values: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const sample = items.map(() => items[Math.floor(next() * items.length)]!);
    values.push(stat(sample));
  }
  values.sort((a, b) => a - b);
  return [values[Math.floor(rounds * 0.025)]!, values[Math.floor(rounds * 0.975)]!];
}

export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
export const r3 = (x: number): number => Math.round(x * 1000) / 1000;
