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

/** Where `text` is drawn inside the first element matching `scope`: its box in the page's coordinates. */
export async function textBox(
  page: Page,
  scope: string,
  text: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate(
    ([selector, wanted]) => {
      const root = document.querySelector(selector!);
      if (!root) throw new Error(`no element: ${selector}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(wanted!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + wanted!.length);
        const { x, y, width, height } = range.getBoundingClientRect();
        return { x, y, width, height };
      }
      throw new Error(`not in ${selector}: ${wanted}`);
    },
    [scope, text],
  );
}

/** Selects by dragging the real mouse from one point to another, as a reader does. */
export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<string> {
  // A press inside an existing selection would drag its text instead.
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  return page.evaluate(() => getSelection()?.toString() ?? '');
}
