/**
 * UN PDFs in the extension's own viewer, end to end in Chromium, with PDFs we
 * print ourselves at test time (tests/unit/pdf/fixtures/documents.ts) served
 * as https://documents.un.org/... The real corpus PDFs are in
 * pdf-corpus.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { PassageDraft } from '../../lib/messaging/protocol';
import { printFixturePdfs, type FixturePdfs } from '../unit/pdf/fixtures/documents';
import { CHROMIUM, expect, test } from './fixtures';
import { axeViolations } from './helpers/axe';
import { ask, pageReport } from './helpers/page-report';
import { buildLinkedPdf, buildPdf, openPdf, openPdfTab, viewerUrl, waitForPdfRedirect } from './helpers/pdf';
import { drag, textBox } from './helpers/selection';
import { patchSettings } from './helpers/settings';

const RESOLUTION = 'https://documents.un.org/doc/UNDOC/GEN/N19/334/14/PDF/N1933414.pdf';
const BY_SYMBOL = 'https://undocs.org/S/RES/2493(2019)';
const REPORT = 'https://documents.un.org/doc/UNDOC/GEN/N20/317/72/PDF/N2031772.pdf';
const SCAN = 'https://documents.un.org/doc/RESOLUTION/GEN/NR0/327/74/IMG/NR032774.pdf';
const MIXED = 'https://documents.un.org/doc/UNDOC/GEN/N24/999/01/PDF/N2499901.pdf';
const LINKED = 'https://documents.un.org/doc/UNDOC/GEN/N24/999/02/PDF/N2499902.pdf';
const LINES = 'https://documents.un.org/doc/UNDOC/GEN/N24/999/03/PDF/N2499903.pdf';
const LIBRARY = 'https://digitallibrary.un.org/record/426075';

let pdfs: FixturePdfs;
test.beforeAll(async () => {
  pdfs = await printFixturePdfs(CHROMIUM);
});

test.beforeEach(async ({ server, serviceWorker }) => {
  // A fresh profile: the worker registers the redirect rules as it starts.
  await waitForPdfRedirect(serviceWorker);
  const serve = (url: string, body: Buffer) => server.override(url, { body, type: 'application/pdf' });
  serve(RESOLUTION, pdfs.frenchResolution);
  serve(BY_SYMBOL, pdfs.frenchResolution);
  serve(REPORT, pdfs.longReport);
  serve(SCAN, pdfs.imageOnly);
  serve(MIXED, pdfs.mixed);
});

test('a UN PDF opens in the viewer, keeps its address, and shows its symbols and terms', async ({
  context,
  extensionId,
}) => {
  const { page, errors } = await openPdfTab(context, RESOLUTION);
  expect(page.url()).toBe(`chrome-extension://${extensionId}/pdf-viewer.html?file=${RESOLUTION}`);
  await expect(page.getByTestId('original-url')).toHaveAttribute('href', RESOLUTION);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('S/RES/2493 (2019)');
  await expect(page).toHaveTitle('S/RES/2493 (2019) · 1325 Lens');

  const layer = page.locator('section.pdf-page[data-page="1"] .textLayer');
  await expect(page.locator('section.pdf-page[data-page="1"]')).toHaveAttribute('data-state', 'annotated');
  for (const symbol of [
    'S/RES/2493 (2019)',
    'S/RES/1325 (2000)',
    'S/RES/1820 (2008)',
    'S/RES/2242 (2015)',
    'S/2019/800',
  ]) {
    await expect(
      layer.locator(`mark[data-wps-kind="symbol"][data-wps-symbol="${symbol}"]`).first(),
    ).toBeAttached();
  }
  // Terms carry their themes, as on HTML pages.
  await expect(
    layer.locator('mark[data-wps-kind="term"][data-wps-themes~="participation"]').first(),
  ).toBeAttached();
  expect(errors).toEqual([]);
});

test('a symbol broken across lines is one highlight over both lines; a hyphenated word is found whole', async ({
  context,
}) => {
  const page = await context.newPage();
  await openPdf(page, RESOLUTION);
  const marks = page.locator('.textLayer mark[data-wps-symbol="S/RES/1889 (2009)"]');
  await expect(marks.first()).toBeAttached();
  const texts = await marks.allTextContents();
  expect(texts.join('')).toMatch(/^S\/RES\/\s*1889 \(2009\)$/);
  // Two pieces, in two spans of two different lines.
  const tops = await marks.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBeGreaterThan(1);

  await page.keyboard.press('Control+f');
  const find = page.getByTestId('find-input');
  await expect(find).toBeFocused();
  await find.fill('déclaration de son Président');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await expect(page.locator('.textLayer mark[data-lens-find]').first()).toBeVisible();
});

test('the side panel gets the PDF’s report, with pages, through the same messages as HTML pages', async ({
  context,
  serviceWorker,
  tabIdOf,
  openPanel,
}) => {
  const page = await context.newPage();
  await openPdf(page, BY_SYMBOL);
  await expect(page.getByTestId('pdf-status')).toContainText('Pages read: 1');
  const tabId = await tabIdOf(page);
  const report = await pageReport(serviceWorker, tabId);
  expect(report).toMatchObject({
    url: BY_SYMBOL,
    documentSymbol: 'S/RES/2493 (2019)',
    documentKey: 'symbol:S/RES/2493 (2019)',
    status: 'ready',
    lang: 'fr',
    pdf: { pageCount: 1, pagesWithoutText: [] },
  });
  expect(report.pdf!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  expect(report.symbols.map((s) => s.canonical)).toContain('S/RES/1889 (2009)');
  expect(report.passages.length).toBeGreaterThan(2);
  expect(report.passages.every((p) => p.page === 1)).toBe(true);

  const panel = await openPanel(tabId);
  await expect(panel.getByTestId('symbol-list').locator('li[data-symbol="S/RES/1325 (2000)"]')).toBeVisible();
});

test('the panel can reveal a passage, and a selection is saved with its page and found again on reopening', async ({
  context,
  serviceWorker,
  tabIdOf,
}) => {
  const page = await context.newPage();
  await openPdf(page, RESOLUTION);
  await expect(page.locator('section.pdf-page[data-page="1"]')).toHaveAttribute('data-state', 'annotated');
  const tabId = await tabIdOf(page);
  const report = await pageReport(serviceWorker, tabId);
  const index = report.passages.findIndex((p) => p.text.includes('S/2019/800'));
  expect(await ask<boolean>(serviceWorker, tabId, 'page/reveal', { passageIndex: index })).toBe(true);
  await expect(page.locator('.textLayer mark[data-lens-flash]').first()).toBeVisible();

  // Select "participation pleine, égale et véritable des femmes" on the text layer, as a reader would.
  await page.evaluate(() => {
    const layer = document.querySelector('section[data-page="1"] .textLayer')!;
    const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const start = nodes.find((n) => n.data.includes('participation pleine'))!;
    const end = nodes.find((n) => n.data.includes('véritable'))!;
    const range = document.createRange();
    range.setStart(start, start.data.indexOf('participation pleine'));
    const endNode = nodes.slice(nodes.indexOf(end)).find((n) => n.data.includes('femmes')) ?? end;
    range.setEnd(endNode, endNode.data.indexOf('femmes') + 'femmes'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const draft = await ask<PassageDraft>(serviceWorker, tabId, 'selection/describe');
  expect(draft.selectors.page).toBe(1);
  expect(draft.selectors.quote.exact.replace(/\s+/g, ' ')).toBe(
    'participation pleine, égale et véritable des femmes',
  );
  expect(draft).toMatchObject({ url: RESOLUTION, documentKey: 'symbol:S/RES/2493 (2019)' });

  // Saved as the side panel saves it (an extension page asks the background); then the PDF
  // is opened again from another address.
  const saved = await page.evaluate(
    (args) => chrome.runtime.sendMessage({ lens: 1, type: 'passages/save', args }),
    draft,
  );
  expect(saved).toMatchObject({ ok: true });
  const again = await context.newPage();
  await openPdf(again, BY_SYMBOL);
  const savedMark = again.locator('.textLayer mark[data-wps-kind="saved"]');
  await expect(savedMark.first()).toBeAttached();
  expect((await savedMark.allTextContents()).join('')).toContain('véritable');
  const againReport = await pageReport(serviceWorker, await tabIdOf(again));
  expect(againReport.saved).toHaveLength(1);
  expect(againReport.saved[0]!.found).toBe(true);
});

test('a long PDF renders and annotates pages as the reader scrolls, and keeps few pages in memory', async ({
  context,
}) => {
  const page = await context.newPage();
  await openPdf(page, REPORT);
  const pages = page.locator('section.pdf-page');
  await expect(pages).toHaveCount(40);
  await expect(pages.nth(0)).toHaveAttribute('data-state', 'annotated');
  // Far pages are placeholders until the reader gets there.
  await expect(pages.nth(35)).toHaveAttribute('data-state', 'empty');
  await expect(page.getByTestId('pdf-status')).toContainText('Pages read: 40');

  for (const n of [10, 20, 36]) {
    await page.getByTestId('page-input').fill(String(n));
    await page.getByTestId('page-input').press('Enter');
    const target = page.locator(`section.pdf-page[data-page="${n}"]`);
    await expect(target).toHaveAttribute('data-state', 'annotated');
    await expect(target.locator('mark[data-wps-kind="symbol"]').first()).toBeAttached();
  }
  const rendered = await pages.evaluateAll(
    (els) => els.filter((e) => (e as HTMLElement).dataset.state !== 'empty').length,
  );
  expect(rendered).toBeLessThanOrEqual(12);

  // Keyboard: next page, zoom in, fit width.
  await page.locator('#pages').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('page-input')).toHaveValue('37');
  await page.keyboard.press('Control+Equal');
  await expect(page.getByTestId('zoom-select')).not.toHaveValue('fit');
  await page.keyboard.press('Control+0');
  await expect(page.getByTestId('zoom-select')).toHaveValue('fit');
  await expect(page.locator('section.pdf-page[data-page="37"]')).toHaveAttribute('data-state', 'annotated');
});

test('an image-only page says it cannot be read, and nothing breaks', async ({
  context,
  serviceWorker,
  tabIdOf,
}) => {
  const { page, errors } = await openPdfTab(context, SCAN);
  const only = page.locator('section.pdf-page[data-page="1"]');
  await expect(only).toHaveAttribute('data-state', 'image');
  await expect(only.getByRole('note')).toHaveText('This page is an image; 1325 Lens cannot read it.');
  await expect(page.getByTestId('pages-without-text')).toContainText('1');
  const report = await pageReport(serviceWorker, await tabIdOf(page));
  expect(report).toMatchObject({
    status: 'ready',
    symbols: [],
    passages: [],
    pdf: { pagesWithoutText: [1] },
  });
  expect(report.documentKey).toMatch(/^pdf:[0-9a-f]{32}$/);

  await openPdf(page, MIXED);
  await expect(page.locator('section.pdf-page[data-page="1"]')).toHaveAttribute('data-state', 'annotated');
  await page.getByTestId('page-input').fill('2');
  await page.getByTestId('page-input').press('Enter');
  await expect(page.locator('section.pdf-page[data-page="2"]').getByRole('note')).toBeVisible();
  await expect(page.locator('section.pdf-page[data-page="1"]').getByRole('note')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('links in a PDF: a web link opens in a new tab, a script link is dropped, an internal link goes to its page', async ({
  context,
  server,
}) => {
  server.override(LINKED, {
    type: 'application/pdf',
    body: buildLinkedPdf(
      [
        { text: 'Security Council resolution S/RES/1325 (2000) on women and peace.' },
        { text: 'United Nations Digital Library', link: LIBRARY },
        { text: 'Run this script', link: 'javascript:alert(document.domain)' },
        { text: 'See the annex on page 2', link: 'page 2' },
      ],
      ['Annex: women, peace and security'],
      'Linked',
    ),
  });
  server.override(LIBRARY, { body: '<!doctype html><title>Digital Library</title><p>Record</p>' });
  const { page, errors } = await openPdfTab(context, LINKED);
  const first = page.locator('section.pdf-page[data-page="1"]');
  await expect(first).toHaveAttribute('data-state', 'annotated');

  // The web link: an <a> over the words under it, named by them, its address in the tooltip.
  const web = first.locator('.pdf-links a[data-link-kind="external"]');
  await expect(web).toHaveCount(1);
  await expect(web).toHaveAttribute('href', LIBRARY);
  await expect(web).toHaveAttribute('target', '_blank');
  await expect(web).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(web).toHaveAttribute('title', LIBRARY);
  await expect(
    page.getByRole('link', { name: 'United Nations Digital Library (opens in a new tab)' }),
  ).toBeVisible();
  const words = first.locator('.textLayer span', { hasText: 'United Nations Digital Library' });
  const [linkBox, wordsBox] = [await web.boundingBox(), await words.boundingBox()];
  expect(linkBox && wordsBox).toBeTruthy();
  const overlap = (a: number, aw: number, b: number, bw: number) => Math.min(a + aw, b + bw) - Math.max(a, b);
  expect(overlap(linkBox!.x, linkBox!.width, wordsBox!.x, wordsBox!.width)).toBeGreaterThan(
    wordsBox!.width * 0.9,
  );
  expect(overlap(linkBox!.y, linkBox!.height, wordsBox!.y, wordsBox!.height)).toBeGreaterThan(
    wordsBox!.height * 0.5,
  );

  // Only two links: the javascript: one has no element at all.
  await expect(first.locator('.pdf-links a')).toHaveCount(2);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);

  // Selecting across the web link still selects the text under it.
  const before = await first.locator('.textLayer span', { hasText: 'Security Council' }).boundingBox();
  const after = await first.locator('.textLayer span', { hasText: 'Run this script' }).boundingBox();
  await page.mouse.move(before!.x + 2, before!.y + before!.height / 2);
  await page.mouse.down();
  await page.mouse.move(wordsBox!.x + wordsBox!.width / 2, wordsBox!.y + wordsBox!.height / 2, { steps: 5 });
  // While selecting, the pointer reaches the words under a link, not the link.
  const under = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.textContent ?? '',
    [wordsBox!.x + wordsBox!.width / 2, wordsBox!.y + wordsBox!.height / 2],
  );
  expect(under).toBe('United Nations Digital Library');
  await page.mouse.move(after!.x + after!.width - 2, after!.y + after!.height / 2, { steps: 5 });
  await page.mouse.up();
  const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
  expect(selected).toContain('United Nations Digital Library');
  expect(selected).toContain('Run this');
  await page.evaluate(() => getSelection()?.removeAllRanges());

  // A click opens the address in a new tab; the viewer stays.
  const [opened] = await Promise.all([context.waitForEvent('page'), web.click()]);
  await expect(opened).toHaveURL(LIBRARY);
  await opened.close();
  expect(page.url()).toContain('pdf-viewer.html');

  // The internal link scrolls page 2 into view.
  const second = page.locator('section.pdf-page[data-page="2"]');
  await expect(second).not.toBeInViewport();
  await page.getByRole('link', { name: 'Go to page 2' }).click();
  await expect(second).toBeInViewport();
  await expect(page.getByTestId('page-input')).toHaveValue('2');
  expect(errors).toEqual([]);
});

test('a drag that ends in a blank part of the page selects up to there, not to the end of the page', async ({
  context,
  server,
  serviceWorker,
  tabIdOf,
}) => {
  server.override(LINES, {
    type: 'application/pdf',
    body: buildPdf(
      [
        'Security Council resolution S/RES/1325 (2000) concerns every member of the council.',
        'Short line.',
        'The report was printed in New York on plain paper today.',
        'Another line follows here with more ordinary words.',
        'Final line of the page, closing the document.',
      ],
      'Lines',
    ),
  });
  const { page, errors } = await openPdfTab(context, LINES);
  const first = 'section.pdf-page[data-page="1"]';
  await expect(page.locator(first)).toHaveAttribute('data-state', 'annotated');
  const layer = `${first} .textLayer`;
  const start = await textBox(page, layer, 'resolution');
  const from = { x: start.x + 1, y: start.y + start.height / 2 };

  // Ending to the right of a short line, over nothing but the page: the selection stops on that line.
  const short = await textBox(page, layer, 'Short line.');
  const blank = await drag(page, from, { x: short.x + short.width + 80, y: short.y + short.height / 2 });
  expect(blank).toMatch(/^resolution S\/RES\/1325/);
  expect(blank).not.toContain('printed');
  expect(blank).not.toContain('Final line');
  // The block that made it work is back at the end of its layer, out of the way.
  expect(await page.evaluate((sel) => document.querySelector(sel)?.lastElementChild?.className, layer)).toBe(
    'endOfContent',
  );
  // The selection is still one a reader can save, with the page's own text.
  const tabId = await tabIdOf(page);
  const draft = await ask<PassageDraft>(serviceWorker, tabId, 'selection/describe');
  expect(draft.selectors.page).toBe(1);
  expect(draft.selectors.quote.exact.replace(/\s+/g, ' ')).toBe(blank.replace(/\s+/g, ' ').trim());

  // Ending over a word: the selection runs to that word and no further.
  const word = await textBox(page, layer, 'printed');
  const onWord = await drag(page, from, { x: word.x + word.width / 2, y: word.y + word.height / 2 });
  expect(onWord).toMatch(/^resolution S\/RES\/1325/);
  expect(onWord).toContain('The report was pr');
  expect(onWord).not.toContain('New York');
  expect(onWord).not.toContain('Final line');

  // Backwards, from a word up to blank page: the selection grows upwards, never down to the page's end.
  const york = await textBox(page, layer, 'New York');
  const back = await drag(
    page,
    { x: york.x + 1, y: york.y + york.height / 2 },
    { x: short.x + short.width + 80, y: short.y + short.height / 2 },
  );
  expect(back).toMatch(/The report was printed in $/);
  expect(back).not.toContain('New York');
  expect(back).not.toContain('Final line');
  expect(errors).toEqual([]);
});

test('"Open in the browser’s PDF viewer" leaves for the original address and stays there', async ({
  context,
}) => {
  const page = await context.newPage();
  await openPdf(page, RESOLUTION);
  await page.getByTestId('open-in-browser').click();
  await expect(page).toHaveURL(RESOLUTION);
  await page.waitForTimeout(500);
  expect(page.url()).toBe(RESOLUTION);
});

test('no redirect when 1325 Lens is off or off for the site; the viewer says so when opened anyway', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const setSettings = (patch: Record<string, unknown>) => patchSettings(serviceWorker, patch);
  const page = await context.newPage();

  await setSettings({ disabledSites: ['documents.un.org'] });
  await expect
    .poll(() =>
      serviceWorker.evaluate(
        async () =>
          (await chrome.declarativeNetRequest.getDynamicRules())[0]?.condition.excludedRequestDomains,
      ),
    )
    .toEqual(['documents.un.org']);
  await page.goto(RESOLUTION);
  expect(page.url()).toBe(RESOLUTION);

  await page.goto(viewerUrl(extensionId, RESOLUTION));
  await expect(page.getByTestId('pdf-status')).toContainText('switched off for documents.un.org');
  await expect(page.locator('section.pdf-page[data-page="1"]')).toHaveAttribute('data-state', 'text');
  await expect(page.locator('.textLayer mark')).toHaveCount(0);

  await setSettings({ disabledSites: [], enabled: false });
  await expect
    .poll(() => serviceWorker.evaluate(() => chrome.declarativeNetRequest.getDynamicRules()))
    .toEqual([]);
  await page.goto(SCAN);
  expect(page.url()).toBe(SCAN);
});

test('the viewer refuses an address that is not a UN one, and a UN address that is not a PDF', async ({
  context,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  const viewer = `chrome-extension://${extensionId}/pdf-viewer.html`;
  await page.goto(`${viewer}?file=${encodeURIComponent('https://www.example.org/report.pdf')}`);
  await expect(page.getByRole('alert')).toContainText('opens PDFs from United Nations sites only');
  server.override('https://documents.un.org/not-a-pdf.pdf', { body: '<html>nope</html>', type: 'text/html' });
  await page.goto(`${viewer}?file=https://documents.un.org/not-a-pdf.pdf`);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the address itself' })).toBeVisible();
});

test('the viewer makes no request but the PDF the reader opened', async ({ context, server }) => {
  // The server lives for the whole worker: count from here.
  const before = server.requests.length;
  const page = await context.newPage();
  await openPdf(page, RESOLUTION);
  await expect(page.locator('section.pdf-page[data-page="1"]')).toHaveAttribute('data-state', 'annotated');
  const ours = server.requests.slice(before).filter((r) => /(^|\.)un\.org$|^undocs\.org$/.test(r.host));
  expect(ours.map((r) => r.url)).toEqual(ours.map(() => RESOLUTION));
  // The browser's navigation, then the viewer reading the same file.
  expect(ours.length).toBeLessThanOrEqual(2);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the viewer has no accessibility violations (${scheme})`, async ({ context }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await openPdf(page, RESOLUTION);
    await expect(page.locator('section.pdf-page[data-page="1"]')).toHaveAttribute('data-state', 'annotated');
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').fill('femmes');
    await page.locator('.textLayer mark[data-wps-kind="symbol"]').first().hover();
    await expect(page.getByTestId('mark-card')).toBeVisible();
    expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);
  });
}
