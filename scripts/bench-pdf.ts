/**
 * `npm run bench:pdf`: what annotation adds to rendering a long PDF's text
 * layers, in real Chromium with the built extension, on the 101-page OSAGI
 * publication from ../shared/corpus (served as a UN URL).
 *
 * Each round opens the viewer twice on the same PDF in the same browser:
 * once with 1325 Lens switched off for the PDF's site (pdf.js renders text
 * layers, nothing is recognized or highlighted), once on. Both times the
 * reader's scroll is replayed page by page to the end, so every page's text
 * layer renders once. The viewer records its own work as User Timing
 * measures: `lens:pdf:text-layer` (pdf.js, main thread), `lens:pdf:highlight`
 * (our marks on the text layer, main thread) and `lens:pdf:analyze` (joining
 * the page's text and running the recognizers, in the viewer's analysis
 * worker, off the main thread). The benchmark sums them per run.
 *
 * Figures are medians over the rounds. The goal: annotation adds ≤ 20 % to
 * the main-thread time of rendering the text layers (what the reader's
 * scrolling waits on), measured in the same run; the worker's analysis time
 * and the wall-clock time of the whole scroll, with and without, are printed
 * beside it.
 *
 *   npm run bench:pdf                 (builds into .output-bench-pdf; BENCH_ROUNDS=3 by default)
 *   npm run bench:pdf -- --no-build   (measures the build already in WXT_OUT_DIR)
 *
 * The last line printed is one JSON object with the figures.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// A build of its own, made now: measuring whatever .output holds could time
// an older version of the viewer.
const OUT_DIR = process.env.WXT_OUT_DIR ?? '.output-bench-pdf';
process.env.WXT_OUT_DIR = OUT_DIR;
if (!process.argv.includes('--no-build')) {
  console.log(`Building the extension into ${OUT_DIR}...`);
  const built = spawnSync('npx', ['wxt', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: process.env,
  });
  if (built.status !== 0) {
    console.error('The build failed.');
    process.exit(1);
  }
}
// Imported once WXT_OUT_DIR is set: the launcher reads it to find the build.
const { extensionWorker, launchLens, missingBuild } = await import('../tests/e2e/launch');
const { startFixtureServer } = await import('../tests/e2e/server');

const CORPUS = resolve(process.env.LENS_CORPUS ?? '../shared/corpus');
const PDF_FILE = join(CORPUS, 'documents/OSAGI_DAES_CEA_Resolution_1325_Comprendre_les_implications_FR.pdf');
const PDF_URL = 'https://www.un.org/womenwatch/osagi/wps/publication/Comprendre_les_implications_FR.pdf';
const SITE = 'www.un.org';
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const GOAL = 0.2;

if (!existsSync(PDF_FILE)) {
  console.error(
    `bench:pdf needs the 101-page PDF at ${PDF_FILE} (the shared corpus, ../shared/corpus). It is missing.`,
  );
  process.exit(1);
}
const missing = missingBuild();
if (missing) {
  console.error(missing);
  process.exit(1);
}

interface Run {
  textLayer: number;
  analyze: number;
  highlight: number;
  /** The longest single slice of our main-thread work (one highlight slice). */
  longestSlice: number;
  wall: number;
  pages: number;
  marks: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function setSiteEnabled(context: BrowserContext, enabled: boolean): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate(
    async ([site, on]) => {
      const { settings } = await chrome.storage.local.get('settings');
      const current = (settings ?? {}) as { disabledSites?: string[] };
      const others = (current.disabledSites ?? []).filter((s) => s !== site);
      await chrome.storage.local.set({
        settings: { ...current, enabled: true, disabledSites: on ? others : [...others, site] },
      });
    },
    [SITE, enabled] as const,
  );
}

/** Opens the viewer and replays a reader's scroll to the last page; returns the viewer's own timings. */
async function oneRun(context: BrowserContext, extensionId: string, annotate: boolean): Promise<Run> {
  await setSiteEnabled(context, annotate);
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const started = Date.now();
  await page.goto(`chrome-extension://${extensionId}/pdf-viewer.html?file=${encodeURIComponent(PDF_URL)}`);
  const count = await page
    .locator('section.pdf-page')
    .count()
    .then(async (n) => {
      if (n > 0) return n;
      await page.locator('section.pdf-page').first().waitFor();
      return page.locator('section.pdf-page').count();
    });
  const done = annotate
    ? '[data-state=annotated],[data-state=image]'
    : '[data-state=text],[data-state=image]';
  for (let n = 1; n <= count; n += 1) {
    await page.evaluate((p) => document.querySelector(`section[data-page="${p}"]`)?.scrollIntoView(), n);
    await page
      .locator(`section.pdf-page[data-page="${n}"]`)
      .and(page.locator(done))
      .waitFor({ timeout: 30_000 });
  }
  const wall = Date.now() - started;
  const totals = await page.evaluate(() => {
    const sum: Record<string, number> = {};
    let longest = 0;
    for (const m of performance.getEntriesByType('measure')) {
      if (!m.name.startsWith('lens:pdf:')) continue;
      sum[m.name] = (sum[m.name] ?? 0) + m.duration;
      if (m.name === 'lens:pdf:highlight') longest = Math.max(longest, m.duration);
    }
    return { sum, longest, marks: document.querySelectorAll('mark[data-wps-kind]').length };
  });
  await page.close();
  if (errors.length) throw new Error(`the viewer failed: ${errors.join('; ')}`);
  return {
    textLayer: totals.sum['lens:pdf:text-layer'] ?? 0,
    analyze: annotate ? (totals.sum['lens:pdf:analyze'] ?? 0) : 0,
    highlight: annotate ? (totals.sum['lens:pdf:highlight'] ?? 0) : 0,
    longestSlice: annotate ? totals.longest : 0,
    wall,
    pages: count,
    marks: totals.marks,
  };
}

