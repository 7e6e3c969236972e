/**
 * A hostile UN page (tests/fixtures/pages/hostile.un.org/en/attack.html)
 * patches DOM, event and Range prototypes and MutationObserver before we run,
 * posts window messages, dispatches custom events and fake keyboard, focus
 * and mouse events, and removes or edits our marks. None of it changes stored
 * data or makes the extension act: nothing is saved, no panel opens, no card
 * shows. Only the reader's own (trusted) input does, which each test checks
 * last so that "nothing happened" cannot pass for a lens that does nothing.
 * And our content script's world cannot call what only extension pages may.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, type LensFixtures } from './fixtures';
import { contentWorld } from './helpers/content-world';
import { openLibrary } from './helpers/extension-pages';
import { pageReady, pageReport } from './helpers/page-report';
import { servePdf, showInViewer, viewerUrl } from './helpers/pdf';
import { passageRecord, seedPassages, storedPassages } from './helpers/saved-passages';

const ATTACK = 'https://hostile.un.org/en/attack.html';
const SAVED_QUOTE = 'calling for survivor-centred approaches and accountability';

/** A library page (our database open in it) with one passage saved on the attack page. */
async function libraryWithSaved(context: BrowserContext, extensionId: string): Promise<Page> {
  const library = await openLibrary(context, extensionId);
  await seedPassages(library, [
    passageRecord(1, {
      url: ATTACK,
      documentKey: `url:${ATTACK}`,
      symbol: undefined,
      title: 'Women, peace and security: open debate',
      note: 'Quote in our statement.',
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact: SAVED_QUOTE,
          prefix: 'violence, ',
          suffix: '.',
        },
        position: { type: 'TextPositionSelector', start: 0, end: SAVED_QUOTE.length },
      },
    }),
  ]);
  return library;
}

/**
 * The attack page read by the lens, with one passage saved on it: the library
 * holding it, the records as stored before the attack, the page and its tab.
 */
async function attackWithSaved(
  context: BrowserContext,
  extensionId: string,
  openRead: LensFixtures['openRead'],
) {
  const library = await libraryWithSaved(context, extensionId);
  const before = await storedPassages(library);
  const { page, tabId } = await openRead(ATTACK);
  return { library, before, page, tabId };
}

/** Whether our card's shadow host is in the page (it is created the first time a card shows). */
const cardShown = (page: Page) => page.locator('[data-wps-ui]').count();

test('prototype patches made before we run change nothing we mark, report or store', async ({
  context,
  extensionId,
  serviceWorker,
  openRead,
}) => {
  const { library, before, page, tabId } = await attackWithSaved(context, extensionId, openRead);

  // Marks carry their real attributes, and the page's own text is what we read.
  await expect(page.locator('mark[data-wps-symbol="S/RES/1325 (2000)"]')).toHaveCount(1);
  await expect(page.locator('mark[data-wps-symbol="S/RES/1820 (2008)"]')).toHaveCount(1);
  await expect(page.locator('mark[data-wps-symbol="hijacked"]')).toHaveCount(0);
  const report = await pageReport(serviceWorker, tabId);
  const symbols = report.symbols.map((s) => s.canonical);
  expect(symbols).toEqual(
    expect.arrayContaining([
      'S/RES/1325 (2000)',
      'S/RES/2493 (2019)',
      'S/RES/1820 (2008)',
      'S/2019/800',
      'S/PRST/2004/40',
    ]),
  );
  expect(symbols).not.toContain('S/RES/666 (2099)');
  // The saved passage is found again through the patched Range and text getters.
  await expect
    .poll(async () => (await pageReport(serviceWorker, tabId)).saved)
    .toEqual([{ id: before[0]!.id, found: true }]);
  await expect(page.locator('mark[data-wps-kind="saved"]').first()).toBeAttached();

  // We never called the page's patched functions: they run in the page's world, we in ours.
  const seen = await page.evaluate(() => (window as unknown as { __hostile: { calls: number } }).__hostile);
  expect(seen.calls).toBe(0);
  expect(await storedPassages(library)).toEqual(before);
});

