/**
 * The reader's settings apply live, without reloading the page: kinds,
 * themes, the site switch and the UI language (issue #5, "user control").
 */
import type { Page, Worker } from '@playwright/test';
import type { Settings } from '../../lib/settings';
import { expect, test } from './fixtures';
import { pageReport, pageStatus } from './helpers/page-report';
import { storeSettings } from './helpers/settings';

const RESOLUTION = 'https://undocs.org/en/S/RES/2467(2019)';
/** The reader's wait for the lens on the resolution page. */
const READ_TIMEOUT = 20_000;

/** The defaults of lib/settings (importing it here would load extension storage into Node). */
const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  kinds: { symbol: true, term: true, saved: true },
  themes: {
    participation: true,
    protection: true,
    'sexual-violence': true,
    prevention: true,
    'relief-recovery': true,
    'gender-perspective': true,
    accountability: true,
    leadership: true,
    oversight: true,
  },
  uiLanguage: 'auto',
  pdfRedirect: true,
};

/** Writes settings as the options page does (extension storage). */
async function setSettings(worker: Worker, patch: Partial<Settings>) {
  await storeSettings(worker, { ...DEFAULT_SETTINGS, ...patch });
}

/** Marks the window, so a reload (which would clear it) is noticed. */
async function markWindow(page: Page) {
  await page.evaluate(() => ((window as unknown as { sameWindow: boolean }).sameWindow = true));
}
async function sameWindow(page: Page) {
  return page.evaluate(() => (window as unknown as { sameWindow?: boolean }).sameWindow === true);
}

test('switching a kind of highlight off and on applies at once, without a reload', async ({
  serviceWorker,
  openRead,
}) => {
  const { page } = await openRead(RESOLUTION, READ_TIMEOUT);
  await markWindow(page);
  const symbols = page.locator('mark[data-wps-kind="symbol"]');
  const count = await symbols.count();
  expect(count).toBeGreaterThan(5);
  const before = await page.evaluate(() => document.body.textContent);

  await setSettings(serviceWorker, { kinds: { symbol: false, term: true, saved: true } });
  await expect(symbols).toHaveCount(0);
  await setSettings(serviceWorker, { kinds: { symbol: true, term: true, saved: true } });
  await expect(symbols).toHaveCount(count);
  expect(await page.evaluate(() => document.body.textContent)).toBe(before);
  expect(await sameWindow(page)).toBe(true);
});

test('switching a theme off hides the terms of that theme only', async ({ serviceWorker, openRead }) => {
  const { page } = await openRead(RESOLUTION, READ_TIMEOUT);
  const themesOf = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('mark[data-wps-kind="term"]')].map((m) =>
        (m.getAttribute('data-wps-themes') ?? '').split(' '),
      ),
    );
  const all = await themesOf();
  expect(all.length).toBeGreaterThan(0);
  const theme = all[0]![0] as keyof Settings['themes'];
  await setSettings(serviceWorker, { themes: { ...DEFAULT_SETTINGS.themes, [theme]: false } });
  await expect
    .poll(async () => (await themesOf()).some((themes) => themes.length === 1 && themes[0] === theme))
    .toBe(false);
  // Terms of other themes stay.
  const expected = all.filter((themes) => themes.some((t) => t !== theme)).length;
  await expect.poll(async () => (await themesOf()).length).toBe(expected);
  // Symbols are not terms: untouched.
  await expect(page.locator('mark[data-wps-kind="symbol"]').first()).toBeVisible();
});

test('switching the site off removes every mark and reports it; on again brings them back', async ({
  serviceWorker,
  openRead,
}) => {
  const { page, tabId } = await openRead(RESOLUTION, READ_TIMEOUT);
  await markWindow(page);
  const marks = page.locator('mark[data-wps-kind]');
  const count = await marks.count();

  await setSettings(serviceWorker, { disabledSites: ['undocs.org'] });
  await expect(marks).toHaveCount(0);
  const off = await pageReport(serviceWorker, tabId);
  expect(off.status).toBe('disabled');
  expect(off.passages).toEqual([]);
  expect(off.symbols).toEqual([]);
  // Content added while off stays unmarked.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Added later: resolution 1889 (2009).';
    document.querySelector('main')!.append(p);
  });
  await page.waitForTimeout(500);
  await expect(marks).toHaveCount(0);

  await setSettings(serviceWorker, { disabledSites: [] });
  await expect.poll(() => pageStatus(serviceWorker, tabId), { timeout: READ_TIMEOUT }).toBe('ready');
  // Everything is back, and the paragraph added while off is read too.
  await expect(page.locator('mark[data-wps-symbol="S/RES/1889 (2009)"]')).toHaveCount(2);
  expect(await marks.count()).toBeGreaterThanOrEqual(count + 1);
  expect(await sameWindow(page)).toBe(true);
});

test('a site switched off before the visit is never marked', async ({ context, serviceWorker, tabIdOf }) => {
  await setSettings(serviceWorker, { disabledSites: ['undocs.org'] });
  const page = await context.newPage();
  await page.goto(RESOLUTION);
  const tabId = await tabIdOf(page);
  await expect.poll(() => pageStatus(serviceWorker, tabId)).toBe('disabled');
  await page.waitForTimeout(500);
  await expect(page.locator('mark')).toHaveCount(0);
});

test('the card follows the UI language chosen in the settings, right-to-left for Arabic', async ({
  serviceWorker,
  openRead,
}) => {
  const { page } = await openRead(RESOLUTION, READ_TIMEOUT);
  await setSettings(serviceWorker, { uiLanguage: 'fr' });
  const mark = page.locator('mark[data-wps-symbol="S/RES/1325 (2000)"]').first();
  const card = page.locator('lens-card').getByRole('dialog');
  await expect(async () => {
    await page.mouse.move(5, 5);
    await mark.hover();
    await expect(card.getByRole('button', { name: 'Afficher dans le panneau latéral' })).toBeVisible({
      timeout: 1000,
    });
  }).toPass();
  await setSettings(serviceWorker, { uiLanguage: 'ar' });
  await page.mouse.move(5, 5);
  await mark.hover();
  await expect(card.getByRole('button', { name: 'عرض في اللوحة الجانبية' })).toBeVisible();
  await expect(card).toHaveAttribute('dir', 'rtl');
});
