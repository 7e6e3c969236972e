// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPassages, OWN_UI_ATTR } from '../../../lib/scan/passages';
import { highlightPassage, removeHighlights } from '../../../lib/highlight';
import { setBody } from '../dom';

const page = (html: string) => setBody(html);

describe('collectPassages', () => {
  it('gives each block its own text, joined across inline elements', () => {
    const body = page(
      '<p>See <a href="#">S/RES/1325</a> <b>(2000)</b>.</p><ul><li>One</li><li>Two</li></ul>',
    );
    expect(collectPassages(body).map((p) => p.text)).toEqual(['See S/RES/1325 (2000).', 'One', 'Two']);
  });

  it('reads no text twice when blocks nest inside mixed content', () => {
    const body = page('<div>intro <p>para</p> tail</div>');
    const texts = collectPassages(body).map((p) => p.text);
    expect(texts).toEqual(['intro  tail', 'para']);
  });

  it('skips scripts, styles, form fields, editors and our own UI', () => {
    const body = page(
      `<p>kept</p><script>var s = "S/RES/1";</script><style>p{}</style><textarea>typed</textarea>
       <div contenteditable="true">editing</div><div ${OWN_UI_ATTR}>card</div>`,
    );
    const texts = collectPassages(body).map((p) => p.text);
    expect(texts).toEqual(['kept']);
  });

  it('maps passage offsets back to text nodes', () => {
    const body = page('<p>ab<i>cd</i>ef</p>');
    const [p] = collectPassages(body);
    expect(p!.nodes.map((n) => [n.node.data, n.start])).toEqual([
      ['ab', 0],
      ['cd', 2],
      ['ef', 4],
    ]);
  });
});

describe('highlightPassage', () => {
  it('wraps a range that spans inline elements and removes it without a trace', () => {
    const body = page('<p>See S/RES/1325 <b>(2000)</b> now.</p>');
    const before = body.innerHTML;
    const [p] = collectPassages(body);
    const start = p!.text.indexOf('S/RES');
    const end = p!.text.indexOf(')') + 1;
    const handles = highlightPassage(p!, [{ start, end, attrs: { 'data-wps-kind': 'symbol' } }]);
    expect(handles).toHaveLength(1);
    const marks = body.querySelectorAll('mark[data-wps-kind="symbol"]');
    expect([...marks].map((m) => m.textContent)).toEqual(['S/RES/1325 ', '(2000)']);
    expect(body.textContent).toBe('See S/RES/1325 (2000) now.');
    removeHighlights(handles);
    expect(body.innerHTML).toBe(before);
  });

  it('marks several ranges of one passage at their own offsets', () => {
    const body = page('<p>1820 (2008) and 1888 (2009)</p>');
    const [p] = collectPassages(body);
    highlightPassage(p!, [
      { start: 0, end: 11, attrs: { 'data-wps-symbol': 'a' } },
      { start: 16, end: 27, attrs: { 'data-wps-symbol': 'b' } },
    ]);
    const marks = [...body.querySelectorAll('mark')].map((m) => [
      m.textContent,
      m.getAttribute('data-wps-symbol'),
    ]);
    expect(marks).toEqual([
      ['1820 (2008)', 'a'],
      ['1888 (2009)', 'b'],
    ]);
  });
});
