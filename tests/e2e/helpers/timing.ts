/**
 * Our own work as the page sees it: the extension's debug timing (one
 * `wps:slice` User Timing entry per slice of work), the budget slices keep,
 * and the browser's long tasks, recorded from a page's first script on.
 * Shared by the end-to-end tests and the benchmarks.
 */
import type { Page, Worker } from '@playwright/test';
import { expect } from '@playwright/test';

/** Turns the extension's slice timing on (User Timing entries the page can read). */
export async function debugTiming(worker: Worker): Promise<void> {
  await worker.evaluate(() => chrome.storage.local.set({ debugTiming: true }));
}

/** Durations of our slices (ms), from the debug timing entries. */
export async function slices(page: Page): Promise<number[]> {
  return page.evaluate(() => performance.getEntriesByName('wps:slice').map((e) => e.duration));
}

/**
 * Our slices stay within budget. Wall-clock durations on a shared, loaded
 * machine include time the OS gave other processes, so single slices can
 * read long: the test asks that nearly all are short and none is far over
 * (a step that is long by itself, like a lexicon compiling in a slice, is).
 */
export function expectSlicesWithinBudget(durations: number[]): void {
  expect(durations.length).toBeGreaterThan(0);
  const sorted = [...durations].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
  expect(p95).toBeLessThan(50);
  expect(sorted[sorted.length - 1]!).toBeLessThan(200);
}

/** A long task the Long Tasks API reported (ms, page time). */
export interface LongTask {
  start: number;
  duration: number;
}

/**
 * Runs in the page (an init script, or inlined in a page's first `<script>`):
 * records every long task, buffered ones included, in `window.__longTasks`.
 * Self-contained, as it is sent to the page as source.
 */
export function recordLongTasks(): void {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The long tasks `recordLongTasks` saw in `page` that started at or after `from` (ms, page time). */
export async function longTasksAfter(page: Page, from: number): Promise<LongTask[]> {
  return page.evaluate(
    (t) => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((e) => e.start >= t),
    from,
  );
}