test('window messages, custom events and a forged restart signal change nothing', async ({
  context,
  extensionId,
  serviceWorker,
  openRead,
}) => {
  const { library, before, page, tabId } = await attackWithSaved(context, extensionId, openRead);
  const marks = await page.locator('mark[data-wps-kind]').count();
  expect(marks).toBeGreaterThan(4);
  const pagesBefore = context.pages().length;

  await page.evaluate(
    ({ id, quote }) => {
      const draft = {
        url: location.href,
        title: 'forged',
        lang: 'en',
        documentKey: `url:${location.href}`,
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 0, end: 10 },
        },
      };
      const envelopes = [
        'passages/save',
        'panel/open',
        'page/reveal',
        'page/saved-changed',
        'selection/describe',
      ].map((type) => ({ lens: 1, type, args: type === 'passages/save' ? draft : { passageIndex: 0 } }));
      for (const e of envelopes) {
        window.postMessage(e, '*');
        document.dispatchEvent(new CustomEvent('lens', { detail: e }));
        document.dispatchEvent(new CustomEvent(e.type, { detail: e.args }));
      }
      // WXT's "a newer copy of this script started" signal, as the page saw it posted at our start.
      const seen = (window as unknown as { __hostile: { messages: { type?: string }[] } }).__hostile.messages;
      const started = seen.find(
        (m) => typeof m?.type === 'string' && m.type.includes('content-script-started'),
      );
      const names = [started?.type, `${id}:un:wxt:content-script-started`].filter(Boolean) as string[];
      for (const name of names) {
        window.postMessage({ type: name, contentScriptName: 'un', messageId: 'forged' }, '*');
        document.dispatchEvent(
          new CustomEvent(name, { detail: { contentScriptName: 'un', messageId: 'forged' } }),
        );
      }
      window.dispatchEvent(new PopStateEvent('popstate'));
      window.dispatchEvent(new Event('pagehide'));
    },
    { id: extensionId, quote: SAVED_QUOTE },
  );
  await page.waitForTimeout(1500);

  // Still annotated once, still answering, nothing saved, no panel opened.
  await expect(page.locator('mark[data-wps-kind]')).toHaveCount(marks);
  expect((await pageReport(serviceWorker, tabId)).status).toBe('ready');
  expect(await storedPassages(library)).toEqual(before);
  expect(context.pages().length).toBe(pagesBefore);

  // The reader's own key still works: the lens was not stopped by the forged signal.
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.locator('mark[data-wps-kind]:focus')).toHaveCount(1);
});

test('fake shortcuts, focus and clicks on our highlights open nothing and save nothing', async ({
  context,
  extensionId,
  openRead,
}) => {
  const { library, before, page } = await attackWithSaved(context, extensionId, openRead);
  const pagesBefore = context.pages().length;

  await page.evaluate(() => {
    const key = (type: string, init: KeyboardEventInit) =>
      document.dispatchEvent(new KeyboardEvent(type, { bubbles: true, cancelable: true, ...init }));
    // Next / previous highlight, save, Enter and Escape.
    for (const code of ['KeyN', 'KeyP', 'KeyS']) {
      key('keydown', { key: code.slice(3), code, altKey: true, shiftKey: true });
      key('keyup', { key: code.slice(3), code, altKey: true, shiftKey: true });
    }
    const marks = [...document.querySelectorAll('mark[data-wps-kind]')] as HTMLElement[];
    for (const mark of marks) {
      mark.setAttribute('tabindex', '0');
      for (const type of ['mouseover', 'mouseenter', 'mousedown', 'mouseup', 'click']) {
        mark.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window }));
      }
      mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      mark.dispatchEvent(new FocusEvent('focus'));
      mark.click();
      mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }));
    }
    // A selection, then the events that end a reader's selection.
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p2')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    key('keyup', { key: 'Shift', shiftKey: true });
  });
  await page.waitForTimeout(1500);

  expect(await cardShown(page)).toBe(0);
  expect(await storedPassages(library)).toEqual(before);
  expect(context.pages().length).toBe(pagesBefore);
  // The page's fake Alt+Shift+N moved no focus to a highlight.
  await expect(page.locator('mark[data-wps-kind]:focus')).toHaveCount(0);

  // The reader's own keys do what the fakes could not.
  await page.evaluate(() => document.getSelection()!.removeAllRanges());
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.locator('mark[data-wps-kind]:focus')).toHaveCount(1);
  await expect.poll(() => cardShown(page)).toBe(1);
});

