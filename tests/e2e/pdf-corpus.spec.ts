/**
 * The PDF viewer on real UN PDFs from the shared corpus, served as
 * https://documents.un.org/... Runs only when LENS_CORPUS names the corpus
 * folder (CI has it at ../shared/corpus):
 *
 *   LENS_CORPUS=../shared/corpus npx playwright test tests/e2e/pdf-corpus.spec.ts
 *
 * With LENS_CORPUS set and the files missing, every test fails saying which
 * file is missing; without LENS_CORPUS the tests are not defined at all (the
 * repository-only `npm test` has no corpus to read).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import { pageReport } from './helpers/page-report';
import { openPdf, openPdfTab, waitForPdfRedirect } from './helpers/pdf';

const CORPUS = process.env.LENS_CORPUS;

const FILES = {
  resolution: 'documents/S_RES_1325_2000_FR.pdf',
  osagi: 'documents/OSAGI_DAES_CEA_Resolution_1325_Comprendre_les_implications_FR.pdf',
  scan: 'documents/A_RES_2758_XXVI_1971_RU.pdf',
};
const URLS = {
  resolution: 'https://documents.un.org/doc/UNDOC/GEN/N00/720/18/PDF/N0072018.pdf',
  osagi: 'https://www.un.org/womenwatch/osagi/wps/publication/Comprendre_les_implications_FR.pdf',
  scan: 'https://documents.un.org/doc/RESOLUTION/GEN/NR0/327/74/IMG/NR032774.pdf',
};

function corpusFile(name: keyof typeof FILES): Buffer {
  const path = resolve(CORPUS!, FILES[name]);
  if (!existsSync(path)) {
    throw new Error(
      `LENS_CORPUS=${CORPUS}: ${join(CORPUS!, FILES[name])} is missing. Point LENS_CORPUS at the shared corpus folder (../shared/corpus).`,
    );
  }
  return readFileSync(path);
}

if (CORPUS !== undefined) {
  test.beforeEach(async ({ serviceWorker, server }) => {
    for (const name of Object.keys(FILES) as (keyof typeof FILES)[]) {
      server.override(URLS[name], { body: corpusFile(name), type: 'application/pdf' });
    }
    await waitForPdfRedirect(serviceWorker);
  });

  test('the French S/RES/1325 (2000): its own symbol, the resolutions it recalls, and themes', async ({
    context,
    serviceWorker,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await openPdf(page, URLS.resolution);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('S/RES/1325 (2000)');
    const first = page.locator('section.pdf-page[data-page="1"]');
    await expect(first).toHaveAttribute('data-state', 'annotated');
    for (const symbol of [
      'S/RES/1325 (2000)',
      'S/RES/1261 (1999)',
      'S/RES/1265 (1999)',
      'S/RES/1296 (2000)',
      'S/RES/1314 (2000)',
    ]) {
      await expect(first.locator(`mark[data-wps-symbol="${symbol}"]`).first()).toBeAttached();
    }
    await expect(page.getByTestId('pdf-status')).toContainText('Pages read: 4');
    const report = await pageReport(serviceWorker, await tabIdOf(page));
    expect(report).toMatchObject({
      documentSymbol: 'S/RES/1325 (2000)',
      documentKey: 'symbol:S/RES/1325 (2000)',
      lang: 'fr',
      status: 'ready',
      pdf: { pageCount: 4, pagesWithoutText: [] },
    });
    const themes = new Set(report.passages.flatMap((p) => p.terms.flatMap((t) => t.themes)));
    expect(themes).toContain('participation');
    expect(themes.size).toBeGreaterThanOrEqual(3);
    // "la dé-" / "claration" on two lines is one word to the reader and to find.
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').fill('rappelant aussi la déclaration');
    await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  });

  test('the 101-page OSAGI publication annotates page by page as the reader scrolls', async ({
    context,
    serviceWorker,
    tabIdOf,
  }) => {
    const { page, errors } = await openPdfTab(context, URLS.osagi);
    const pages = page.locator('section.pdf-page');
    await expect(pages).toHaveCount(101);
    await expect(pages.nth(0)).not.toHaveAttribute('data-state', /empty|rendering/);
    await expect(pages.nth(90)).toHaveAttribute('data-state', 'empty');
    for (const n of [12, 45, 80, 101]) {
      await page.getByTestId('page-input').fill(String(n));
      await page.getByTestId('page-input').press('Enter');
      await expect(page.locator(`section.pdf-page[data-page="${n}"]`)).toHaveAttribute(
        'data-state',
        /annotated|image/,
      );
    }
    await expect(
      page.locator('section.pdf-page[data-page="101"] mark[data-wps-kind]').first(),
    ).toBeAttached();
    await expect(page.getByTestId('pdf-status')).toContainText('Pages read: 101', { timeout: 30_000 });
    const rendered = await pages.evaluateAll(
      (els) => els.filter((e) => (e as HTMLElement).dataset.state !== 'empty').length,
    );
    expect(rendered).toBeLessThanOrEqual(12);
    const report = await pageReport(serviceWorker, await tabIdOf(page));
    expect(report.documentKey).toMatch(/^pdf:[0-9a-f]{32}$/);
    expect(report.pdf?.pageCount).toBe(101);
    expect(report.passages.length).toBeGreaterThan(100);
    expect(new Set(report.passages.map((p) => p.page)).size).toBeGreaterThan(50);
    expect(report.symbols.map((s) => s.canonical)).toContain('S/RES/1325 (2000)');
    expect(errors).toEqual([]);
  });

  test('the image-only Russian page shows the notice and nothing crashes', async ({
    context,
    serviceWorker,
    tabIdOf,
  }) => {
    const { page, errors } = await openPdfTab(context, URLS.scan);
    const only = page.locator('section.pdf-page[data-page="1"]');
    await expect(only).toHaveAttribute('data-state', 'image');
    await expect(only.getByRole('note')).toHaveText('This page is an image; 1325 Lens cannot read it.');
    const report = await pageReport(serviceWorker, await tabIdOf(page));
    expect(report).toMatchObject({
      status: 'ready',
      symbols: [],
      passages: [],
      pdf: { pagesWithoutText: [1] },
    });
    expect(errors).toEqual([]);
  });
}
