/**
 * The page stays usable under load: a page of 100,000 text nodes, a page that
 * mutates all the time, and an extension reload while pages are open (the old
 * content scripts clean up after themselves; a page never carries two sets of
 * highlights).
 *
 * "No task over 50 ms from us" is read from the Long Tasks API, attributed by
 * comparison: the same HTML is served on a host the extension does not run on
 * (www.example.org) and observed for the same time in the same test, so long
 * tasks the browser has anyway (parsing, first layout) are counted on both
 * sides. Our own slices are timed too (the extension's debug timing).
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { pageReady, pageReport } from './helpers/page-report';
import { textNodeCount } from './helpers/page-text';
import {
  debugTiming,
  longTasksAfter,
  recordLongTasks,
  slices as ourSlices,
  type LongTask,
} from './helpers/timing';
import { EXTENSION_DIR, extensionWorker, launchLens } from './launch';

/** When the document finished parsing: long tasks before it are the browser's parsing, with or without us. */
async function parsedAt(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  );
}

/** Steps of ours that overran their slice, by job (the extension's debug timing names them). */
async function ourLongSteps(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByName('wps:long-step')
      .map((e) => `${String((e as PerformanceMeasure).detail)}: ${Math.round(e.duration)} ms`),
  );
}

interface Measure {
  name: string;
  start: number;
  duration: number;
}

/** Our measured work (slices, and steps that overran one) since `from`. */
async function ourMeasures(page: Page, from = 0): Promise<Measure[]> {
  return page.evaluate(
    (t) =>
      ['wps:slice', 'wps:long-step'].flatMap((name) =>
        performance
          .getEntriesByName(name)
          .filter((e) => e.startTime >= t)
          .map((e) => ({ name, start: e.startTime, duration: e.duration })),
      ),
    from,
  );
}

/** Long tasks that contain a piece of our measured work: ours beyond doubt. */
function containing(tasks: LongTask[], ours: Measure[]): LongTask[] {
  return tasks.filter((t) =>
    ours.some((m) => m.start < t.start + t.duration && m.start + m.duration > t.start),
  );
}

