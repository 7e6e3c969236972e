/** A page's text as the reader has it, next to the text the site wrote. */
import type { Page } from '@playwright/test';

/** How many text nodes the page's body holds (what our walk has to go through). */
export async function textNodeCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  });
}

/** The page's body text next to the same HTML parsed without scripts or extensions: the text as the site wrote it. */
export async function bodyTexts(page: Page): Promise<[string, string]> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const pristine = new DOMParser().parseFromString(html, 'text/html');
    return [document.body.textContent ?? '', pristine.body.textContent ?? ''];
  });
}
