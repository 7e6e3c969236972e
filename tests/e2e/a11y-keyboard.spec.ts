/**
 * Every flow by keyboard alone, with visible focus at every stop: save a
 * passage, write its note, find it in the library, export it; walk the page's
 * highlights and use their cards. Highlights and cards have accessible names,
 * and no shortcut of ours takes a single key (screen readers use single keys
 * to move around a page).
 *
 * The reader's selection on the page is made with the Selection API: it
 * stands in for caret browsing (F7), which headless Chromium does not offer.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { contentWorld, inCardRoot } from './helpers/content-world';
import { servePdf, showInViewer } from './helpers/pdf';
import { storedPassages } from './helpers/saved-passages';
import { select } from './helpers/selection';

const PAGE = 'https://www.un.org/securitycouncil/content/women-peace-and-security.html';
const QUOTE = 'adopted on 31 October 2000';

interface Focused {
  tag: string;
  name: string;
  visible: boolean;
  focusVisible: boolean;
}

/** The focused element (inside open shadow roots too) and whether its focus can be seen. */
async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const name =
      el.getAttribute('aria-label') ||
      (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) ||
      el.textContent ||
      '';
    return {
      tag: el.tagName.toLowerCase(),
      name: name.trim().replace(/\s+/g, ' '),
      visible: outline || shadow,
      focusVisible: el.matches(':focus-visible'),
    };
  });
}

/**
 * Presses Tab until the focused element's name matches `name`, checking at
 * every stop that focus is visible. Returns the stops, for the failure message.
 */
async function tabTo(page: Page, name: RegExp, { max = 80, back = false } = {}): Promise<void> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (!f) continue;
    stops.push(`${f.tag} "${f.name.slice(0, 40)}"`);
    expect(f.focusVisible && f.visible, `visible focus on ${f.tag} "${f.name}"`).toBe(true);
    if (name.test(f.name)) return;
  }
  throw new Error(`No ${name} within ${max} Tab presses; stops: ${stops.join(', ')}`);
}