/** A UN report page in our own words, with `paragraphs` paragraphs of ~10 text nodes each. */
function bigPage(paragraphs: number): string {
  const symbols = [
    'S/RES/1325 (2000)',
    'S/RES/1820 (2008)',
    'S/2019/800',
    'S/PRST/2004/40',
    'resolution 2493 (2019)',
  ];
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const cites =
      i % 10 === 0 ? ` recalling ${symbols[(i / 10) % symbols.length]} and the participation of women` : '';
    out.push(
      `<p id="p${i}">Paragraph <b>${i + 1}</b> of the report <i>covers</i> the situation${cites}, the <span>humanitarian</span> outlook, <em>mission</em> activities and <span>the</span> work <a href="#p${i}">ahead</a>.</p>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report of the Secretary-General (S/2024/292)</title>
<script>(${recordLongTasks.toString()})()</script></head>
<body><main><h1>Report of the Secretary-General on women and peace and security</h1>
<button id="probe" type="button">Probe</button>
${out.join('\n')}
</main><script>
const d = (window.__delays = []);
document.getElementById('probe').addEventListener('click', (e) => d.push(performance.now() - e.timeStamp));
</script></body></html>`;
}

/** A live page: a clock ticking every frame and a live blog adding an entry every 200 ms. */
function livePage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: Security Council open debate</title>
<script>(${recordLongTasks.toString()})()</script></head>
<body><main><h1>Live: open debate on women and peace and security</h1>
<p id="clock">00:00:00.000</p>
<p>The debate follows resolution S/RES/1325 (2000).</p>
<ol id="blog"></ol></main>
<script>
window.__ticks = 0;
const clock = document.getElementById('clock');
const tick = () => { window.__ticks++; clock.textContent = new Date().toISOString(); requestAnimationFrame(tick); };
requestAnimationFrame(tick);
window.__entries = 0;
const symbols = ['S/RES/1820 (2008)', 'S/RES/2467 (2019)', 'S/2019/800', 'S/RES/2242 (2015)'];
setInterval(() => {
  const n = ++window.__entries;
  const li = document.createElement('li');
  li.id = 'entry' + n;
  li.textContent = 'Speaker ' + n + ' recalled ' + symbols[n % symbols.length] + ' and the participation of women in peace talks.';
  document.getElementById('blog').prepend(li);
}, 200);
</script></body></html>`;
}

test('a page of 100,000 text nodes: annotated in slices, the page answering, no long task of ours', async ({
  context,
  serviceWorker,
  server,
  tabIdOf,
}) => {
  test.setTimeout(240_000);
  const html = bigPage(10_000);
  const LENS = 'https://www.un.org/en/robustness/big-report.html';
  const BASE = 'https://www.example.org/robustness/big-report.html';
  server.override(LENS, { body: html });
  server.override(BASE, { body: html });
  await debugTiming(serviceWorker);

  const page = await context.newPage();
  await page.goto(LENS);
  const textNodes = await textNodeCount(page);
  expect(textNodes).toBeGreaterThanOrEqual(100_000);
  const started = Date.now();
  // The reader clicks while we work: the page answers.
  for (let i = 0; i < 5; i++) {
    await page.locator('#probe').click();
    await page.waitForTimeout(300);
  }
  const tabId = await tabIdOf(page);
  await pageReady(serviceWorker, tabId, 180_000);
  const took = Date.now() - started;
  await page.waitForTimeout(1000);
  const lensTasks = await longTasksAfter(page, await parsedAt(page));
  const slices = await ourSlices(page);
  const longSteps = await ourLongSteps(page);
  const delays = await page.evaluate(() => (window as unknown as { __delays: number[] }).__delays);
  const report = await pageReport(serviceWorker, tabId);
  expect(report.symbols.map((s) => s.canonical)).toEqual(
    expect.arrayContaining(['S/RES/1325 (2000)', 'S/2019/800']),
  );
  await expect(page.locator('#p9990 mark[data-wps-kind]').first()).toBeAttached();

  // The same page where the extension does not run, watched as long.
  const base = await context.newPage();
  await base.goto(BASE);
  for (let i = 0; i < 5; i++) {
    await base.locator('#probe').click();
    await base.waitForTimeout(300);
  }
  await base.waitForTimeout(Math.max(0, took + 1000 - 1500));
  const baseTasks = await longTasksAfter(base, await parsedAt(base));
  const baseDelays = await base.evaluate(() => (window as unknown as { __delays: number[] }).__delays);

  const summary = {
    textNodes,
    secondsToReady: took / 1000,
    slices: slices.length,
    longestSliceMs: Math.round(Math.max(0, ...slices)),
    longSteps,
    longTasksHoldingOurWork: containing(lensTasks, await ourMeasures(page)).map((t) =>
      Math.round(t.duration),
    ),
    longTasksWithLens: lensTasks.map((t) => Math.round(t.duration)),
    longTasksWithout: baseTasks.map((t) => Math.round(t.duration)),
    inputDelayMs: delays.map(Math.round),
    inputDelayWithoutMs: baseDelays.map(Math.round),
  };
  console.log(`robustness (100k text nodes): ${JSON.stringify(summary)}`);
  expect(slices.length).toBeGreaterThan(0);
  expect(Math.max(...slices), 'longest slice of ours (ms)').toBeLessThanOrEqual(50);
  expect(summary.longTasksHoldingOurWork, JSON.stringify(summary)).toEqual([]);
  // Long tasks after parsing: with the lens, no more than the browser has without it.
  expect(lensTasks.length, JSON.stringify(summary)).toBeLessThanOrEqual(baseTasks.length + 1);
  expect(delays.length).toBe(5);
  server.override(LENS, null);
  server.override(BASE, null);
});

test('a page that mutates all the time: new entries annotated, the page’s own work undisturbed', async ({
  context,
  serviceWorker,
  server,
  tabIdOf,
}) => {
  test.setTimeout(120_000);
  const LENS = 'https://www.un.org/en/robustness/live.html';
  const BASE = 'https://www.example.org/robustness/live.html';
  server.override(LENS, { body: livePage() });
  server.override(BASE, { body: livePage() });
  await debugTiming(serviceWorker);
  const WATCH = 10_000;

  // Both pages run side by side and are watched over the same 10 s, so the machine's noise falls on both.
  const base = await context.newPage();
  await base.goto(BASE);
  const page = await context.newPage();
  await page.goto(LENS);
  await pageReady(serviceWorker, await tabIdOf(page));
  const ticksOf = (p: Page) => p.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
  const [from, baseFrom] = await Promise.all([page, base].map((p) => p.evaluate(() => performance.now())));
  const [ticks0, baseTicks0] = await Promise.all([ticksOf(page), ticksOf(base)]);
  await page.waitForTimeout(WATCH);
  const [ticks1, baseTicks1] = await Promise.all([ticksOf(page), ticksOf(base)]);
  const ticks = ticks1 - ticks0;
  const baseTicks = baseTicks1 - baseTicks0;
  const entries = await page.evaluate(() => (window as unknown as { __entries: number }).__entries);
  const lensTasks = await longTasksAfter(page, from!);
  const baseTasks = await longTasksAfter(base, baseFrom!);
  const ours = await ourMeasures(page, from!);
  const slices = ours.filter((m) => m.name === 'wps:slice').map((m) => m.duration);
  const oursLong = containing(lensTasks, ours);

  // Entries keep being annotated, each exactly once (the newest wait out our back-off while the page
  // keeps changing), and the clock is never marked.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Array.from(
          { length: 10 },
          (_, i) => document.querySelectorAll(`#entry${i + 5} mark[data-wps-kind="symbol"]`).length,
        ),
      ),
    )
    .toEqual(Array(10).fill(1));
  const lag = await page.evaluate(() => {
    const items = [...document.querySelectorAll('#blog li')];
    const newestMarked = items.findIndex((li) => li.querySelector('mark[data-wps-kind]'));
    return newestMarked < 0 ? null : newestMarked * 200; // entries come every 200 ms
  });
  expect(lag, 'entries annotated within 5 s').not.toBeNull();
  expect(lag!).toBeLessThanOrEqual(5_000);
  expect(await page.locator('#clock mark').count()).toBe(0);
  expect(await page.locator('mark[data-wps-kind] mark[data-wps-kind="symbol"]').count()).toBe(0);

  const busy = slices.reduce((a, b) => a + b, 0);
  const summary = {
    entries,
    framesWithLens: ticks,
    framesWithout: baseTicks,
    frameRatio: +(ticks / Math.max(1, baseTicks)).toFixed(2),
    annotationLagMs: lag,
    ourBusyShare: +(busy / WATCH).toFixed(3),
    longestSliceMs: Math.round(Math.max(0, ...slices)),
    longTasksHoldingOurWork: oursLong.map((t) => Math.round(t.duration)),
    longTasksWithLens: lensTasks.map((t) => Math.round(t.duration)),
    longTasksWithout: baseTasks.map((t) => Math.round(t.duration)),
  };
  console.log(`robustness (live page): ${JSON.stringify(summary)}`);
  expect(Math.max(0, ...slices)).toBeLessThanOrEqual(50);
  expect(summary.longTasksHoldingOurWork, JSON.stringify(summary)).toEqual([]);
  expect(lensTasks.length, JSON.stringify(summary)).toBeLessThanOrEqual(baseTasks.length + 1);
  // The page's animation keeps its pace next to the same page without us.
  expect(summary.frameRatio, JSON.stringify(summary)).toBeGreaterThan(0.8);
  expect(summary.ourBusyShare).toBeLessThan(0.25);
  server.override(LENS, null);
  server.override(BASE, null);
});

