/**
 * XSS payloads wherever untrusted text reaches us: page text, the text around
 * symbols, page titles and URLs, notes (typed, saved and imported), PDF text
 * and metadata. A canary (`window.__pwned`, set by every payload) never fires
 * in the page, the on-page card, the side panel, the library, the options
 * page or the PDF viewer, and no extension page reports a CSP violation.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { contentWorld, inCardRoot } from './helpers/content-world';
import {
  exportAs,
  importFile,
  openExtensionPage,
  openLibrary,
  openLibraryWith,
} from './helpers/extension-pages';
import { servePdf, showInViewer, viewerUrl } from './helpers/pdf';
import { passageRecord, storedPassages } from './helpers/saved-passages';
import { select } from './helpers/selection';
import { expectUntouched, PAYLOADS, watchTrust } from './helpers/trust';

const XSS_PAGE = 'https://hostile.un.org/en/xss.html';
/** The same page, with payloads in its query and fragment too. */
const XSS_URL = `${XSS_PAGE}?q=${encodeURIComponent(PAYLOADS.svg)}&u=${encodeURIComponent(PAYLOADS.js)}#${encodeURIComponent(PAYLOADS.img)}`;

/** Elements no rendering of text should ever produce. */
const ACTIVE =
  'script:not([type="module"][src^="/chunks/"]), iframe, object, embed, img[onerror], svg, [onload], [onerror], [onclick], a[href^="javascript:" i]';

async function noActiveElements(page: Page): Promise<void> {
  expect(await page.locator(ACTIVE).count(), `active elements in ${page.url()}`).toBe(0);
}

test('payloads in page text, titles, URLs and around symbols stay text in the page, the card and the panel', async ({
  context,
  extensionId,
  openPanel,
  openRead,
}) => {
  const consoleReports = await watchTrust(context);
  const { page, tabId } = await openRead(XSS_URL);
  await expect(page.locator('mark[data-wps-symbol="S/RES/1325 (2000)"]').first()).toBeAttached();
  await expect(page.locator('mark[data-wps-symbol="S/RES/1820 (2008)"]').first()).toBeAttached();

  // The card, opened from the keyboard on each highlight in turn.
  const world = await contentWorld(page, extensionId);
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Alt+Shift+N');
    await page.keyboard.press('Enter');
    const card = await inCardRoot<{ text: string; active: number } | null>(
      world,
      `if (!root) return null;
      return { text: root.textContent, active: root.querySelectorAll(${JSON.stringify(ACTIVE)}).length };`,
    );
    expect(card, 'a card opens on a focused highlight').not.toBeNull();
    expect(card!.active).toBe(0);
    await page.keyboard.press('Escape');
  }
  // The site's own look-alike mark carries a javascript: "symbol": its text stays, and nothing of ours
  // (mark, card link) ever takes that value.
  await expect(page.locator('#fake-mark')).toContainText('S/RES/9999 (2099)');
  expect(
    await inCardRoot<number>(
      world,
      `return root ? root.querySelectorAll('a[href^="javascript:" i]').length : 0;`,
    ),
  ).toBe(0);

  const panel = await openPanel(tabId);
  const passages = panel.locator('[data-passage-index]');
  await expect(passages.first()).toBeVisible();
  // The payloads show as the characters the page wrote.
  await expect(
    panel.getByText(`src=x onerror="window.__pwned='img'"`, { exact: false }).first(),
  ).toBeVisible();
  await expect(panel.getByText(`onload="window.__pwned='svg'"`, { exact: false }).first()).toBeVisible();
  await noActiveElements(panel);

  // Saved with its payloads, the passage shows as text in the panel and the library.
  await select(page, `S/RES/1820 (2008) "><svg onload="window.__pwned='svg'"> on`);
  await panel.getByRole('button', { name: 'Save selection' }).click();
  await expect(panel.getByTestId('saved-list').locator('article')).toHaveCount(1);
  await expect(panel.getByTestId('saved-list').locator('blockquote')).toContainText(
    `<svg onload="window.__pwned='svg'">`,
  );
  const library = await openLibrary(context, extensionId);
  await expect(library.getByTestId('library-list').locator('article')).toHaveCount(1);
  // The page's title (with its payload) is the passage's source, shown as text.
  await expect(library.getByTestId('library-list')).toContainText(`"><svg onload="window.__pwned='title'">`);
  await noActiveElements(library);

  await page.mouse.move(10, 10);
  await expectUntouched([page, panel, library], consoleReports);
});

