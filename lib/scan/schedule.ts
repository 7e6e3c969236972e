/**
 * Idle-time slices. Long work runs in `requestIdleCallback` callbacks, each
 * stopping when its budget or the browser's `timeRemaining()` runs out, so no
 * task of ours holds the main thread for long. Where there is no idle
 * callback (Safari, tests), `scheduler.yield`/`setTimeout` yield instead.
 *
 * The functions are captured when this module loads: content scripts run in
 * an isolated world, so a page cannot patch them, but capturing keeps the
 * scheduler independent of anything replaced later in our own world too.
 */

export interface Deadline {
  timeRemaining(): number;
}

/** Waits until the browser has time for us. */
export type Yield = () => Promise<Deadline>;

const now = performance.now.bind(performance);
const ric = typeof requestIdleCallback === 'function' ? requestIdleCallback.bind(globalThis) : null;
const timeout = setTimeout.bind(globalThis);

/** Waits for idle time where the browser has it, else yields to the event loop. */
export function idle(): Promise<Deadline> {
  return new Promise((resolve) => {
    if (ric) {
      // The timeout keeps a busy page from starving the annotation entirely.
      ric(resolve, { timeout: 300 });
    } else {
      timeout(() => resolve({ timeRemaining: () => 16 }), 0);
    }
  });
}

/**
 * Yields to the browser (input, rendering) and resumes as soon as it can,
 * without waiting for idle time: for urgent work, like the passages in view.
 */
export function soon(): Promise<Deadline> {
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  const full: Deadline = { timeRemaining: () => 50 };
  if (typeof sched?.yield === 'function') return sched.yield().then(() => full);
  return new Promise((resolve) => timeout(() => resolve(full), 0));
}

/** A clock for the slices: `performance.now`, captured at load. */
export function clock(): number {
  return now();
}

export interface SliceOptions {
  /** The most a slice may run, in ms, whatever the browser offers. */
  budget: number;
  signal?: AbortSignal;
  /** Called with the start and end of each slice (debug timing). */
  onSlice?: (start: number, end: number) => void;
}

/**
 * Runs `step` repeatedly in slices until it returns true (done) or the signal
 * aborts. A step should be small (one passage); the slice checks the clock
 * between steps. Resolves true when the work finished.
 */
export async function runSliced(
  step: () => boolean,
  options: SliceOptions,
  wait: Yield = idle,
): Promise<boolean> {
  for (;;) {
    const deadline = await wait();
    if (options.signal?.aborted) return false;
    const started = now();
    const limit = Math.min(options.budget, Math.max(2, deadline.timeRemaining()));
    let finished = false;
    try {
      do {
        finished = step();
      } while (!finished && now() - started < limit);
    } finally {
      options.onSlice?.(started, now());
    }
    if (finished) return true;
  }
}

/** Resolves after the next frame is painted (layout is clean then), or after `max` ms. */
export function afterPaint(max = 100): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    timeout(done, max);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => timeout(done, 0));
  });
}