const server = await startFixtureServer();
server.override(PDF_URL, { body: readFileSync(PDF_FILE), type: 'application/pdf' });
const lens = await launchLens({ port: server.port });
const { context } = lens;
try {
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;

  // One warm-up pair (JIT, font caches), not counted; then the rounds, off and on alternating.
  await oneRun(context, extensionId, false);
  await oneRun(context, extensionId, true);
  const off: Run[] = [];
  const on: Run[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    off.push(await oneRun(context, extensionId, false));
    on.push(await oneRun(context, extensionId, true));
    const a = off.at(-1)!;
    const b = on.at(-1)!;
    console.log(
      `round ${round + 1}: text layers ${ms(a.textLayer)} (off) / ${ms(b.textLayer)} (on); ` +
        `highlights ${ms(b.highlight)}, worker analysis ${ms(b.analyze)}; ` +
        `scroll to the end ${a.wall} ms / ${b.wall} ms`,
    );
  }

  const pages = on[0]!.pages;
  const textOff = median(off.map((r) => r.textLayer));
  const textOn = median(on.map((r) => r.textLayer));
  const analyze = median(on.map((r) => r.analyze));
  const highlight = median(on.map((r) => r.highlight));
  // What annotation adds on the main thread, against the text layers of the same run.
  const mainShare = median(on.map((r) => r.highlight / r.textLayer));
  // The "with" run's main-thread text layers + highlights against the "without" run.
  const ratioWithWithout = median(on.map((r) => r.textLayer + r.highlight)) / textOff;
  // All annotation work, the worker's included, against the same run's text layers.
  const allShare = median(on.map((r) => (r.analyze + r.highlight) / r.textLayer));
  const wallOff = median(off.map((r) => r.wall));
  const wallOn = median(on.map((r) => r.wall));
  const longestSlice = Math.max(...on.map((r) => r.longestSlice));
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

  console.log('');
  console.log(`PDF: ${pages} pages (${PDF_FILE}), ${ROUNDS} rounds, medians`);
  console.log(`text layers, annotation off (baseline, main thread): ${ms(textOff)}`);
  console.log(`text layers, annotation on (main thread):            ${ms(textOn)}`);
  console.log(
    `highlights (main thread):                            ${ms(highlight)} = ${pct(mainShare)} of the same run's text layers (goal ≤ ${pct(GOAL)})`,
  );
  console.log(`text layers + highlights vs the baseline:            ×${ratioWithWithout.toFixed(3)}`);
  console.log(
    `analysis in the worker (join + recognizers):         ${ms(analyze)} = ${pct(allShare)} with the highlights, off the main thread`,
  );
  console.log(`longest highlight slice (main thread):               ${ms(longestSlice)}`);
  console.log(
    `scroll to the last page, wall clock (canvas included): ${wallOff} ms off, ${wallOn} ms on (×${(wallOn / wallOff).toFixed(3)})`,
  );
  console.log(
    JSON.stringify({
      bench: 'pdf',
      pages,
      rounds: ROUNDS,
      textLayerOffMs: Number(textOff.toFixed(1)),
      textLayerOnMs: Number(textOn.toFixed(1)),
      highlightMs: Number(highlight.toFixed(1)),
      mainThreadShare: Number(mainShare.toFixed(3)),
      ratioWithWithout: Number(ratioWithWithout.toFixed(3)),
      workerAnalysisMs: Number(analyze.toFixed(1)),
      allWorkShare: Number(allShare.toFixed(3)),
      goal: GOAL,
      goalMet: mainShare <= GOAL,
      longestSliceMs: Number(longestSlice.toFixed(1)),
      wallOffMs: wallOff,
      wallOnMs: wallOn,
      wallRatio: Number((wallOn / wallOff).toFixed(3)),
    }),
  );
} finally {
  await lens.close();
  await server.close();
}
