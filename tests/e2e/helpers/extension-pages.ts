/**
 * Our own pages opened in a tab (the library, the options page, the viewer),
 * and what the library's export and import controls do with files.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { seedPassages } from './saved-passages';

/** Opens one of our pages (`library.html`, `options.html`, ...) in a new tab. */
export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  path: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Opens the library in a new tab, once it has read the database (its count shows). */
export async function openLibrary(context: BrowserContext, extensionId: string): Promise<Page> {
  const library = await openExtensionPage(context, extensionId, 'library.html');
  await expect(library.getByTestId('library-count')).toBeVisible();
  return library;
}

/** Opens the library with `records` written into the database, shown once reloaded. */
export async function openLibraryWith(
  context: BrowserContext,
  extensionId: string,
  records: Record<string, unknown>[],
): Promise<Page> {
  const library = await openLibrary(context, extensionId);
  await seedPassages(library, records);
  await library.reload();
  await expect(library.getByTestId('library-list').locator('article')).toHaveCount(records.length);
  return library;
}

/** Opens the "Export and import" section of a library or panel page, if it is closed. */
export async function openExportImport(page: Page): Promise<Locator> {
  const details = page.locator('details.export-import');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').click();
  return details;
}

/** Exports in `format` from the export controls; returns the file's suggested name and its text. */
export async function exportAs(page: Page, format: string): Promise<{ name: string; text: string }> {
  const details = await openExportImport(page);
  await page.getByLabel('Format', { exact: true }).selectOption(format);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    details.getByRole('button', { name: 'Export' }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

/** Imports a file (a path, or JSON text as `backup.json`) with the import control. */
export async function importFile(page: Page, file: string | { json: string }): Promise<void> {
  await openExportImport(page);
  await page
    .getByLabel('Import a JSON backup or W3C annotations')
    .setInputFiles(
      typeof file === 'string'
        ? file
        : { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file.json) },
    );
}
