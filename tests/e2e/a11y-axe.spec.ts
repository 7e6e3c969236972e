/**
 * axe (@axe-core/playwright 4.13) finds no violations in every view of ours,
 * in light and dark schemes: the side panel, the library, the options page,
 * the on-page card and the highlights, and the PDF viewer.
 *
 * The on-page card lives in a closed shadow root (page scripts must not reach
 * it), which axe, running in the page, cannot see either. The test copies the
 * card, styles and all, into an open shadow root at the same place, from our
 * content script's world (`chrome.dom.openOrClosedShadowRoot`), and checks
 * the copy while the original is hidden.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { axeViolations as violations } from './helpers/axe';
import { contentWorld, inCardRoot } from './helpers/content-world';
import { openExtensionPage, openLibraryWith } from './helpers/extension-pages';
import { servePdf, showInViewer } from './helpers/pdf';
import { passageRecord } from './helpers/saved-passages';
import { select } from './helpers/selection';

const PAGE = 'https://www.un.org/securitycouncil/content/women-peace-and-security.html';
const SCHEMES = ['light', 'dark'] as const;

for (const scheme of SCHEMES) {
  test.describe(`${scheme} scheme`, () => {
    test.beforeEach(async ({ context }) => {
      // New pages follow the scheme; pages already open are switched in each test.
      context.on('page', (p) => void p.emulateMedia({ colorScheme: scheme }));
    });

    test('the side panel, with a page report and a saved passage', async ({ openPanel, openRead }) => {
      const { page, tabId } = await openRead(PAGE);
      const panel = await openPanel(tabId);
      await panel.emulateMedia({ colorScheme: scheme });
      await select(page, 'adopted on 31 October 2000');
      await panel.getByRole('button', { name: 'Save selection' }).click();
      await expect(panel.getByTestId('saved-list').locator('article')).toHaveCount(1);
      await panel
        .locator('details')
        .first()
        .evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await expect(panel.locator('[data-passage-index]').first()).toBeVisible();
      expect(await violations(new AxeBuilder({ page: panel }))).toEqual([]);
    });

    test('the library, with passages, a search and the export controls open', async ({
      context,
      extensionId,
    }) => {
      const library = await openLibraryWith(context, extensionId, [
        passageRecord(1, {
          note: 'Cite in the **annual debate**; see https://www.un.org/womenwatch/',
          tags: ['debate'],
        }),
        passageRecord(2, {
          url: 'https://undocs.org/S/RES/2467(2019)',
          documentKey: 'symbol:S/RES/2467 (2019)',
          symbol: 'S/RES/2467 (2019)',
          title: 'Resolution 2467 (2019)',
          themes: ['protection', 'relief-recovery'],
        }),
      ]);
      await library.emulateMedia({ colorScheme: scheme });
      await library.locator('details.export-import summary').click();
      expect(await violations(new AxeBuilder({ page: library }))).toEqual([]);
      await library.getByLabel('Search quotes, notes and tags').fill('debate');
      await expect(library.getByTestId('library-list').locator('article')).toHaveCount(1);
      expect(await violations(new AxeBuilder({ page: library }))).toEqual([]);
    });

    test('the options page', async ({ context, extensionId }) => {
      const options = await openExtensionPage(context, extensionId, 'options.html');
      await options.emulateMedia({ colorScheme: scheme });
      await expect(options.locator('main select').first()).toBeVisible();
      expect(await violations(new AxeBuilder({ page: options }))).toEqual([]);
    });

    test('the on-page card and the highlights', async ({ extensionId, openRead }) => {
      const { page } = await openRead(PAGE);
      await page.emulateMedia({ colorScheme: scheme });
      // The highlights themselves, on the page's own background.
      expect(await violations(new AxeBuilder({ page }).include('mark[data-wps-kind]'))).toEqual([]);

      const world = await contentWorld(page, extensionId);
      for (const kind of ['symbol', 'term']) {
        await page.locator(`mark[data-wps-kind="${kind}"]`).first().focus();
        await page.keyboard.press('Alt+Shift+P'); // land on a highlight by keyboard
        await page.keyboard.press('Alt+Shift+N');
        await page.keyboard.press('Enter');
        await expect
          .poll(() => inCardRoot<boolean>(world, `return !!root && !!root.querySelector('[role="dialog"]');`))
          .toBe(true);
        await inCardRoot(
          world,
          `document.getElementById('lens-card-copy')?.remove();
          const copy = host.cloneNode(false);
          copy.removeAttribute('data-wps-ui');
          copy.id = 'lens-card-copy';
          copy.attachShadow({ mode: 'open' }).append(...[...root.childNodes].map((n) => n.cloneNode(true)));
          host.after(copy);
          host.style.visibility = 'hidden';
          return true;`,
        );
        expect(await violations(new AxeBuilder({ page }).include('#lens-card-copy')), kind).toEqual([]);
        await inCardRoot(
          world,
          `document.getElementById('lens-card-copy')?.remove();
          host.style.visibility = '';
          return true;`,
        );
        await page.keyboard.press('Escape');
      }
    });

    test('the PDF viewer', async ({ context, extensionId, server }) => {
      const pdfUrl = 'https://documents.un.org/doc/undoc/gen/n19/a11y-report.pdf';
      servePdf(
        server,
        pdfUrl,
        [
          'Report of the Secretary-General on women and peace and security.',
          'The Council recalls resolution S/RES/1325 (2000) and resolution 2493 (2019).',
          'Women’s participation in peace processes remains low; gender-based violence persists.',
        ],
        'Women and peace and security',
      );
      const viewer = await context.newPage();
      await viewer.emulateMedia({ colorScheme: scheme });
      await showInViewer(viewer, extensionId, pdfUrl);
      expect(await violations(new AxeBuilder({ page: viewer }))).toEqual([]);
      // With a highlight's card open.
      await viewer.keyboard.press('Alt+Shift+N');
      await viewer.keyboard.press('Enter');
      expect(await violations(new AxeBuilder({ page: viewer }))).toEqual([]);
      server.override(pdfUrl, null);
    });
  });
}
