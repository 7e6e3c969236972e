/**
 * The card on highlights (issue #5): hover and keyboard focus show it, with
 * what the highlight is and what can be done with it; next/previous
 * shortcuts; Escape; synthetic events from the page do nothing; readable
 * (axe) on light and dark pages; reduced motion honoured.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openExtensionPage } from './helpers/extension-pages';
import { ask } from './helpers/page-report';

const RESOLUTION = 'https://undocs.org/en/S/RES/2467(2019)';

/** What the extension's own pages get for `kb/lookup` (the card must show the same). */
async function kbLookup(context: BrowserContext, extensionId: string, symbol: string) {
  const page = await openExtensionPage(context, extensionId, 'options.html');
  const reply = await page.evaluate(
    (s) => chrome.runtime.sendMessage({ lens: 1, type: 'kb/lookup', args: { symbol: s } }),
    symbol,
  );
  await page.close();
  const r = reply as { ok: boolean; value: { title: string } | null } | undefined;
  return r?.ok ? r.value : null;
}

const card = (page: Page) => page.locator('lens-card').getByRole('dialog');

/** The reader's wait for the lens on the resolution page. */
const READ_TIMEOUT = 20_000;

test('hovering a symbol shows its card: knowledge base summary, undocs.org link, "Show in side panel"', async ({
  context,
  extensionId,
  openRead,
}) => {
  const { page } = await openRead(RESOLUTION, READ_TIMEOUT);
  const kb = await kbLookup(context, extensionId, 'S/RES/1325 (2000)');
  await page.locator('mark[data-wps-symbol="S/RES/1325 (2000)"]').first().hover();
  const dialog = card(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'S/RES/1325 (2000)' })).toBeVisible();
  await expect(dialog).toContainText(kb ? kb.title : 'Not in the 1325 Lens knowledge base yet');
  await expect(dialog.getByRole('link', { name: 'Open S/RES/1325 (2000) on undocs.org' })).toHaveAttribute(
    'href',
    /^https:\/\/undocs\.org\/S\/RES\/1325/,
  );
  await expect(dialog.getByRole('button', { name: 'Show in side panel' })).toBeVisible();
  // Placed next to the highlight, inside the viewport.
  const [markBox, cardBox] = await Promise.all([
    page.locator('mark[data-wps-symbol="S/RES/1325 (2000)"]').first().boundingBox(),
    dialog.boundingBox(),
  ]);
  expect(Math.abs(cardBox!.y - (markBox!.y + markBox!.height))).toBeLessThan(40);
  expect(cardBox!.y + cardBox!.height).toBeLessThanOrEqual(900);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a term card names its themes and why', async ({ openRead }) => {
  const { page } = await openRead(RESOLUTION, READ_TIMEOUT);
  const term = page.locator('mark[data-wps-kind="term"]').first();
  await expect(term).toBeVisible();
  const [text, themes] = await term.evaluate((el) => [
    el.textContent ?? '',
    el.getAttribute('data-wps-themes') ?? '',
  ]);
  const names: Record<string, string> = {
    participation: 'Participation',
    protection: 'Protection',
    'sexual-violence': 'Sexual and gender-based violence',
    prevention: 'Prevention',
    'relief-recovery': 'Relief and recovery',
    'gender-perspective': 'Gender perspective',
    accountability: 'Accountability and reporting',
    leadership: 'Leadership by UN personnel',
    oversight: 'Council oversight',
  };
  await term.hover();
  const dialog = card(page);
  await expect(dialog).toContainText('WPS term');
  for (const theme of themes.split(' ').filter(Boolean)) {
    await expect(dialog.locator(`li[data-theme="${theme}"]`)).toHaveText(names[theme]!);
  }
  await expect(dialog).toContainText(`is a term of the Women, Peace and Security lexicon`);
  await expect(dialog.getByRole('heading')).toContainText(text.trim().slice(0, 10));
});

test('Alt+Shift+N / Alt+Shift+P move through the highlights; Enter enters the card; Escape returns', async ({
  openRead,
}) => {
  const { page } = await openRead(RESOLUTION, READ_TIMEOUT);
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'MARK'
        ? (el.getAttribute('data-wps-symbol') ?? el.textContent)
        : (el?.tagName ?? null);
    });
  const marks = await page.evaluate(() =>
    [...document.querySelectorAll('mark[data-wps-kind]')]
      .filter((m) => !m.parentElement?.closest('mark[data-wps-kind]'))
      .map((m) => m.getAttribute('data-wps-symbol') ?? m.textContent),
  );
  expect(marks.length).toBeGreaterThan(3);

  await page.keyboard.press('Alt+Shift+N');
  await expect.poll(focused).toBe(marks[0]);
  await expect(card(page)).toBeVisible();
  await page.keyboard.press('Alt+Shift+N');
  await expect.poll(focused).toBe(marks[1]);
  await page.keyboard.press('Alt+Shift+N');
  await expect.poll(focused).toBe(marks[2]);
  await page.keyboard.press('Alt+Shift+P');
  await expect.poll(focused).toBe(marks[1]);
  // A visible focus ring on the highlight.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');

  await page.keyboard.press('Enter');
  await expect.poll(focused).toBe('LENS-CARD');
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect.poll(focused).toBe(marks[1]);
});