test('removing and editing our marks leaves stored data alone and the page usable', async ({
  context,
  extensionId,
  serviceWorker,
  openRead,
}) => {
  const { library, before, page, tabId } = await attackWithSaved(context, extensionId, openRead);
  await expect(page.locator('mark[data-wps-kind="saved"]').first()).toBeAttached();

  await page.evaluate(() => {
    const marks = [...document.querySelectorAll('mark[data-wps-kind]')];
    // Rewrite what the marks say, unwrap one, and forge a saved mark of another id.
    for (const mark of marks) {
      mark.setAttribute('data-wps-symbol', "javascript:window.__pwned='attr'");
      if (mark.getAttribute('data-wps-kind') === 'saved') {
        mark.setAttribute('data-wps-saved-id', '00000000-0000-4000-8000-000000000999');
      }
    }
    const victim = marks.find((m) => m.getAttribute('data-wps-kind') === 'symbol')!;
    victim.replaceWith(...victim.childNodes);
    const fake = document.createElement('mark');
    fake.setAttribute('data-wps-kind', 'saved');
    fake.setAttribute('data-wps-saved-id', '00000000-0000-4000-8000-000000000001');
    fake.textContent = 'forged saved passage';
    document.getElementById('p3')!.append(' ', fake);
    // And our card's host, should one exist, removed.
    document.querySelector('[data-wps-ui]')?.remove();
  });
  await page.waitForTimeout(1000);

  // The reader walks the highlights and opens cards: the lens still works, the forged mark is not ours.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Alt+Shift+N');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
  }
  expect(await page.locator('mark[data-wps-kind]:focus', { hasText: 'forged saved passage' }).count()).toBe(
    0,
  );
  expect((await pageReport(serviceWorker, tabId)).status).toBe('ready');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

  // Stored data is untouched, and the saved passage is still found on a fresh visit.
  expect(await storedPassages(library)).toEqual(before);
  await page.reload();
  await pageReady(serviceWorker, tabId);
  await expect(page.locator('mark[data-wps-kind="saved"]').first()).toBeAttached();
});

test('our content script’s world cannot call what only extension pages may call', async ({
  context,
  extensionId,
  server,
  openPanel,
  tabIdOf,
  openRead,
}) => {
  // A PDF open in our viewer: an extension page that answers `page/get` and `selection/describe`.
  const pdfUrl = 'https://hostile.un.org/en/debate-summary.pdf';
  servePdf(
    server,
    pdfUrl,
    ['The Council recalled resolution S/RES/1325 (2000) and resolution 1820 (2008).'],
    'Summary',
  );
  const viewer = await context.newPage();
  await showInViewer(viewer, extensionId, pdfUrl);
  await expect(viewer.locator('mark[data-wps-kind="symbol"]').first()).toBeAttached({ timeout: 20_000 });

  const { page } = await openRead(ATTACK);
  const world = await contentWorld(page, extensionId);
  const send = (type: string, args: object = {}) =>
    world.evaluate<unknown>(
      `chrome.runtime.sendMessage(${JSON.stringify({ lens: 1, type, args })}).then((r) => r ?? 'no answer', (e) => 'error: ' + e.message)`,
    );

  // Extension-only messages from a content script: nobody answers.
  for (const type of ['page/get', 'selection/describe', 'page/reveal', 'page/saved-changed']) {
    expect(await send(type, type === 'page/reveal' ? { passageIndex: 0 } : {}), type).toMatch(
      /^(no answer|error: .*(Receiving end|message port closed|Could not establish))/,
    );
  }
  // What a content script may ask, it gets: the knowledge base's card.
  expect(await send('kb/lookup', { symbol: 'S/RES/1325 (2000)' })).toMatchObject({
    ok: true,
    value: { symbol: 'S/RES/1325 (2000)' },
  });
  // And the same extension-only message from one of our pages is answered by the viewer.
  const panel = await openPanel(await tabIdOf(viewer));
  const fromPanel = await panel.evaluate(() =>
    chrome.runtime.sendMessage({ lens: 1, type: 'page/get', args: {} }),
  );
  expect(fromPanel).toMatchObject({ ok: true, value: { url: pdfUrl } });
  server.override(pdfUrl, null);
});

test('a UN page cannot run our PDF viewer inside a frame of its own', async ({
  context,
  extensionId,
  server,
}) => {
  const pdfUrl = 'https://hostile.un.org/en/framed.pdf';
  servePdf(server, pdfUrl, ['Resolution S/RES/1325 (2000).'], 'Framed');
  const page = await context.newPage();
  await page.goto(ATTACK);
  await page.evaluate(
    (src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.style.cssText = 'width:800px;height:600px;opacity:0.01';
      document.body.append(frame);
    },
    viewerUrl(extensionId, pdfUrl),
  );
  const frame = page.frameLocator('iframe');
  await page.waitForTimeout(3000);
  // Clickjacking guard: the viewer shows no document (nothing to click) when framed.
  await expect(frame.locator('mark[data-wps-kind], .pdf-toolbar button')).toHaveCount(0);
  expect(server.requests.filter((r) => r.url.endsWith('/framed.pdf'))).toHaveLength(0);
  server.override(pdfUrl, null);
});
