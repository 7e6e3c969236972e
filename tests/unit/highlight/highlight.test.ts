// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightPassage, MARK_SELECTOR, removeAllMarks, removeHighlights } from '../../../lib/highlight';
import { collectPassages, ownText } from '../../../lib/scan/passages';
import { setBody } from '../dom';

const symbol = { 'data-wps-kind': 'symbol' };

describe('highlightPassage', () => {
  it('cuts a range over inline elements into one mark per text node, at the passage offsets', () => {
    const body = setBody('<p>See <a href="#x">S/RES/1325</a> <b>(2000)</b> and more.</p>');
    const [p] = collectPassages(body);
    const start = p!.text.indexOf('S/RES');
    const handles = highlightPassage(p!, [{ start, end: start + 'S/RES/1325 (2000)'.length, attrs: symbol }]);
    expect(handles).toHaveLength(1);
    expect(handles[0]!.elements.map((e) => e.textContent)).toEqual(['S/RES/1325', ' ', '(2000)']);
    // Each piece stays inside the element it was in: the link keeps its text.
    expect(body.querySelector('a')!.textContent).toBe('S/RES/1325');
    expect(body.querySelector('a mark')).not.toBeNull();
    expect(body.textContent).toBe('See S/RES/1325 (2000) and more.');
  });

  it('marks several ranges in one text node, left to right, with their own attributes', () => {
    const body = setBody('<p>1820 (2008) and 1888 (2009)</p>');
    const [p] = collectPassages(body);
    const handles = highlightPassage(p!, [
      { start: 16, end: 27, attrs: { 'data-wps-symbol': 'b' } },
      { start: 0, end: 11, attrs: { 'data-wps-symbol': 'a' } },
    ]);
    // Handles come back in the order the ranges were given.
    expect(handles.map((h) => h.elements[0]!.getAttribute('data-wps-symbol'))).toEqual(['b', 'a']);
    expect(
      [...body.querySelectorAll('mark')].map((m) => [m.textContent, m.getAttribute('data-wps-symbol')]),
    ).toEqual([
      ['1820 (2008)', 'a'],
      ['1888 (2009)', 'b'],
    ]);
  });

  it('skips a range that overlaps an earlier one, and ranges outside the text', () => {
    const body = setBody('<p>abcdefghij</p>');
    const [p] = collectPassages(body);
    const handles = highlightPassage(p!, [
      { start: 0, end: 5, attrs: {} },
      { start: 3, end: 8, attrs: {} },
      { start: 8, end: 40, attrs: {} },
      { start: 6, end: 6, attrs: {} },
    ]);
    expect(handles.map((h) => h.range.start)).toEqual([0]);
    expect(body.querySelectorAll('mark')).toHaveLength(1);
  });

  it('removes its marks without a trace: same markup, and the original text nodes back in place', () => {
    const body = setBody('<div><p>See S/RES/1325 <b>(2000)</b> now, and 1820 (2008).</p></div>');
    const before = body.innerHTML;
    const [p] = collectPassages(body);
    const originals = p!.nodes.map((n) => n.node);
    const text = p!.text;
    const handles = highlightPassage(p!, [
      { start: text.indexOf('S/RES'), end: text.indexOf(')') + 1, attrs: symbol },
      { start: text.indexOf('1820'), end: text.indexOf('1820') + 11, attrs: symbol },
    ]);
    expect(body.querySelectorAll('mark')).toHaveLength(3);
    removeHighlights(handles);
    expect(body.innerHTML).toBe(before);
    // The page's own text nodes are the ones in the page again (scripts holding them keep working).
    expect(ownText(body.querySelector('p')!)!.nodes.map((n) => n.node)).toEqual(originals);
    expect(handles.every((h) => h.elements.length === 0)).toBe(true);
  });

  it('nests a saved passage over a symbol and removes either first', () => {
    const body = setBody('<p>Recalling resolution 1325 (2000) today.</p>');
    const before = body.innerHTML;
    const paragraph = body.querySelector('p')!;
    const text = paragraph.textContent!;
    const symbols = highlightPassage(ownText(paragraph)!, [
      { start: text.indexOf('resolution'), end: text.indexOf(')') + 1, attrs: symbol },
    ]);
    const saved = highlightPassage(ownText(paragraph)!, [
      { start: 0, end: text.indexOf(' today'), attrs: { 'data-wps-kind': 'saved' } },
    ]);
    expect(saved[0]!.elements.map((e) => e.textContent).join('')).toBe('Recalling resolution 1325 (2000)');
    expect(paragraph.textContent).toBe(text);
    removeHighlights(symbols);
    expect(paragraph.querySelectorAll('mark[data-wps-kind="saved"]').length).toBeGreaterThan(0);
    expect(paragraph.textContent).toBe(text);
    removeHighlights(saved);
    expect(body.innerHTML).toBe(before);
  });

  it('removeAllMarks unwraps every mark of ours, and only ours', () => {
    const body = setBody('<p>a <mark>page mark</mark> b</p>');
    const [p] = collectPassages(body);
    highlightPassage(p!, [{ start: 0, end: 1, attrs: symbol }]);
    expect(removeAllMarks(body)).toBe(1);
    expect(body.querySelectorAll(MARK_SELECTOR)).toHaveLength(0);
    expect(body.querySelector('mark')!.textContent).toBe('page mark');
  });
});
