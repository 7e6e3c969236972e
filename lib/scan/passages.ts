/**
 * Splits a page into passages: the text of each block-level element, with an
 * offset map back to its text nodes. The matchers run on `passage.text`; the
 * highlighter maps offsets back through `passage.nodes`.
 *
 * A passage holds the text nodes whose nearest block ancestor is its root, so
 * `<div>intro <p>para</p></div>` gives two passages ("intro ", "para") and no
 * text is read twice.
 */

/** Elements that start a new passage. Tag-based: no style recalculation. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose text is not reading text, or belongs to an editor or to us. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
]);

/** Attribute on elements the extension inserts itself (cards, panels): never scanned. */
export const OWN_UI_ATTR = 'data-wps-ui';

export interface TextPiece {
  node: Text;
  /** Offset of `node`'s first character in `Passage.text`. */
  start: number;
}

export interface Passage {
  root: Element;
  text: string;
  nodes: TextPiece[];
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** True for elements whose subtree is never read: scripts, form fields, editors, our own UI. */
export function isSkipped(el: Element): boolean {
  return (
    SKIP_TAGS.has(el.tagName.toUpperCase()) ||
    el.hasAttribute(OWN_UI_ATTR) ||
    (el as HTMLElement).isContentEditable === true
  );
}

/**
 * Yields the passages under `root` in document order, one block at a time, so
 * a caller can stop between passages and resume later (the walk of a huge
 * page is itself sliced). Whitespace-only passages are not yielded.
 */
export function* passagesIn(root: Element, skip?: (block: Element) => boolean): Generator<Passage> {
  const doc = root.ownerDocument;
  const blocks = doc.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */, {
    acceptNode(node) {
      const el = node as Element;
      if (isSkipped(el)) return 2; // REJECT: prune the subtree
      return isBlock(el) ? 1 : 3; // ACCEPT blocks, SKIP inline (but walk into it)
    },
  });
  for (let block: Element | null = root; block; block = blocks.nextNode() as Element | null) {
    if (skip?.(block)) continue;
    const passage = ownText(block);
    if (passage) yield passage;
  }
}

/** All passages under `root` at once. */
export function collectPassages(root: Element): Passage[] {
  return [...passagesIn(root)];
}

/** The passage made of the text nodes whose nearest block is `block`, or null if blank. */
export function ownText(block: Element): Passage | null {
  const walker = block.ownerDocument.createTreeWalker(block, 0x1 | 0x4, {
    acceptNode(node) {
      if (node.nodeType === 3) return 1;
      const el = node as Element;
      return isSkipped(el) || isBlock(el) ? 2 : 3;
    },
  });
  const passage: Passage = { root: block, text: '', nodes: [] };
  let blank = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.length === 0) continue;
    passage.nodes.push({ node: text, start: passage.text.length });
    passage.text += text.data;
    if (blank && /\S/.test(text.data)) blank = false;
  }
  return blank ? null : passage;
}
