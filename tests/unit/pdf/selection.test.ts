// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { removeHighlights } from '../../../lib/highlight';
import { analyzePage } from '../../../lib/pdf/analyze';
import { highlightPage, layerPassage, selectionOffsets } from '../../../lib/pdf/highlight';
import { END_OF_CONTENT, endOfContentPlace, SelectionGuard } from '../../../lib/pdf/selection';
import { joinPageText } from '../../../lib/pdf/text';
import { setBody } from '../dom';
import { pageItems } from './items';

const items = pageItems([
  'Rappelant ses résolutions S/RES/',
  '1325 (2000) et sa résolution 1820 (2008), et la dé-',
  'claration de son Président',
]);
const page = joinPageText(items);

/** A text layer as pdf.js's TextLayer builds it: a span per non-empty item, a <br> after each line. */
function textLayer(): HTMLElement {
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  for (const item of items) {
    if (item.str) {
      const span = document.createElement('span');
      span.textContent = item.str;
      layer.append(span);
    }
    if (item.hasEOL) layer.append(document.createElement('br'));
  }
  document.body.append(layer);
  return layer;
}

const spans = (layer: Element) => [...layer.querySelectorAll('span')];
const text = (span: Element) => span.firstChild as Text;

beforeEach(() => {
  setBody('');
});

describe('where the end-of-content block goes', () => {
  it('right after the span holding the selection end, before it when the start moves', () => {
    const layer = textLayer();
    const [, second] = spans(layer);
    expect(endOfContentPlace(layer, text(second!), 4, false)).toEqual({
      parent: layer,
      before: second!.nextSibling,
    });
    expect(endOfContentPlace(layer, text(second!), 4, true)).toEqual({ parent: layer, before: second });
  });

  it('after the last span with text when the end is at the very start of a span', () => {
    const layer = textLayer();
    const [first, second] = spans(layer);
    // Between them is a <br>, which holds no text.
    expect(endOfContentPlace(layer, text(second!), 0, false)).toEqual({
      parent: layer,
      before: first!.nextSibling,
    });
    expect(endOfContentPlace(layer, text(first!), 0, false)).toBeNull();
  });

  it('climbs out of our marks to the span', () => {
    const layer = textLayer();
    const handles = highlightPage(layer, page, analyzePage(1, page, { organ: 'S' }).findings);
    const mark = layer.querySelector('mark[data-wps-symbol="S/RES/1820 (2008)"]')!;
    const span = mark.parentElement!;
    expect(span.tagName).toBe('SPAN');
    expect(endOfContentPlace(layer, mark.firstChild!, 2, false)).toEqual({
      parent: layer,
      before: span.nextSibling,
    });
    removeHighlights(handles);
  });

  it('nowhere for a boundary on the layer itself, on the block, or outside the layer', () => {
    const layer = textLayer();
    const guard = new SelectionGuard(document, true);
    guard.attach(layer);
    const block = layer.querySelector(`.${END_OF_CONTENT}`)!;
    expect(endOfContentPlace(layer, layer, 3, false)).toBeNull();
    expect(endOfContentPlace(layer, block, 0, false)).toBeNull();
    expect(endOfContentPlace(layer, document.body, 0, false)).toBeNull();
    guard.destroy();
  });
});

describe('the end-of-content block', () => {
  it('is the last child of a layer, with no text, and changes none of the text read from it', () => {
    const layer = textLayer();
    const guard = new SelectionGuard(document, true);
    guard.attach(layer);
    guard.attach(layer);
    const blocks = layer.querySelectorAll(`.${END_OF_CONTENT}`);
    expect(blocks).toHaveLength(1);
    const block = blocks[0]!;
    expect(layer.lastChild).toBe(block);
    expect(block.textContent).toBe('');
    expect(block.getAttribute('aria-hidden')).toBe('true');

    // Moved among the spans, as during a selection: the layer's text and offsets are the same.
    const [, second, third] = spans(layer);
    layer.insertBefore(block, second!.nextSibling);
    expect(layerPassage(layer).text).toBe(page.raw);
    const range = document.createRange();
    range.setStart(text(second!), 0);
    range.setEnd(text(third!), 5);
    const around = selectionOffsets(layer, page, range);
    // A boundary on the block itself counts as the text before it.
    const onBlock = document.createRange();
    onBlock.setStart(text(second!), 0);
    onBlock.setEnd(block, 0);
    const toBlock = selectionOffsets(layer, page, onBlock);
    layer.append(block);
    expect(selectionOffsets(layer, page, range)).toEqual(around);
    const toSpanEnd = document.createRange();
    toSpanEnd.setStart(text(second!), 0);
    toSpanEnd.setEnd(text(second!), text(second!).length);
    expect(toBlock).toEqual(selectionOffsets(layer, page, toSpanEnd));

    // Highlights wrap the same text with the block in the middle.
    layer.insertBefore(block, second!.nextSibling);
    const handles = highlightPage(layer, page, analyzePage(1, page, { organ: 'S' }).findings);
    expect(handles.map((h) => h.range.attrs['data-wps-symbol']).filter(Boolean)).toContain(
      'S/RES/1325 (2000)',
    );
    expect(layer.textContent).toBe(page.raw);
    removeHighlights(handles);
    guard.destroy();
  });

  it('covers the layer from a press on it, and is back at the end when the pointer is released', () => {
    const layer = textLayer();
    const guard = new SelectionGuard(document, true);
    guard.attach(layer);
    const block = layer.lastChild as HTMLElement;
    const [first] = spans(layer);
    first!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(layer.classList.contains('selecting')).toBe(true);
    layer.insertBefore(block, first!.nextSibling);
    block.classList.add('active');
    document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    expect(layer.classList.contains('selecting')).toBe(false);
    expect(layer.lastChild).toBe(block);
    expect(block.classList.contains('active')).toBe(false);
    guard.destroy();
  });

  it('goes with its layer, and the listeners go with the last layer', () => {
    const [a, b] = [textLayer(), textLayer()];
    const guard = new SelectionGuard(document, true);
    guard.attach(a);
    guard.attach(b);
    guard.detach(a);
    expect(a.querySelector(`.${END_OF_CONTENT}`)).toBeNull();
    spans(b)[0]!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(b.classList.contains('selecting')).toBe(true);
    guard.destroy();
    expect(b.querySelector(`.${END_OF_CONTENT}`)).toBeNull();
    expect(b.classList.contains('selecting')).toBe(false);
    // No listener left: a press does nothing.
    spans(b)[0]!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(b.classList.contains('selecting')).toBe(false);
  });
});
