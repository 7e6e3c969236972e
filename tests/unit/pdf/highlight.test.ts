// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { removeHighlights } from '../../../lib/highlight';
import { analyzePage } from '../../../lib/pdf/analyze';
import {
  highlightPage,
  layerPassage,
  nonOverlappingGroups,
  selectionOffsets,
} from '../../../lib/pdf/highlight';
import { joinPageText, type TextItemLike } from '../../../lib/pdf/text';
import { setBody } from '../dom';
import { pageItems } from './items';

/** A text layer as pdf.js's TextLayer builds it: a span per non-empty item, a <br> after each line. */
function textLayer(items: TextItemLike[]): HTMLElement {
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  for (const item of items) {
    if (item.str) {
      const span = document.createElement('span');
      span.setAttribute('role', 'presentation');
      span.textContent = item.str;
      layer.append(span);
    }
    if (item.hasEOL) layer.append(document.createElement('br'));
  }
  document.body.append(layer);
  return layer;
}

const items = pageItems([
  'Rappelant ses résolutions S/RES/',
  '1325 (2000) et sa résolution 1820 (2008), et la dé-',
  'claration de son Président',
]);
const page = joinPageText(items);

beforeEach(() => {
  setBody('');
});

describe('highlights on the text layer', () => {
  it('holds exactly the raw text in its text nodes', () => {
    expect(layerPassage(textLayer(items)).text).toBe(page.raw);
  });

  it('wraps a symbol broken across two lines in marks on both lines, and nothing else changes', () => {
    const layer = textLayer(items);
    const analysis = analyzePage(1, page, { organ: 'S' });
    const handles = highlightPage(layer, page, analysis.findings);
    const s1325 = handles.find((h) => h.range.attrs['data-wps-symbol'] === 'S/RES/1325 (2000)')!;
    expect(s1325.elements.map((e) => e.textContent)).toEqual(['S/RES/', '1325 (2000)']);
    expect(s1325.elements.map((e) => e.parentElement?.tagName)).toEqual(['SPAN', 'SPAN']);
    expect(s1325.elements[0]!.parentElement).not.toBe(s1325.elements[1]!.parentElement);
    expect(layer.querySelectorAll('mark[data-wps-symbol="S/RES/1820 (2008)"]')).toHaveLength(1);
    expect(layer.textContent).toBe(page.raw);
    removeHighlights(handles);
    expect(layer.querySelectorAll('mark')).toHaveLength(0);
    expect(layer.textContent).toBe(page.raw);
  });

  it('skips ranges past what the layer holds rather than misplace them', () => {
    const layer = textLayer(items.slice(0, 1));
    const start = page.text.indexOf('1820');
    expect(
      highlightPage(layer, page, [{ start, end: start + 11, attrs: { 'data-wps-kind': 'term' } }]),
    ).toEqual([]);
    expect(layer.querySelectorAll('mark')).toHaveLength(0);
  });

  it('maps a selection on the layer to the page text, across the dropped hyphen', () => {
    const layer = textLayer(items);
    const spans = layer.querySelectorAll('span');
    const range = document.createRange();
    // From "dé-" on line 2 to the end of "claration" on line 3, as a reader selects it.
    const second = spans[1]!.firstChild!;
    range.setStart(second, second.textContent!.indexOf('dé-'));
    const third = spans[2]!.firstChild!;
    range.setEnd(third, 'claration'.length);
    const offsets = selectionOffsets(layer, page, range)!;
    expect(page.text.slice(offsets.start, offsets.end)).toBe('déclaration');
  });

  it('clips a selection that runs past the layer to the layer', () => {
    const layer = textLayer(items);
    const after = document.createElement('p');
    after.textContent = 'après';
    document.body.append(after);
    const range = document.createRange();
    const third = layer.querySelectorAll('span')[2]!.firstChild!;
    range.setStart(third, 'claration de son '.length);
    range.setEnd(after.firstChild!, 3);
    const offsets = selectionOffsets(layer, page, range)!;
    expect(page.text.slice(offsets.start, offsets.end)).toBe('Président');
  });

  it('splits overlapping ranges into groups that can each be wrapped', () => {
    const groups = nonOverlappingGroups([
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 12, end: 20 },
    ]);
    expect(groups).toEqual([
      [
        { start: 0, end: 10 },
        { start: 12, end: 20 },
      ],
      [{ start: 5, end: 15 }],
    ]);
  });
});
