/**
 * The main job: open Chromium with the built extension on a bundled sample UN
 * page, with the side panel beside it. Headed when a display exists (the
 * browser stays open until you close it); headless otherwise, saving
 * screenshots of the annotated page and the side panel to a folder it prints.
 *
 *   npm run demo                # build, then open
 *   DEMO_HEADLESS=1 npm run demo  # force headless screenshots
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extensionWorker, launchLens } from '../tests/e2e/launch';
import { startFixtureServer } from '../tests/e2e/server';

const SAMPLE = 'https://www.un.org/securitycouncil/content/women-peace-and-security.html';
const OUT = resolve(process.env.DEMO_OUT ?? 'demo-output');

const headless = process.env.DEMO_HEADLESS === '1' || !process.env.DISPLAY;
const server = await startFixtureServer();
const lens = await launchLens({ port: server.port, headless, viewport: headless ? undefined : null });
const { context } = lens;
const worker = await extensionWorker(context);
const extensionId = new URL(worker.url()).host;

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(SAMPLE);
await page.locator('mark[data-wps-kind]').first().waitFor();
const tabId = await worker.evaluate(async () => {
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
});

const panel = await context.newPage();
if (headless) await panel.setViewportSize({ width: 400, height: 900 });
await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
await panel.getByTestId('symbol-list').waitFor();

if (headless) {
  await mkdir(OUT, { recursive: true });
  const pageShot = join(OUT, 'annotated-page.png');
  const panelShot = join(OUT, 'side-panel.png');
  await page.bringToFront();
  await page.screenshot({ path: pageShot });
  await panel.screenshot({ path: panelShot, fullPage: true });
  // Both side by side, as a reader sees them.
  const both = await context.newPage();
  await both.setViewportSize({ width: 1680, height: 900 });
  const img = async (p: string) => `data:image/png;base64,${(await readFile(p)).toString('base64')}`;
  await both.setContent(
    `<body style="margin:0;display:flex;background:#888"><img src="${await img(pageShot)}"><img src="${await img(panelShot)}" style="border-left:1px solid #444"></body>`,
  );
  const combined = join(OUT, 'page-and-panel.png');
  await both.screenshot({ path: combined });
  await writeFile(join(OUT, 'README.txt'), `Screenshots of ${SAMPLE} under 1325 Lens.\n`);
  console.log(`Screenshots saved in ${OUT}:\n  ${pageShot}\n  ${panelShot}\n  ${combined}`);
  await lens.close();
  await server.close();
} else {
  console.log('Chromium is open with 1325 Lens on a sample UN page. Close the browser to finish.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await lens.close();
  await server.close();
}
