/**
 * Saving passages end to end: select text on a UN page, save it from the side
 * panel, see it in the panel and the library, reload and see it re-anchored;
 * change the page and see it re-anchored or honestly listed as not found; a
 * full disk loses nothing; two open panels stay in sync.
 */
import { expect, test } from './fixtures';
import { openLibrary } from './helpers/extension-pages';
import { openHighlighted } from './helpers/page-report';
import { select } from './helpers/selection';

const URL = 'https://www.un.org/securitycouncil/content/lens-saving-report.html';

const INTRO =
  'This report is submitted pursuant to resolution 2467 (2019) and covers the period from January to December.';
const TARGET =
  'survivors of conflict-related sexual violence must have access to medical, legal and psychosocial services';
const FILLER = (i: number) =>
  `Paragraph ${i} describes the general situation in the region, the humanitarian outlook and the work of the mission during the reporting period.`;

/** A UN report page in our own words, with the target sentence in paragraph 12. */
function reportPage({ before = [] as string[], target = TARGET, drop = false } = {}): string {
  const paras = [
    INTRO,
    ...before,
    ...Array.from({ length: 10 }, (_, i) => FILLER(i + 1)),
    ...(drop ? [] : [`The Secretary-General stresses that ${target}, including in remote areas.`]),
    'Women’s full, equal and meaningful participation in the peace talks remains essential.',
    ...Array.from({ length: 12 }, (_, i) => FILLER(i + 20)),
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Conflict-related sexual violence: Report of the Secretary-General</title></head>
<body><header><p class="symbol">S/2024/292</p></header><main><h1>Conflict-related sexual violence</h1>
${paras.map((p, i) => `<p id="p${i}">${p}</p>`).join('\n')}
</main></body></html>`;
}

test.beforeEach(({ server }) => server.override(URL, { body: reportPage() }));
test.afterEach(({ server }) => server.override(URL, null));

test('saves a selection, shows it in the panel and the library, and re-anchors it after a reload', async ({
  context,
  extensionId,
  openPanel,
  tabIdOf,
}) => {
  const page = await openHighlighted(context, URL);
  const tabId = await tabIdOf(page);
  const panel = await openPanel(tabId);
  await select(page, TARGET);
  await panel.getByRole('button', { name: 'Save selection' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Passage saved.' })).toBeVisible();

  const saved = panel.getByTestId('saved-list').locator('article');
  await expect(saved).toHaveCount(1);
  await expect(saved.locator('blockquote')).toHaveText(TARGET);
  // The page highlights it in its own style.
  await expect(page.locator('mark[data-wps-kind="saved"]').first()).toBeAttached();

  const library = await openLibrary(context, extensionId);
  await expect(library.getByTestId('library-list').locator('blockquote')).toHaveText([TARGET]);
  await expect(library.getByTestId('library-list')).toContainText('S/2024/292');

  await page.reload();
  await expect(page.locator('mark[data-wps-kind="saved"]').first()).toBeAttached();
  await expect(saved).toHaveAttribute('data-status', 'found');
  await saved.getByRole('button', { name: 'Show on page' }).click();
  await expect(page.locator('mark[data-wps-kind="saved"]').first()).toBeInViewport();
});

test('re-anchors after the page changed, and lists a removed passage as not found with its quote', async ({
  context,
  server,
  panelFor,
}) => {
  const page = await openHighlighted(context, URL);
  const panel = await panelFor(page);
  await select(page, TARGET);
  await panel.getByRole('button', { name: 'Save selection' }).click();
  const item = panel.getByTestId('saved-list').locator('article');
  await expect(item).toHaveCount(1);

  // New paragraphs before it and one word edited inside it.
  server.override(URL, {
    body: reportPage({
      before: ['An added paragraph about the new reporting arrangements.', 'Another added paragraph.'],
      target: TARGET.replace('medical', 'health'),
    }),
  });
  await page.reload();
  await expect(item).toHaveAttribute('data-status', 'found');
  await expect(page.locator('mark[data-wps-kind="saved"]')).not.toHaveCount(0);

  // The paragraph is gone: honestly not found, never attached to other text.
  server.override(URL, { body: reportPage({ drop: true }) });
  await page.reload();
  await expect(item).toHaveAttribute('data-status', 'not-found');
  await expect(item).toContainText('Not found on this page');
  await expect(item.locator('blockquote')).toHaveText(TARGET);
  await expect(page.locator('mark[data-wps-kind="saved"]')).toHaveCount(0);
});

test('two open panels stay in sync, and a full disk loses nothing', async ({
  context,
  serviceWorker,
  openPanel,
  tabIdOf,
}) => {
  const page = await openHighlighted(context, URL);
  const tabId = await tabIdOf(page);
  const first = await openPanel(tabId);
  const second = await openPanel(tabId);
  await select(page, TARGET);
  await first.getByRole('button', { name: 'Save selection' }).click();
  await expect(second.getByTestId('saved-list').locator('article')).toHaveCount(1);

  // A note written in the first panel appears in the second.
  const item = first.getByTestId('saved-list').locator('article');
  await item.getByRole('button', { name: 'Add note' }).click();
  await first.getByLabel('Note', { exact: true }).fill('Quote this in the **annual debate** statement');
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(second.getByTestId('saved-list').locator('strong')).toHaveText('annual debate');

  // The disk fills up: the edit is refused, the text stays in the editor, nothing saved is lost.
  await first.evaluate(() => ((globalThis as { __lensFailWrites?: unknown }).__lensFailWrites = 'quota'));
  await item.getByRole('button', { name: 'Edit note' }).click();
  await first.getByLabel('Note', { exact: true }).fill('A longer note the disk cannot take');
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.getByRole('alert')).toContainText('Your disk is full, so this was not saved.');
  await expect(first.getByLabel('Note', { exact: true })).toHaveValue('A longer note the disk cannot take');
  await second.reload();
  await expect(second.getByTestId('saved-list').locator('strong')).toHaveText('annual debate');

  // Saving a new passage while the background's disk is full: a clear message, nothing lost.
  await serviceWorker.evaluate(
    () => ((globalThis as { __lensFailWrites?: unknown }).__lensFailWrites = 'quota'),
  );
  await select(page, 'Women’s full, equal and meaningful participation');
  await second.getByRole('button', { name: 'Save selection' }).click();
  await expect(second.getByRole('alert').first()).toContainText('Your disk is full');
  await expect(second.getByTestId('saved-list').locator('article')).toHaveCount(1);

  await serviceWorker.evaluate(
    () => ((globalThis as { __lensFailWrites?: unknown }).__lensFailWrites = undefined),
  );
  await first.evaluate(() => ((globalThis as { __lensFailWrites?: unknown }).__lensFailWrites = undefined));
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(second.getByTestId('saved-list').locator('.note-text')).toHaveText(
    'A longer note the disk cannot take',
  );
});
