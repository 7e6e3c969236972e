/**
 * The UI in the six UN languages. The reader picks a language in the options
 * page; the options page, the side panel, the library, the on-page card and
 * the PDF viewer follow it at once, and no English string is left where the
 * catalog has a translation. Arabic lays out right to left: `dir="rtl"` on the
 * root, and a screenshot of the side panel in Arabic kept with the results.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { LOCALES, dirOf, type Locale, type Messages } from '../../lib/i18n';
import { common } from '../../lib/i18n/catalog/common';
import { inpage } from '../../lib/i18n/catalog/inpage';
import { library as libraryMessages } from '../../lib/i18n/catalog/library';
import { options as optionsMessages } from '../../lib/i18n/catalog/options';
import { panel as panelMessages } from '../../lib/i18n/catalog/panel';
import { pdf as pdfMessages } from '../../lib/i18n/catalog/pdf';
import { expect, test } from './fixtures';
import { contentWorld, inCardRoot } from './helpers/content-world';
import { openExtensionPage, openLibraryWith } from './helpers/extension-pages';
import { servePdf, showInViewer } from './helpers/pdf';
import { passageRecord } from './helpers/saved-passages';

const PAGE = 'https://www.un.org/securitycouncil/content/women-peace-and-security.html';
const CATALOGS: Messages[] = [common, inpage, libraryMessages, optionsMessages, panelMessages, pdfMessages];

/**
 * English phrases that must not show when the UI is in `locale`: the parts of
 * each English text between placeholders, where the translation differs,
 * long enough (and with a space) not to be a shared word or a name.
 */
function englishPhrases(locale: Locale): string[] {
  const out = new Set<string>();
  for (const catalog of CATALOGS) {
    for (const texts of Object.values(catalog)) {
      if (texts[locale] === texts.en) continue;
      for (const part of texts.en.split(/\{\w+\}/)) {
        const phrase = part.trim().replace(/[.:…]+$/, '');
        if (phrase.length >= 12 && phrase.includes(' ') && !texts[locale].includes(phrase)) out.add(phrase);
      }
    }
  }
  return [...out];
}

/** The UI text of a page: without page content, quotes, notes, and the language menu's own names. */
async function leaks(page: Page, locale: Locale): Promise<string[]> {
  return page.evaluate(
    ({ phrases, locale }) => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      const content = `blockquote, .note-text, .passage-text, [dir="auto"], option, script, style, [lang]:not([lang="${locale}"])`;
      for (const el of clone.querySelectorAll(content)) el.remove();
      const text = clone.textContent ?? '';
      return phrases.filter((p) => text.includes(p));
    },
    { phrases: englishPhrases(locale), locale },
  );
}