test('payloads typed into a note render as text, with http(s) links only', async ({
  context,
  extensionId,
  openPanel,
  openRead,
}) => {
  const consoleReports = await watchTrust(context);
  const { page, tabId } = await openRead(XSS_PAGE);
  const panel = await openPanel(tabId);
  await select(page, 'Speakers recalled resolution S/RES/1325 (2000)');
  await panel.getByRole('button', { name: 'Save selection' }).click();
  const item = panel.getByTestId('saved-list').locator('article');
  await expect(item).toHaveCount(1);

  const note = [
    PAYLOADS.img,
    PAYLOADS.svg,
    `[a link](${PAYLOADS.js})`,
    `[data link](data:text/html,<script>parent.__pwned='data'</script>)`,
    `[ok](https://www.un.org/womenwatch/osagi/wps/)`,
    PAYLOADS.script,
    PAYLOADS.iframe,
    `**<b onmouseover="window.__pwned='bold'">bold</b>**`,
  ].join('\n\n');
  await item.getByRole('button', { name: 'Add note' }).click();
  await panel.getByLabel('Note').fill(note);
  await panel.getByRole('button', { name: 'Save', exact: true }).click();

  const noteText = item.locator('.note-text');
  await expect(noteText).toContainText(`<img src=x onerror="window.__pwned='img'">`);
  await expect(noteText).toContainText(`[a link](javascript:window.__pwned='js')`);
  await expect(noteText).toContainText(`<script>window.__pwned='script'</script>`);
  // Only the http(s) link became a link.
  await expect(noteText.locator('a')).toHaveCount(1);
  await expect(noteText.locator('a')).toHaveAttribute('href', 'https://www.un.org/womenwatch/osagi/wps/');
  await noActiveElements(panel);

  const library = await openLibrary(context, extensionId);
  const libraryNote = library.getByTestId('library-list').locator('.note-text');
  await expect(libraryNote).toContainText(`"><svg onload="window.__pwned='svg'">`);
  await expect(libraryNote.locator('a')).toHaveCount(1);
  // Hover and click everything a reader could: nothing runs.
  for (const el of await libraryNote.locator('p').all()) await el.hover();
  await noActiveElements(library);

  const stored = await storedPassages(library);
  expect(stored[0]!.note).toBe(note); // stored exactly as typed, never "cleaned" into something else
  await expectUntouched([page, panel, library], consoleReports);
});

