/**
 * The options page: on/off per site, per kind and per theme, the UI language;
 * saved to extension storage and applied to open pages live; accessible in
 * light and dark schemes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { openExtensionPage } from './helpers/extension-pages';

async function openOptions(context: BrowserContext, extensionId: string) {
  const page = await openExtensionPage(context, extensionId, 'options.html');
  await expect(page.getByRole('heading', { level: 1, name: '1325 Lens settings' })).toBeVisible();
  return page;
}

async function stored(worker: Worker) {
  return worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
}

test('kinds and themes: saved at once and applied to an open UN page without a reload', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const un = await context.newPage();
  await un.goto('https://undocs.org/en/S/RES/2467(2019)');
  await expect(un.locator('mark[data-wps-kind="symbol"]').first()).toBeVisible();

  const options = await openOptions(context, extensionId);
  const symbols = options.getByRole('checkbox', { name: /UN document symbols/ });
  await expect(symbols).toBeChecked();
  await symbols.uncheck();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  expect(await stored(serviceWorker)).toMatchObject({ kinds: { symbol: false, term: true, saved: true } });
  await expect(un.locator('mark[data-wps-kind="symbol"]')).toHaveCount(0);

  // Terms off: their themes cannot be chosen (and say why).
  const terms = options.getByRole('checkbox', { name: 'Women, Peace and Security terms' });
  await terms.uncheck();
  const themes = options.getByRole('group', { name: 'Themes of highlighted terms' });
  await expect(themes.getByRole('checkbox', { name: 'Protection' })).toBeDisabled();
  await expect(themes).toContainText('Term highlights are off');
  await terms.check();
  await expect(themes.getByRole('checkbox', { name: 'Protection' })).toBeEnabled();
  await themes.getByRole('checkbox', { name: 'Sexual and gender-based violence' }).uncheck();
  await expect
    .poll(
      async () =>
        ((await stored(serviceWorker)) as { themes: Record<string, boolean> }).themes['sexual-violence'],
    )
    .toBe(false);
  await expect(un.locator('mark[data-wps-kind="term"][data-wps-themes="sexual-violence"]')).toHaveCount(0);

  await symbols.check();
  await expect(un.locator('mark[data-wps-kind="symbol"]').first()).toBeVisible();
});

test('sites: a bad name is refused with a reason; a URL is reduced to its host; switched on again', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const options = await openOptions(context, extensionId);
  await expect(options.getByText('None: 1325 Lens reads every UN site.')).toBeVisible();
  const input = options.getByRole('textbox', { name: /Site to switch off/ });
  await input.fill('not a site!');
  await options.getByRole('button', { name: 'Switch off' }).click();
  await expect(options.getByRole('alert')).toHaveText(/“not a site!” is not a site name/);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(await stored(serviceWorker)).toBeUndefined();

  await input.fill('https://Press.UN.org/en/2019/sc13998.doc.htm');
  await input.press('Enter');
  const list = options.getByTestId('disabled-sites');
  await expect(list.locator('li[data-site="press.un.org"]')).toBeVisible();
  await expect(options.getByRole('alert')).toHaveCount(0);
  expect(await stored(serviceWorker)).toMatchObject({ disabledSites: ['press.un.org'] });

  const press = await context.newPage();
  await press.goto('https://press.un.org/en/2019/sc13998.doc.htm');
  await press.waitForTimeout(800);
  await expect(press.locator('mark')).toHaveCount(0);

  await options.bringToFront();
  await options.getByRole('button', { name: 'Switch press.un.org on again' }).click();
  await expect(options.getByText('None: 1325 Lens reads every UN site.')).toBeVisible();
  await expect(press.locator('mark[data-wps-kind="symbol"]').first()).toBeAttached();
});

test('the master switch and the UI language (Arabic right to left)', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const options = await openOptions(context, extensionId);
  await options.getByRole('checkbox', { name: /Highlight UN pages/ }).uncheck();
  expect(await stored(serviceWorker)).toMatchObject({ enabled: false });
  await options.getByRole('checkbox', { name: /Highlight UN pages/ }).check();

  await options.getByRole('combobox', { name: 'Language of 1325 Lens' }).selectOption('ar');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('إعدادات 1325 Lens');
  await expect(options.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(options.locator('html')).toHaveAttribute('lang', 'ar');
  expect(await stored(serviceWorker)).toMatchObject({ uiLanguage: 'ar' });
  await options.getByRole('combobox').selectOption('auto');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('1325 Lens settings');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the options page passes axe in the ${scheme} scheme`, async ({ context, extensionId }) => {
    const options = await openOptions(context, extensionId);
    await options.emulateMedia({ colorScheme: scheme });
    // The state with the most on screen: a site in the list, terms off (a disabled group), an error.
    await options.getByRole('textbox', { name: /Site to switch off/ }).fill('press.un.org');
    await options.getByRole('button', { name: 'Switch off' }).click();
    await options.getByRole('checkbox', { name: 'Women, Peace and Security terms' }).uncheck();
    await options.getByRole('textbox', { name: /Site to switch off/ }).fill('???');
    await options.getByRole('button', { name: 'Switch off' }).click();
    await expect(options.getByRole('alert')).toBeVisible();
    const results = await new AxeBuilder({ page: options }).analyze();
    expect(results.violations).toEqual([]);
    await options.screenshot({ path: test.info().outputPath(`options-${scheme}.png`), fullPage: true });
  });
}