test('synthetic events from the page open no card and move no focus', async ({ openRead }) => {
  const { page } = await openRead(RESOLUTION, READ_TIMEOUT);
  await page.evaluate(() => {
    const mark = document.querySelector('mark[data-wps-kind="symbol"]')!;
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.dispatchEvent(
      new KeyboardEvent('keydown', { code: 'KeyN', key: 'N', altKey: true, shiftKey: true, bubbles: true }),
    );
  });
  await page.waitForTimeout(600);
  await expect(page.locator('lens-card').getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
});

test('"Show in side panel" asks the background for the panel and says what happened', async ({
  serviceWorker,
  openRead,
}) => {
  const { page, tabId } = await openRead(RESOLUTION, READ_TIMEOUT);
  const mark = page.locator('mark[data-wps-symbol="S/RES/1820 (2008)"]').first();
  await mark.hover();
  await card(page).getByRole('button', { name: 'Show in side panel' }).click();
  // Opened, or (where the browser refuses) a message pointing to the toolbar button.
  await expect(card(page).getByRole('status')).toHaveText(
    /^(Shown in the side panel\.|The browser did not let this page open the side panel\..*)$/,
  );
  // The panel finds what to select in session storage.
  const focus = await serviceWorker.evaluate(
    async () => (await chrome.storage.session.get('panelFocus')).panelFocus,
  );
  expect(focus).toMatchObject({ tabId, symbol: 'S/RES/1820 (2008)' });
  expect(typeof (focus as { passageIndex: unknown }).passageIndex).toBe('number');
});

test('selecting text offers "Save passage", which sends the selection as a draft', async ({
  serviceWorker,
  openRead,
}) => {
  await serviceWorker.evaluate(() => {
    const scope = self as unknown as { drafts: unknown[] };
    scope.drafts = [];
    chrome.runtime.onMessage.addListener((m: { type?: string; args?: unknown }) => {
      if (m?.type === 'passages/save') scope.drafts.push(m.args);
      return false;
    });
  });
  const { page, tabId } = await openRead(RESOLUTION, READ_TIMEOUT);
  const paragraph = page.locator('ol.op > li').nth(1);
  await paragraph.click({ clickCount: 3 });
  const selected = (await page.evaluate(() => document.getSelection()?.toString() ?? '')).trim();
  expect(selected).toContain('survivor-centred approach');

  const draft = await ask<{ selectors: { quote: { exact: string } }; documentKey: string } | null>(
    serviceWorker,
    tabId,
    'selection/describe',
  );
  // The quote is the page's text as written (source line breaks included); the selection as rendered.
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  expect(squash(draft?.selectors.quote.exact ?? '')).toBe(squash(selected));
  expect(draft?.documentKey).toBe('symbol:S/RES/2467 (2019)');

  const save = card(page).getByRole('button', { name: 'Save passage' });
  await expect(save).toBeVisible();
  await save.click();
  await expect
    .poll(() => serviceWorker.evaluate(() => (self as unknown as { drafts: unknown[] }).drafts.length))
    .toBe(1);
  const sent = await serviceWorker.evaluate(() => (self as unknown as { drafts: unknown[] }).drafts[0]);
  expect(squash((sent as { selectors: { quote: { exact: string } } }).selectors.quote.exact)).toBe(
    squash(selected),
  );
  await expect(card(page).getByRole('status')).not.toBeEmpty();
});

test('the card passes axe on a light and on a dark page, and honours reduced motion', async ({
  openRead,
}) => {
  const { page } = await openRead(RESOLUTION, READ_TIMEOUT);
  const mark = page.locator('mark[data-wps-symbol="S/RES/1888 (2009)"]').first();
  await mark.hover();
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toHaveAttribute('data-scheme', 'light');
  const light = await new AxeBuilder({ page }).include('lens-card').analyze();
  expect(light.violations).toEqual([]);

  // The same page with a dark background (as a reader's dark-mode stylesheet makes it).
  await page.keyboard.press('Escape');
  await page.addStyleTag({
    content: 'html, body { background: #121212 !important; color: #e6e6e6 !important; }',
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.mouse.move(5, 5);
  await mark.hover();
  await expect(card(page)).toHaveAttribute('data-scheme', 'dark');
  const dark = await new AxeBuilder({ page }).include('lens-card').analyze();
  expect(dark.violations).toEqual([]);
  const animation = await card(page).evaluate((el) => getComputedStyle(el).animationName);
  expect(animation).toBe('none');
  await page.screenshot({ path: test.info().outputPath('card-dark.png') });
});