test('stored and imported passages with payloads in every field render as text', async ({
  context,
  extensionId,
  openPanel,
  openRead,
}) => {
  const consoleReports = await watchTrust(context);
  // As an import or an older build could have left them: payloads in title, symbol, tags, quote and note.
  const hostile = (n: number, url: string) =>
    passageRecord(n, {
      url,
      documentKey: `url:${url}`,
      symbol: `S/RES/1325 (2000)${PAYLOADS.svg}`,
      title: `${PAYLOADS.img} Resolution`,
      tags: [PAYLOADS.svg, 'participation'],
      note: `${PAYLOADS.script}\n\n[x](${PAYLOADS.js})`,
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact: `${PAYLOADS.img} Speakers recalled resolution`,
          prefix: PAYLOADS.svg,
          suffix: PAYLOADS.iframe,
        },
        position: { type: 'TextPositionSelector', start: 0, end: 70 },
      },
    });
  const library = await openLibraryWith(context, extensionId, [
    hostile(1, XSS_PAGE),
    hostile(2, 'https://undocs.org/S/RES/1325(2000)'),
  ]);
  const list = library.getByTestId('library-list');
  await expect(list.locator('article')).toHaveCount(2);
  await expect(list.locator('article').first()).toContainText(
    `<img src=x onerror="window.__pwned='img'"> Resolution`,
  );

  // Searching for a payload finds it as text, and the tag menu lists it as text.
  await library.getByLabel('Search quotes, notes and tags').fill('onerror');
  await expect(list.locator('article')).toHaveCount(2);
  await expect(library.locator('#library-tag option', { hasText: '<svg onload' })).toHaveCount(1);
  await noActiveElements(library);

  // The page the first one was saved on: its side panel lists it, and the page re-anchors it.
  const { page, tabId } = await openRead(XSS_PAGE);
  const panel = await openPanel(tabId);
  await expect(panel.getByTestId('saved-list').locator('article')).toHaveCount(1);
  await expect(panel.getByTestId('saved-list')).toContainText(`<script>window.__pwned='script'</script>`);
  await noActiveElements(panel);

  // An import file with a javascript: URL is refused whole, with a reason; nothing is written.
  const backup = JSON.parse((await exportAs(library, 'json')).text) as Record<string, unknown>;
  const records = (backup.passages ?? backup.items ?? []) as Record<string, unknown>[];
  expect(records.length).toBe(2);
  records[0]!.id = '00000000-0000-4000-8000-000000000077';
  records[0]!.url = PAYLOADS.js;
  await importFile(library, { json: JSON.stringify(backup) });
  await expect(library.getByRole('alert')).toContainText('url');
  expect((await storedPassages(library)).length).toBe(2);

  // A well-formed import carrying payloads in its text is taken, and stays text.
  records[0]!.url = 'https://undocs.org/S/RES/1820(2008)';
  records[0]!.note = `${PAYLOADS.iframe} imported`;
  await importFile(library, { json: JSON.stringify(backup) });
  await expect(library.getByRole('status').filter({ hasText: /1/ }).first()).toBeVisible();
  await library.getByLabel('Search quotes, notes and tags').fill('');
  await expect(list.locator('article')).toHaveCount(3);
  await expect(list).toContainText(`<iframe srcdoc=`);
  await noActiveElements(library);

  const options = await openExtensionPage(context, extensionId, 'options.html');
  await expect(options.locator('main')).toBeVisible();
  await noActiveElements(options);

  await expectUntouched([page, panel, library, options], consoleReports);
});

test('the PDF viewer shows payloads in PDF text, metadata and its address as text', async ({
  context,
  extensionId,
  server,
}) => {
  const consoleReports = await watchTrust(context);
  const pdfUrl = 'https://hostile.un.org/en/xss-report.pdf';
  servePdf(
    server,
    pdfUrl,
    [
      `${PAYLOADS.img} The Council recalls resolution S/RES/1325 (2000)`,
      `and ${PAYLOADS.svg} resolution 1820 (2008) on sexual violence.`,
      `${PAYLOADS.js} Women's participation in peace processes.`,
    ],
    `${PAYLOADS.svg} Report`,
  );
  const viewer = await context.newPage();
  await showInViewer(viewer, extensionId, pdfUrl);
  await expect(viewer.locator('mark[data-wps-kind="symbol"]').first()).toBeAttached({ timeout: 20_000 });
  await expect(viewer.locator('body')).toContainText(`onerror="window.__pwned='img'"`);
  await noActiveElements(viewer);

  // Addresses that are not UN PDFs, or carry markup, get an error in words.
  const bad = await context.newPage();
  for (const file of [
    PAYLOADS.js,
    `https://hostile.un.org/x.pdf${PAYLOADS.svg}`,
    `data:text/html,${PAYLOADS.img}`,
  ]) {
    await bad.goto(viewerUrl(extensionId, file));
    await expect(bad.getByRole('alert').or(bad.locator('mark, canvas').first())).toBeVisible({
      timeout: 20_000,
    });
    await noActiveElements(bad);
    await expectUntouched([bad], consoleReports);
  }
  server.override(pdfUrl, null);
  await expectUntouched([viewer], consoleReports);
});
