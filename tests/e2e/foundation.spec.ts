import { expect, test } from './fixtures';
import { bodyTexts } from './helpers/page-text';

const WPS_PAGE = 'https://www.un.org/securitycouncil/content/women-peace-and-security.html';

test('highlights S/RES/1325 (2000) on a UN page and lists it in the side panel', async ({
  context,
  openPanel,
  tabIdOf,
}) => {
  const page = await context.newPage();
  await page.goto(WPS_PAGE);

  const mark = page.locator('mark[data-wps-kind="symbol"][data-wps-symbol="S/RES/1325 (2000)"]');
  await expect(mark.first()).toBeVisible();
  await expect(mark.first()).toHaveText('S/RES/1325 (2000)');
  // Prose references are found too, each with its canonical symbol.
  await expect(page.locator('mark[data-wps-symbol="S/RES/1889 (2009)"]')).toHaveCount(1);

  const panel = await openPanel(await tabIdOf(page));
  const list = panel.getByTestId('symbol-list');
  await expect(list.locator('li[data-symbol="S/RES/1325 (2000)"]')).toBeVisible();
  await expect(list.getByRole('link', { name: 'S/RES/1325 (2000)' })).toHaveAttribute(
    'href',
    /^https:\/\/undocs\.org\/S\/RES\/1325/,
  );
});

test('keeps the page working: same text, site scripts still run', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(WPS_PAGE);
  await expect(page.locator('mark[data-wps-kind]').first()).toBeVisible();
  const [withLens, original] = await bodyTexts(page);
  expect(withLens).toBe(original);
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-menu', 'open');
  expect(await page.evaluate(() => (window as unknown as { siteReady: boolean }).siteReady)).toBe(true);
});

test('leaves a page on a non-UN host untouched', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto('https://www.example.org/wps-blog.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Give a content script every chance to run, then check nothing was marked.
  await page.waitForTimeout(1000);
  await expect(page.locator('mark')).toHaveCount(0);
  expect(server.requests.some((r) => r.host === 'www.example.org')).toBe(true);
});
