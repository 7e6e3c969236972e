/**
 * The library end to end: a backup imported from a file (all or nothing,
 * every refused record named, the database unchanged after a failure), search,
 * filters, edit, delete with undo, export to a file, opening the source page at
 * the passage, and no accessibility violations in light and dark schemes.
 */
import AxeBuilder from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import type { BrowserContext, TestInfo } from '@playwright/test';
import { toJsonBackup } from '../../lib/export/json-backup';
import type { SavedPassage } from '../../lib/model/saved-passage';
import { expect, test } from './fixtures';
import { axeViolations } from './helpers/axe';
import { exportAs, importFile, openExtensionPage } from './helpers/extension-pages';

const PAGE_URL = 'https://www.un.org/securitycouncil/content/lens-library-source.html';
const QUOTE = 'the appointment of women protection advisers in every relevant mission';
const FILLER = (i: number) =>
  `Paragraph ${i} reviews the mission's operations and the security situation in the area.`;
const SOURCE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report on a peace operation</title></head>
<body><main><h1>Report on a peace operation</h1>
${Array.from({ length: 30 }, (_, i) => `<p>${FILLER(i + 1)}</p>`).join('\n')}
<p>The Council welcomed ${QUOTE}, and asked for regular briefings.</p>
${Array.from({ length: 5 }, (_, i) => `<p>${FILLER(i + 40)}</p>`).join('\n')}
</main></body></html>`;

function passage(n: number, over: Partial<SavedPassage>): SavedPassage {
  const exact = over.selectors?.quote.exact ?? `Quote number ${n}`;
  return {
    id: `5a1b2c3d-0000-4000-8000-${String(n).padStart(12, '0')}`,
    url: `https://undocs.org/S/RES/${2400 + n}(2018)`,
    documentKey: `symbol:S/RES/${2400 + n} (2018)`,
    symbol: `S/RES/${2400 + n} (2018)`,
    title: `Resolution ${2400 + n} (2018)`,
    lang: 'en',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 100, end: 100 + exact.length },
    },
    themes: [],
    recommendations: [],
    provisions: [],
    note: '',
    tags: [],
    createdAt: `2026-0${n}-01T10:00:00.000Z`,
    updatedAt: `2026-0${n}-01T10:00:00.000Z`,
    ...over,
  };
}

const PASSAGES: SavedPassage[] = [
  passage(1, {
    url: PAGE_URL,
    documentKey: `url:${PAGE_URL}`,
    symbol: undefined,
    title: 'Report on a peace operation',
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: QUOTE,
        prefix: 'The Council welcomed ',
        suffix: ', and asked',
      },
      position: { type: 'TextPositionSelector', start: 2900, end: 2900 + QUOTE.length },
    },
    themes: ['leadership', 'sexual-violence'],
    tags: ['advisers'],
  }),
  passage(2, {
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'sanctions against perpetrators of sexual violence in conflict',
        prefix: '',
        suffix: '',
      },
      position: { type: 'TextPositionSelector', start: 10, end: 70 },
    },
    themes: ['accountability', 'sexual-violence'],
    note: 'Use in the **sanctions committee** brief',
  }),
  passage(3, {
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'women’s leadership in mediation efforts',
        prefix: '',
        suffix: '',
      },
      position: { type: 'TextPositionSelector', start: 10, end: 49 },
    },
    themes: ['participation'],
    tags: ['mediation', 'advisers'],
  }),
];

/** Writes PASSAGES as a JSON backup file in the test's output folder; returns its path. */
async function writeBackup(testInfo: TestInfo, name = 'backup.json'): Promise<string> {
  const path = testInfo.outputPath(name);
  await writeFile(path, toJsonBackup({ passages: PASSAGES }));
  return path;
}

/** An empty library that then imports `backup` (the three PASSAGES). */
async function openLibrary(context: BrowserContext, extensionId: string, backup: string) {
  const library = await openExtensionPage(context, extensionId, 'library.html');
  await expect(library.getByText('Nothing saved yet.')).toBeVisible();
  await importFile(library, backup);
  await expect(
    library.getByRole('status').filter({ hasText: 'Imported: 3 new, 0 updated, 0 already here.' }),
  ).toBeVisible();
  return library;
}

test.beforeEach(({ server }) => server.override(PAGE_URL, { body: SOURCE }));
test.afterEach(({ server }) => server.override(PAGE_URL, null));

