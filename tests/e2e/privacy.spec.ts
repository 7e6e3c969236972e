/**
 * Private by construction: while a reader uses 1325 Lens end to end (a page
 * annotated, a card opened, the side panel, a passage saved with a note, the
 * library searched, every export format, an import, the options, a UN PDF in
 * the viewer), the browser makes no request beyond the pages the reader
 * opened themselves. Every host name resolves to the fixture server, so its
 * log is every request that would have left the machine; the context's own
 * request events (pages and the service worker) are checked too.
 */
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  exportAs,
  importFile,
  openExportImport,
  openExtensionPage,
  openLibrary,
} from './helpers/extension-pages';
import { pageReady } from './helpers/page-report';
import { servePdf } from './helpers/pdf';
import { storedPassages } from './helpers/saved-passages';
import { select } from './helpers/selection';

const PAGE = 'https://www.un.org/securitycouncil/content/women-peace-and-security.html';
const PDF = 'https://documents.un.org/doc/undoc/gen/n00/720/18/pdf/n0072018.pdf';

/**
 * Chromium's own background services (update checks, the account list), which
 * the test profile cannot switch off entirely. They are the browser's, not
 * ours: the context's request events, which see every request of our pages
 * and our service worker, never show them (checked below).
 */
const BROWSER_SERVICES = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|googleusercontent\.com)$/;

/** What reached the network, without the browser's own services (which must not come from our contexts). */
function networkLog(requests: { url: string; host: string }[], fromContexts: { url: string }[]): string[] {
  const ours = new Set(fromContexts.map((r) => r.url));
  return requests.filter((r) => !BROWSER_SERVICES.test(r.host) || ours.has(r.url)).map((r) => r.url);
}
const QUOTE = 'adopted on 31 October 2000';