/** Chromium's accessibility node for the element `selector` finds: what a screen reader is given. */
async function axNode(
  cdp: CDPSession,
  selector: string,
): Promise<{ role: string; name: string; description: string }> {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(selector)})`,
  });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    objectId: result.objectId!,
    fetchRelatives: false,
  });
  const n = nodes[0] as {
    role?: { value?: string };
    name?: { value?: string };
    description?: { value?: string };
  };
  return { role: n.role?.value ?? '', name: n.name?.value ?? '', description: n.description?.value ?? '' };
}

test('save a passage, write its note, find it in the library and export it, by keyboard alone', async ({
  context,
  openPanel,
  openRead,
}) => {
  test.setTimeout(120_000);
  const { page, tabId } = await openRead(PAGE);
  await select(page, QUOTE);

  const panel = await openPanel(tabId);
  await expect(panel.locator('[data-passage-index]').first()).toBeVisible();
  await panel.locator('body').focus();
  await tabTo(panel, /^Save selection$/);
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('status').filter({ hasText: 'Passage saved.' })).toBeVisible();
  const item = panel.getByTestId('saved-list').locator('article');
  await expect(item).toHaveCount(1);

  // The note: the editor takes focus, Ctrl+Enter saves.
  await tabTo(panel, /^Add note$/);
  await panel.keyboard.press('Enter');
  await expect(panel.getByLabel('Note')).toBeFocused();
  await panel.keyboard.type('Quote this in the open debate.');
  await tabTo(panel, /^Save$/);
  await panel.keyboard.press('Enter');
  await expect(item.locator('.note-text')).toHaveText('Quote this in the open debate.');

  // The library opens in a new tab from the panel's button.
  await panel.locator('body').focus();
  const opened = context.waitForEvent('page');
  await tabTo(panel, /^Open library$/);
  await panel.keyboard.press('Enter');
  const library = await opened;
  await library.waitForLoadState();
  await expect(library.getByTestId('library-list').locator('article')).toHaveCount(1);
  await tabTo(library, /^Search quotes, notes and tags$/);
  await library.keyboard.type('open debate');
  await expect(library.getByTestId('library-list').locator('article')).toHaveCount(1);
  await expect(library.getByTestId('library-list')).toContainText(QUOTE);

  // Export: open the section, pick JSON with the arrow keys, press Export.
  await tabTo(library, /^Export and import$/);
  await library.keyboard.press('Enter');
  await tabTo(library, /^Format$/);
  await expect(library.getByLabel('Format')).toBeFocused();
  await library.keyboard.press('ArrowDown');
  await expect(library.getByLabel('Format')).not.toHaveValue('csv');
  await tabTo(library, /^Export$/);
  const [download] = await Promise.all([library.waitForEvent('download'), library.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  expect(await storedPassages(library)).toHaveLength(1);
});

test('highlights are reached with Alt+Shift+N/P, named for screen readers, and their cards work by keyboard', async ({
  context,
  extensionId,
  openRead,
}) => {
  const { page } = await openRead(PAGE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');

  await page.keyboard.press('Alt+Shift+N');
  const first = page.locator('mark[data-wps-kind]:focus');
  await expect(first).toHaveCount(1);
  const focus = await focused(page);
  expect(focus?.visible, 'a focused highlight shows its focus').toBe(true);
  // What a screen reader announces for the focused highlight: a highlight, named by its text.
  const ax = await axNode(cdp, 'mark[data-wps-kind]:focus');
  const text = (await first.textContent())!.trim();
  expect(ax.name, 'the highlight’s accessible name').toContain(text);
  // Announced as a highlight ("mark"), so a reader knows it is one of ours and not the page's text alone.
  expect(ax.role).toBe('mark');

  // Enter opens its card with focus inside; Tab moves through it; Escape returns to the highlight.
  await page.keyboard.press('Enter');
  const world = await contentWorld(page, extensionId);
  const card = () =>
    inCardRoot<{ name: string; active: string; visible: boolean } | null>(
      world,
      `const dialog = root && root.querySelector('[role="dialog"]');
      if (!dialog) return null;
      const title = root.getElementById(dialog.getAttribute('aria-labelledby') || '');
      const active = root.activeElement;
      const style = active && getComputedStyle(active);
      return {
        name: dialog.getAttribute('aria-label') || (title && title.textContent) || '',
        active: active ? (active.getAttribute('aria-label') || active.textContent || '').trim() : '',
        visible: !!active && active.matches(':focus-visible') && style.outlineStyle !== 'none',
      };`,
    );
  await expect.poll(async () => (await card())?.active ?? '').not.toBe('');
  const opened = (await card())!;
  expect(opened.name.trim().length, 'the card has an accessible name').toBeGreaterThan(0);
  expect(opened.visible, `visible focus on "${opened.active}" in the card`).toBe(true);
  const stops = new Set<string>();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const c = await card();
    if (!c?.active) break; // Tab past the card's last control leaves it, as a non-modal dialog allows
    expect(c.visible, `visible focus on "${c.active}" in the card`).toBe(true);
    stops.add(c.active);
  }
  expect(stops.size).toBeGreaterThan(0);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Escape');
  await expect.poll(card).toBeNull();
  await expect(page.locator('mark[data-wps-kind]:focus')).toHaveCount(1);

  // Previous goes back.
  const firstText = text;
  await page.keyboard.press('Alt+Shift+N');
  await page.keyboard.press('Alt+Shift+P');
  await expect(page.locator('mark[data-wps-kind]:focus')).toHaveText(firstText);
});

test('no shortcut of ours takes a single key a screen reader uses', async ({
  context,
  extensionId,
  serviceWorker,
  server,
  openRead,
}) => {
  // Screen readers' single-key navigation (NVDA, JAWS, VoiceOver quick nav) and common reading keys.
  const singles = [
    'h',
    'k',
    'l',
    'n',
    'p',
    's',
    'b',
    'f',
    'e',
    'g',
    't',
    'd',
    'm',
    '1',
    '2',
    'Enter',
    'Space',
    '/',
  ];
  const { page } = await openRead(PAGE);
  await page.locator('h1').click();
  for (const key of singles) {
    if (key === 'Enter' || key === 'Space') continue; // on body they do nothing by definition
    await page.keyboard.press(key);
  }
  await expect(page.locator('mark[data-wps-kind]:focus')).toHaveCount(0);
  expect(await page.locator('[data-wps-ui]').count()).toBe(0);
  // The shortcut itself has modifiers, and works.
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.locator('mark[data-wps-kind]:focus')).toHaveCount(1);

  // The browser-level command has modifiers too.
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  for (const c of commands) {
    if (!c.shortcut) continue;
    expect(c.shortcut.split('+').length, `${c.name}: ${c.shortcut}`).toBeGreaterThanOrEqual(3);
  }

  // And in the PDF viewer.
  const pdfUrl = 'https://documents.un.org/doc/undoc/gen/n19/keys.pdf';
  servePdf(server, pdfUrl, ['The Council recalls resolution S/RES/1325 (2000) and 1820 (2008).'], 'Keys');
  const viewer = await context.newPage();
  await showInViewer(viewer, extensionId, pdfUrl);
  await viewer.locator('#pages').focus();
  const before = await viewer.evaluate(() => [
    document.activeElement?.id,
    document.getElementById('pages')?.scrollTop,
  ]);
  for (const key of singles.filter((k) => k.length === 1)) await viewer.keyboard.press(key);
  expect(await viewer.locator('mark[data-wps-kind]:focus').count()).toBe(0);
  expect(
    await viewer.evaluate(() => [document.activeElement?.id, document.getElementById('pages')?.scrollTop]),
  ).toEqual(before);
  await viewer.keyboard.press('Alt+Shift+N');
  await expect(viewer.locator('mark[data-wps-kind]:focus')).toHaveCount(1);
  server.override(pdfUrl, null);
});
