/**
 * Saved passages on the page (issue #5's part of issue #6): saved from the
 * card, highlighted in their own style, found again on the next visit,
 * hidden and shown with the "saved" kind, and revealed on request.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ask, pageReady, pageReport } from './helpers/page-report';
import { storeSettings } from './helpers/settings';

/** The reader's wait for the lens on these pages. */
const READ_TIMEOUT = 20_000;

const RESOLUTION = 'https://undocs.org/en/S/RES/2467(2019)';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const saved = (page: Page) => page.locator('mark[data-wps-kind="saved"]');
const savedText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('mark[data-wps-kind="saved"]')]
      .filter((m) => !m.parentElement?.closest('mark[data-wps-kind="saved"]'))
      .map((m) => m.textContent)
      .join(''),
  );

test('a passage saved from the card is highlighted, found again after a reload, and revealed', async ({
  serviceWorker,
  tabIdOf,
  openRead,
}) => {
  const { page, tabId: firstVisit } = await openRead(RESOLUTION, READ_TIMEOUT);
  let tabId = firstVisit;

  const paragraph = page.locator('ol.op > li').nth(2);
  await paragraph.click({ clickCount: 3 });
  const selected = squash(await page.evaluate(() => document.getSelection()?.toString() ?? ''));
  await page.locator('lens-card').getByRole('button', { name: 'Save passage' }).click();

  // Saved by the background, then marked in the page in its own style.
  await expect(saved(page).first()).toBeAttached({ timeout: 15_000 });
  expect(squash(await savedText(page))).toBe(selected);
  const id = await saved(page).first().getAttribute('data-wps-saved-id');
  expect(id).toBeTruthy();
  await expect
    .poll(async () => (await pageReport(serviceWorker, tabId)).saved)
    .toEqual([{ id, found: true }]);
  // Symbols inside the saved passage keep their own marks.
  await expect(paragraph.locator('mark[data-wps-kind="symbol"]')).toHaveCount(1);
  const text = await page.evaluate(() => document.body.textContent);

  // Next visit: found again by its selectors.
  await page.reload();
  tabId = await tabIdOf(page);
  await pageReady(serviceWorker, tabId, READ_TIMEOUT);
  await expect(saved(page).first()).toBeAttached({ timeout: 15_000 });
  expect(squash(await savedText(page))).toBe(selected);
  expect(await page.evaluate(() => document.body.textContent)).toBe(text);

  // Hidden and shown with the "saved" kind, live.
  const settings = (kinds: Record<string, boolean>) =>
    storeSettings(serviceWorker, { enabled: true, disabledSites: [], kinds, themes: {}, uiLanguage: 'auto' });
  await settings({ symbol: true, term: true, saved: false });
  await expect(saved(page)).toHaveCount(0);
  await settings({ symbol: true, term: true, saved: true });
  await expect(saved(page).first()).toBeAttached();

  // Revealed on request: scrolled to and flashed (a CSS highlight; the DOM is not touched).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.setViewportSize({ width: 1280, height: 300 });
  expect(await ask<boolean>(serviceWorker, tabId, 'page/reveal', { savedId: id })).toBe(true);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('wps-flash'))).toBe(true);
  await expect(saved(page).first()).toBeInViewport();
  expect(await ask<boolean>(serviceWorker, tabId, 'page/reveal', { savedId: 'not-a-saved-id' })).toBe(false);
});

test('page/reveal scrolls to a passage by its index and flashes it', async ({
  context,
  serviceWorker,
  tabIdOf,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 300 });
  await page.goto('https://undocs.org/en/S/PV.8649');
  const tabId = await tabIdOf(page);
  await pageReady(serviceWorker, tabId, READ_TIMEOUT);
  const report = await pageReport(serviceWorker, tabId);
  const last = report.passages[report.passages.length - 1]!;
  expect(await ask<boolean>(serviceWorker, tabId, 'page/reveal', { passageIndex: last.index })).toBe(true);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('wps-flash'))).toBe(true);
  const flashed = () =>
    page.evaluate(() => {
      const highlight = CSS.highlights.get('wps-flash') as unknown as Set<Range> | undefined;
      const range = highlight ? [...highlight][0] : undefined;
      const rect = range?.getBoundingClientRect();
      return { text: range?.toString() ?? '', top: rect?.top ?? -1, bottom: rect?.bottom ?? -1 };
    });
  expect(squash((await flashed()).text)).toBe(squash(last.text));
  // Scrolled (smoothly) until the passage is in the viewport.
  await expect
    .poll(async () => {
      const { top, bottom } = await flashed();
      return bottom > 0 && top < 300;
    })
    .toBe(true);
  expect(await ask<boolean>(serviceWorker, tabId, 'page/reveal', { passageIndex: 99_999 })).toBe(false);
});