test('using 1325 Lens end to end requests nothing beyond the pages the reader opened', async ({
  context,
  extensionId,
  serviceWorker,
  server,
  openPanel,
  tabIdOf,
  openRead,
}) => {
  test.setTimeout(180_000);
  servePdf(
    server,
    PDF,
    [
      'Resolution 1325 (2000), adopted by the Security Council on 31 October 2000.',
      'Urges Member States to ensure increased representation of women at all decision-making levels.',
      'Recalling its resolutions 1261 (1999), 1265 (1999), 1296 (2000) and 1314 (2000).',
    ],
    'S/RES/1325 (2000)',
  );
  const seen: { url: string; from: string }[] = [];
  const record = (request: Request) => {
    let from = 'worker';
    try {
      from = request.frame().url();
    } catch {
      // Requests of service workers have no frame.
    }
    seen.push({ url: request.url(), from });
  };
  context.on('request', record);
  serviceWorker.on('console', () => undefined);
  const firstRequest = server.requests.length;

  // 1. A UN page, annotated; a card opened from the keyboard.
  const { page, tabId } = await openRead(PAGE);
  await page.keyboard.press('Alt+Shift+N');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  await page.keyboard.press('Escape');

  // 2. The side panel: save a passage and write a note.
  const panel = await openPanel(tabId);
  await select(page, QUOTE);
  await panel.getByRole('button', { name: 'Save selection' }).click();
  const item = panel.getByTestId('saved-list').locator('article');
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: 'Add note' }).click();
  await panel.getByLabel('Note').fill('For the open debate; see https://www.un.org/womenwatch/ later.');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(item.locator('.note-text')).toBeVisible();
  await item.getByRole('button', { name: 'Show on page' }).click();
  // Knowledge-base cards in the panel come from bundled data.
  const firstSymbol = panel.getByTestId('symbol-list').locator('li').first();
  await firstSymbol
    .getByRole('button')
    .first()
    .click()
    .catch(() => undefined);

  // 3. The library: search, then every export format, then an import of the backup.
  const library = await openLibrary(context, extensionId);
  await expect(library.getByTestId('library-list').locator('article')).toHaveCount(1);
  await library.getByLabel('Search quotes, notes and tags').fill('debate');
  await expect(library.getByTestId('library-list').locator('article')).toHaveCount(1);
  await openExportImport(library);
  let backup = '';
  const formats = await library
    .getByLabel('Format')
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(formats.length).toBeGreaterThanOrEqual(4);
  for (const format of formats) {
    const { text } = await exportAs(library, format);
    expect(text.length, format).toBeGreaterThan(0);
    if (format === 'json') backup = text;
  }
  await importFile(library, { json: backup });
  await expect(library.locator('.import-control [role="status"]')).toBeVisible();
  expect(await storedPassages(library)).toHaveLength(1);

  // 4. The options page: change the UI language and back.
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const language = options.locator('select').last();
  await language.selectOption('fr');
  await language.selectOption('auto');

  // 5. A UN PDF: the browser's navigation, sent to our viewer, which reads the same file.
  const reader = await context.newPage();
  await reader.goto(PDF).catch(() => undefined);
  await expect(reader).toHaveURL(/pdf-viewer\.html/, { timeout: 20_000 });
  await expect(reader.locator('mark[data-wps-kind]').first()).toBeAttached({ timeout: 20_000 });

  // 6. "Open page at passage" from the library opens the page the reader saved it on.
  const opened = context.waitForEvent('page');
  await library.getByLabel('Search quotes, notes and tags').fill('');
  await library.getByRole('button', { name: 'Open page at passage' }).first().click();
  const source = await opened;
  await source.waitForLoadState();
  await pageReady(serviceWorker, await tabIdOf(source));

  await page.waitForTimeout(1500); // let any late request (a beacon, a prefetch) show
  const opens = new Set([PAGE, PDF]);
  const allowed = (url: string) => {
    const u = new URL(url);
    const base = `${u.origin}${u.pathname}`;
    if (opens.has(base) || opens.has(url)) return true;
    // The browser's own favicon request for a page the reader opened.
    return u.pathname === '/favicon.ico' && [...opens].some((o) => new URL(o).host === u.host);
  };

  const network = networkLog(server.requests.slice(firstRequest), seen);
  expect(network.length).toBeGreaterThan(0);
  expect(network.filter((url) => !allowed(url))).toEqual([]);

  const own = `chrome-extension://${extensionId}/`;
  const offBrowser = seen.filter(
    (r) =>
      !r.url.startsWith(own) && !r.url.startsWith('blob:') && !r.url.startsWith('data:') && !allowed(r.url),
  );
  expect(offBrowser).toEqual([]);
  // Nothing of ours asks for another extension's files either.
  expect(seen.filter((r) => r.url.startsWith('chrome-extension://') && !r.url.startsWith(own))).toEqual([]);
  server.override(PDF, null);
});

test('the extension’s own pages load nothing from the network', async ({ context, extensionId, server }) => {
  const before = server.requests.length;
  const external: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(`chrome-extension://${extensionId}/`) && !/^(blob|data):/.test(r.url()))
      external.push(r.url());
  });
  const pages: Page[] = [];
  for (const path of ['sidepanel.html', 'library.html', 'options.html', 'pdf-viewer.html']) {
    const p = await openExtensionPage(context, extensionId, path);
    await p.waitForLoadState('networkidle');
    pages.push(p);
  }
  expect(external).toEqual([]);
  expect(networkLog(server.requests.slice(before), [])).toEqual([]);
});

test('the recorder sees a request our service worker makes, so its silence above means something', async ({
  context,
  serviceWorker,
  server,
}) => {
  const seen: string[] = [];
  context.on('request', (r) => seen.push(r.url()));
  const before = server.requests.length;
  await serviceWorker.evaluate(() =>
    fetch('https://probe.example.net/lens-privacy-control').catch(() => undefined),
  );
  await expect.poll(() => seen).toContain('https://probe.example.net/lens-privacy-control');
  await expect
    .poll(() => networkLog(server.requests.slice(before), []))
    .toContain('https://probe.example.net/lens-privacy-control');
});