/** Elements showing left-to-right page text (quotes, passages, symbols) that are laid out right to left. */
async function contentDirections(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const content = '[lang]:not([lang="ar"]), .symbol, .source .title, [data-symbol] a';
    return [...document.querySelectorAll(content)]
      .filter((el) => /[A-Za-z]/.test(el.textContent ?? '') && getComputedStyle(el).direction !== 'ltr')
      .map(
        (el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 50)}`,
      );
  });
}

async function chooseLanguage(
  context: BrowserContext,
  extensionId: string,
  locale: Locale | 'auto',
): Promise<Page> {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await options.locator('#language').selectOption(locale);
  if (locale !== 'auto') await expect(options.locator('html')).toHaveAttribute('lang', locale);
  return options;
}

for (const locale of LOCALES.filter((l) => l !== 'en')) {
  test(`the UI in ${locale}: options, side panel, library, card and PDF viewer`, async ({
    context,
    extensionId,
    server,
    openPanel,
    openRead,
  }, testInfo) => {
    test.setTimeout(120_000);
    const dir = dirOf(locale);
    const options = await chooseLanguage(context, extensionId, locale);
    await expect(options.locator('html')).toHaveAttribute('dir', dir);
    await expect(options.locator('h1')).toHaveText(optionsMessages.title[locale]);
    await expect(options.locator('#language-heading')).toHaveText(optionsMessages.languageHeading[locale]);
    expect(await leaks(options, locale)).toEqual([]);

    // The side panel on a UN page.
    const { page, tabId } = await openRead(PAGE);
    const panel = await openPanel(tabId);
    const root = panel.locator('main.panel');
    await expect(root).toHaveAttribute('lang', locale);
    await expect(root).toHaveAttribute('dir', dir);
    // The document root too, so the page title and any text outside <main> follow (soft: the rest still runs).
    await expect.soft(panel.locator('html'), 'the side panel’s root element').toHaveAttribute('lang', locale);
    await expect.soft(panel.locator('html'), 'the side panel’s root element').toHaveAttribute('dir', dir);
    await expect(panel.getByRole('button', { name: panelMessages.saveSelection[locale] })).toBeVisible();
    await expect(panel.locator('#saved-heading')).toContainText(
      panelMessages.savedHeading[locale].split('{')[0]!.trim(),
    );
    expect(await leaks(panel, locale)).toEqual([]);
    if (locale === 'ar') {
      await expect(panel.locator('[data-passage-index]').first()).toBeVisible();
      const shot = testInfo.outputPath('side-panel-ar.png');
      await panel.screenshot({ path: shot, fullPage: true });
      await testInfo.attach('side panel in Arabic', { path: shot, contentType: 'image/png' });
      // Right to left for real: the heading starts at the right edge.
      const box = await panel.locator('.panel-header h1').evaluate((h) => {
        const r = h.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(h);
        const text = range.getBoundingClientRect();
        return { right: r.right, textRight: text.right, textLeft: text.left, left: r.left };
      });
      expect(box.right - box.textRight).toBeLessThan(box.textLeft - box.left);
      // English page text inside the Arabic panel keeps its own direction: "1888 (2009)" must not
      // read "(2009) 1888", nor a sentence's full stop jump to its start.
      expect.soft(await contentDirections(panel), 'page text in the Arabic panel').toEqual([]);
    }

    // The library, with a saved passage.
    const library = await openLibraryWith(context, extensionId, [passageRecord(1, { note: 'Note.' })]);
    await expect(library.locator('html')).toHaveAttribute('lang', locale);
    await expect(library.locator('html')).toHaveAttribute('dir', dir);
    await expect(library.locator('h1')).toHaveText(libraryMessages.heading[locale]);
    await expect(library.getByTestId('library-list').locator('article')).toHaveCount(1);
    expect(await leaks(library, locale)).toEqual([]);
    if (locale === 'ar')
      expect.soft(await contentDirections(library), 'page text in the Arabic library').toEqual([]);

    // The on-page card.
    const world = await contentWorld(page, extensionId);
    await page.keyboard.press('Alt+Shift+N');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        inCardRoot<{ lang: string; dir: string; text: string } | null>(
          world,
          `const card = root && root.querySelector('[role="dialog"]');
          return card ? { lang: card.lang, dir: card.dir, text: card.textContent } : null;`,
        ),
      )
      .toMatchObject({ lang: locale, dir });

    // The PDF viewer.
    const pdfUrl = `https://documents.un.org/doc/undoc/gen/n19/i18n-${locale}.pdf`;
    servePdf(
      server,
      pdfUrl,
      ['The Council recalls resolution S/RES/1325 (2000).'],
      'Women and peace and security',
    );
    const viewer = await context.newPage();
    await showInViewer(viewer, extensionId, pdfUrl);
    await expect(viewer.locator('html')).toHaveAttribute('lang', locale);
    await expect(viewer.locator('html')).toHaveAttribute('dir', dir);
    expect(await leaks(viewer, locale)).toEqual([]);
    server.override(pdfUrl, null);
  });
}

test('follows the browser’s language by default, and switches live when the reader picks another', async ({
  context,
  extensionId,
  panelFor,
  openRead,
}) => {
  // The test browser speaks English: "as the browser" gives English.
  const { page } = await openRead(PAGE);
  const panel = await panelFor(page);
  await expect(panel.getByRole('button', { name: panelMessages.saveSelection.en })).toBeVisible();

  // Picked in the options, the open panel follows without a reload.
  const options = await chooseLanguage(context, extensionId, 'es');
  await expect(panel.getByRole('button', { name: panelMessages.saveSelection.es })).toBeVisible();
  await options.locator('#language').selectOption('auto');
  await expect(panel.getByRole('button', { name: panelMessages.saveSelection.en })).toBeVisible();
});