/**
 * Listeners our content scripts hold on `document`, over CDP: the document as
 * each of our isolated worlds sees it, and the listeners added by our script.
 */
async function ourDocumentListeners(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const scripts = new Map<string, string>();
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Debugger.scriptParsed', (e) => scripts.set(e.scriptId, e.url));
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Debugger.enable');
  await cdp.send('Runtime.enable');
  let count = 0;
  for (const world of worlds.filter(
    (w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'),
  )) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document', contextId: world.id });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    count += listeners.filter(
      (l) =>
        /\/content-scripts\//.test(scripts.get(l.scriptId) ?? '') &&
        // WXT's own "a newer script started" listener, which WXT removes only when its context is
        // aborted; the lens stops without aborting it (see the report). It does nothing once we stopped.
        !l.type.endsWith(':wxt:content-script-started'),
    ).length;
  }
  await cdp.detach();
  return count;
}

test('an extension reload while pages are open: old scripts clean up, never two sets of highlights', async ({
  server,
}) => {
  test.setTimeout(120_000);
  // Its own browser: reloading an extension given on the command line needs CDP's
  // Extensions.loadUnpacked (chrome.runtime.reload() unloads it for good there), which
  // Chromium offers only with --enable-unsafe-extension-debugging.
  const lens = await launchLens({ port: server.port, extraArgs: ['--enable-unsafe-extension-debugging'] });
  const { context } = lens;
  try {
    const first = await extensionWorker(context);
    const tabIdOf = async (page: Page, worker: Worker) => {
      await page.bringToFront();
      return worker.evaluate(
        async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
      );
    };
    const A = 'https://www.un.org/securitycouncil/content/women-peace-and-security.html';
    const B = 'https://undocs.org/en/S/RES/2467(2019)';
    const open = async (url: string) => {
      const p = await context.newPage();
      await p.goto(url);
      await pageReady(first, await tabIdOf(p, first));
      return p;
    };
    const a = await open(A);
    const b = await open(B);
    const marksA = await a.locator('mark[data-wps-kind]').count();
    const marksB = await b.locator('mark[data-wps-kind]').count();
    const listenersA = await ourDocumentListeners(a);
    expect(marksA).toBeGreaterThan(0);
    expect(listenersA).toBeGreaterThan(0);

    // The extension is reloaded (as an update would): a new worker, the pages left open.
    const restarted = context.waitForEvent('serviceworker', { predicate: (w) => w !== first });
    const browser = await context.browser()!.newBrowserCDPSession();
    await browser.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never);
    const worker = await restarted;
    await expect.poll(() => worker.evaluate(() => chrome.runtime.id).catch(() => null)).toBeTruthy();

    // Page A is touched (new text, a key press): the orphaned script stops and leaves the page as it was.
    await a.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'A late paragraph recalls resolution S/RES/1820 (2008).';
      document.querySelector('main')!.append(p);
    });
    await a.keyboard.press('Alt+Shift+N');
    await expect.poll(() => a.locator('mark[data-wps-kind]').count()).toBe(0);
    await expect.poll(() => ourDocumentListeners(a)).toBe(0);
    const [withLens, original] = await a.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const pristine = new DOMParser().parseFromString(html, 'text/html');
      return [document.querySelector('main')!.textContent, pristine.querySelector('main')!.textContent];
    });
    expect(withLens).toBe(`${original}A late paragraph recalls resolution S/RES/1820 (2008).`);
    // The page's own scripts still work.
    await a.getByRole('button', { name: 'Menu' }).click();
    await expect(a.locator('body')).toHaveAttribute('data-menu', 'open');

    // Page B, left alone until now: woken by the reader, it too gives the page back.
    await b.bringToFront();
    await b.keyboard.press('Alt+Shift+N');
    await expect.poll(() => b.locator('mark[data-wps-kind]').count()).toBe(0);

    // Reloaded, each page has the new extension's highlights, once.
    for (const [page, marks] of [
      [a, marksA],
      [b, marksB],
    ] as const) {
      await page.reload();
      await pageReady(worker, await tabIdOf(page, worker));
      await expect(page.locator('mark[data-wps-kind]')).toHaveCount(marks);
      expect(await page.locator('mark[data-wps-kind="symbol"] mark[data-wps-kind="symbol"]').count()).toBe(0);
    }
    expect(await ourDocumentListeners(a)).toBe(listenersA);
  } finally {
    await lens.close();
  }
});
