/** The reader's selection on a page, made with the Selection API. */
import type { Page } from '@playwright/test';

/** Selects the first occurrence of `text` on the page (the reader's selection), across marks and inline elements. */
export async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const nodes: Text[] = [];
    const starts: number[] = [];
    let all = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      starts.push(all.length);
      all += n.textContent ?? '';
    }
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`not on the page: ${wanted}`);
    const locate = (offset: number, end: boolean): [Text, number] => {
      for (let i = nodes.length - 1; i >= 0; i--) {
        if (starts[i]! < offset || (!end && starts[i] === offset)) return [nodes[i]!, offset - starts[i]!];
      }
      return [nodes[0]!, 0];
    };
    const range = document.createRange();
    range.setStart(...locate(at, false));
    range.setEnd(...locate(at + wanted.length, true));
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, text);
}