test('imports a backup, then searches, filters, edits, deletes with undo and exports', async ({
  context,
  extensionId,
}, testInfo) => {
  const backup = await writeBackup(testInfo);
  const library = await openLibrary(context, extensionId, backup);
  const list = library.getByTestId('library-list');
  const count = library.getByTestId('library-count');
  await expect(count).toHaveText('3 of 3 passages');

  // Importing the same file again merges instead of duplicating.
  await importFile(library, backup);
  await expect(
    library.getByRole('status').filter({ hasText: 'Imported: 0 new, 0 updated, 3 already here.' }),
  ).toBeVisible();
  await expect(count).toHaveText('3 of 3 passages');

  const search = library.getByLabel('Search quotes, notes and tags');
  await search.fill('sanctions committee');
  await expect(list.locator('blockquote')).toHaveText([
    'sanctions against perpetrators of sexual violence in conflict',
  ]);
  await search.fill('');
  await library.getByLabel('Tag', { exact: true }).selectOption('advisers');
  await expect(count).toHaveText('2 of 3 passages');
  await library.getByLabel('Theme', { exact: true }).selectOption('participation');
  await expect(list.locator('blockquote')).toHaveText(['women’s leadership in mediation efforts']);

  // Export what is shown, as CSV.
  await library.getByLabel('Passages', { exact: true }).selectOption('shown');
  const { name, text: csv } = await exportAs(library, 'csv');
  expect(name).toMatch(/^1325-lens-.*\.csv$/);
  expect(csv).toContain('women’s leadership in mediation efforts');
  expect(csv).not.toContain('sanctions against perpetrators');

  await library.getByRole('button', { name: 'Clear search and filters' }).click();
  const item = list.locator('article', { hasText: 'mediation efforts' });
  await item.getByRole('button', { name: 'Add note' }).click();
  await library.getByLabel('Note', { exact: true }).fill('Raise with the *Group of Friends*');
  await library.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(item.locator('em')).toHaveText('Group of Friends');

  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(count).toHaveText('2 of 2 passages');
  await library.getByRole('button', { name: 'Undo' }).click();
  await expect(count).toHaveText('3 of 3 passages');
  await expect(list.locator('article', { hasText: 'mediation efforts' }).locator('em')).toHaveText(
    'Group of Friends',
  );
});

test('a failed import names every refused record and leaves the library unchanged', async ({
  context,
  extensionId,
}, testInfo) => {
  const library = await openLibrary(context, extensionId, await writeBackup(testInfo, 'good.json'));

  const bad = JSON.parse(toJsonBackup({ passages: [passage(4, {}), passage(5, {}), passage(6, {})] }));
  bad.passages[1].url = 'javascript:alert(1)';
  bad.passages[2].createdAt = 'yesterday';
  const badPath = testInfo.outputPath('bad.json');
  await writeFile(badPath, JSON.stringify(bad));
  await importFile(library, badPath);
  const alert = library.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported');
  await expect(alert.getByRole('listitem')).toHaveCount(2);
  await expect(alert.getByRole('listitem').nth(0)).toContainText('Record 2');
  await expect(alert.getByRole('listitem').nth(1)).toContainText('Record 3');
  await expect(library.getByTestId('library-count')).toHaveText('3 of 3 passages');
  await library.reload();
  await expect(library.getByTestId('library-count')).toHaveText('3 of 3 passages');
});

test('opens the source page scrolled to the passage', async ({ context, extensionId }, testInfo) => {
  const backup = await writeBackup(testInfo);
  const library = await openLibrary(context, extensionId, backup);
  const item = library.getByTestId('library-list').locator('article', { hasText: QUOTE });
  const [source] = await Promise.all([
    context.waitForEvent('page'),
    item.getByRole('button', { name: 'Open page at passage' }).click(),
  ]);
  await expect(source).toHaveURL(PAGE_URL);
  const mark = source.locator('mark[data-wps-kind="saved"]').first();
  await expect(mark).toBeAttached();
  await expect(mark).toBeInViewport();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no accessibility violations in the ${colorScheme} scheme`, async ({
    context,
    extensionId,
  }, testInfo) => {
    const library = await openLibrary(context, extensionId, await writeBackup(testInfo));
    await library.emulateMedia({ colorScheme });
    await library
      .getByTestId('library-list')
      .locator('article')
      .first()
      .getByRole('button', { name: 'Add note' })
      .click();
    expect(await axeViolations(new AxeBuilder({ page: library }))).toEqual([]);
  });
}
