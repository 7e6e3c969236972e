/**
 * Debug timing for `npm run bench:annotate`: User Timing marks and measures
 * the benchmark reads from the page (`performance` is shared between the
 * page and our isolated world). Off unless the `debugTiming` storage flag is
 * set, so readers' pages never get our entries.
 */

export const TIMING = {
  start: 'wps:start',
  firstViewport: 'wps:first-viewport',
  ready: 'wps:ready',
  slice: 'wps:slice',
  warmUp: 'wps:warm-up',
  longStep: 'wps:long-step',
} as const;

export interface Timing {
  mark(name: string, detail?: unknown): void;
  slice(start: number, end: number): void;
  /** The matchers' one-time set-up (a lexicon compiling its expressions). */
  warmUp(start: number, end: number): void;
  /** One step of work longer than a slice should be (what it was, in `detail`). */
  longStep(job: string, start: number, end: number): void;
}

const NONE: Timing = {
  mark: () => undefined,
  slice: () => undefined,
  warmUp: () => undefined,
  longStep: () => undefined,
};

export function createTiming(enabled: boolean, perf: Performance = performance): Timing {
  if (!enabled) return NONE;
  return {
    mark: (name, detail) => void perf.mark(name, detail === undefined ? undefined : { detail }),
    slice: (start, end) => void perf.measure(TIMING.slice, { start, end }),
    warmUp: (start, end) => void perf.measure(TIMING.warmUp, { start, end }),
    longStep: (job, start, end) => void perf.measure(TIMING.longStep, { start, end, detail: job }),
  };
}
