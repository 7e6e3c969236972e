// @vitest-environment happy-dom
import { describe as group, expect, it } from 'vitest';
import {
  anchorInDocument,
  describeRange,
  documentText,
  offsetsToPassageRanges,
  rangeToOffsets,
} from '../../../lib/anchoring/dom';
import { DEFAULT_MIN_SCORE } from '../../../lib/anchoring/text';
import { highlightPassage, removeHighlights } from '../../../lib/highlight';
import { collectPassages } from '../../../lib/scan/passages';
import { setBody } from '../dom';

const PAGE = `
  <header><nav>Home <a href="#">Security Council</a></nav></header>
  <main>
    <h1>Women and peace and security</h1>
    <p id="p1">The Council recalls resolution <a href="#">1325 (2000)</a> and <b>stresses</b> the participation of women.</p>
    <p id="p2">It requests the Secretary-General to report on <i>sexual violence</i> in conflict.</p>
    <script>var ignored = "not page text";</script>
    <p id="p3">It decides to remain seized of the matter.</p>
  </main>`;

function scan() {
  return documentText(collectPassages(document.body));
}

/** A range from `startNode`/`startOffset` to `endNode`/`endOffset`. */
function rangeOf(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

function textNodeWith(text: string): Text {
  const walker = document.createTreeWalker(document.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes(text)) return node as Text;
  }
  throw new Error(`no text node with "${text}"`);
}

group('documentText', () => {
  it('joins the passages with line breaks and records where each starts', () => {
    setBody(PAGE);
    const doc = scan();
    expect(doc.text.split('\n')).toEqual(doc.passages.map((p) => p.text));
    doc.passages.forEach((p, i) =>
      expect(doc.text.slice(doc.starts[i], doc.starts[i]! + p.text.length)).toBe(p.text),
    );
    expect(doc.text).not.toContain('not page text');
  });
});

group('rangeToOffsets', () => {
  it('maps a selection across inline elements to document offsets', () => {
    setBody(PAGE);
    const doc = scan();
    const start = textNodeWith('The Council recalls');
    const end = textNodeWith('stresses');
    const offsets = rangeToOffsets(doc, rangeOf(start, 4, end, 8))!;
    expect(doc.text.slice(offsets.start, offsets.end)).toBe(
      'Council recalls resolution 1325 (2000) and stresses',
    );
  });

  it('maps a selection spanning paragraphs, with the break between them as a line break', () => {
    setBody(PAGE);
    const doc = scan();
    const start = textNodeWith('participation');
    const end = textNodeWith('It requests');
    const offsets = rangeToOffsets(
      doc,
      rangeOf(start, start.data.indexOf('women'), end, 'It requests'.length),
    )!;
    expect(doc.text.slice(offsets.start, offsets.end)).toBe('women.\nIt requests');
  });

  it('moves boundaries between elements onto the nearest passage text inside the range', () => {
    setBody(PAGE);
    const doc = scan();
    const p2 = document.getElementById('p2')!;
    const p3 = document.getElementById('p3')!;
    // From before p2's first child to after p3's last child (as a triple-click selects).
    const offsets = rangeToOffsets(doc, rangeOf(p2, 0, p3, p3.childNodes.length))!;
    expect(doc.text.slice(offsets.start, offsets.end)).toBe(
      'It requests the Secretary-General to report on sexual violence in conflict.\nIt decides to remain seized of the matter.',
    );
    // A boundary inside the skipped script moves out of it.
    const script = document.querySelector('script')!;
    const fromScript = rangeToOffsets(doc, rangeOf(script.firstChild!, 3, p3.firstChild!, 10))!;
    expect(doc.text.slice(fromScript.start, fromScript.end)).toBe('It decides');
  });

  it('returns null for a selection with no passage text', () => {
    setBody(PAGE);
    const doc = scan();
    const script = document.querySelector('script')!;
    expect(rangeToOffsets(doc, rangeOf(script.firstChild!, 0, script.firstChild!, 5))).toBeNull();
    const p1 = textNodeWith('The Council');
    expect(rangeToOffsets(doc, rangeOf(p1, 3, p1, 3))).toBeNull();
  });

  it('still maps text nodes that highlights split after the scan', () => {
    setBody(PAGE);
    const doc = scan();
    const p2 = doc.passages.find((p) => p.text.startsWith('It requests'))!;
    const handles = highlightPassage(p2, [{ start: 3, end: 11, attrs: { 'data-wps-kind': 'term' } }]);
    const mark = document.querySelector('mark')!;
    const offsets = rangeToOffsets(doc, rangeOf(mark.firstChild!, 0, mark.nextSibling!, 4))!;
    expect(doc.text.slice(offsets.start, offsets.end)).toBe('requests the');
    removeHighlights(handles);
  });
});

group('offsetsToPassageRanges', () => {
  it('splits document offsets into local ranges per passage, leaving out the line breaks', () => {
    setBody(PAGE);
    const doc = scan();
    const start = doc.text.indexOf('women.');
    const end = doc.text.indexOf('Secretary-General') + 'Secretary-General'.length;
    const ranges = offsetsToPassageRanges(doc, start, end);
    expect(ranges.map((r) => r.passage.text.slice(r.start, r.end))).toEqual([
      'women.',
      'It requests the Secretary-General',
    ]);
    expect(offsetsToPassageRanges(doc, start + 'women.'.length, start + 'women.'.length + 1)).toEqual([]);
  });
});

group('saving and finding a passage on a page', () => {
  it('describes a selection, finds it on a changed page and highlights exactly it', () => {
    setBody(PAGE);
    const saved = describeRange(
      scan(),
      rangeOf(textNodeWith('It requests'), 3, textNodeWith(' in conflict'), 12),
    )!;
    expect(saved.quote.exact).toBe('requests the Secretary-General to report on sexual violence in conflict');

    // Next visit: a new paragraph above it, and the italic is gone.
    setBody(
      PAGE.replace('<p id="p2">', '<p>A new paragraph was added.</p><p id="p2">').replace(
        '<i>sexual violence</i>',
        'sexual violence',
      ),
    );
    const doc = scan();
    const found = anchorInDocument(doc, saved)!;
    expect(found.match.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
    const handles = found.ranges.flatMap((r) =>
      highlightPassage(r.passage, [{ start: r.start, end: r.end, attrs: { 'data-wps-kind': 'saved' } }]),
    );
    const marked = [...document.querySelectorAll('mark[data-wps-kind="saved"]')]
      .map((m) => m.textContent)
      .join('');
    expect(marked).toBe(saved.quote.exact);
    removeHighlights(handles);
  });

  it('reports a passage whose paragraph was removed as not found', () => {
    setBody(PAGE);
    const p2 = textNodeWith('It requests');
    const saved = describeRange(scan(), rangeOf(p2, 0, textNodeWith(' in conflict'), 12))!;
    setBody(PAGE.replace(/<p id="p2">.*?<\/p>/s, ''));
    expect(anchorInDocument(scan(), saved)).toBeNull();
  });

  it('describes nothing for a blank selection', () => {
    setBody('<p>One</p><p>Two</p>');
    const doc = scan();
    const one = textNodeWith('One');
    const two = textNodeWith('Two');
    expect(describeRange(doc, rangeOf(one, 3, two, 0))).toBeNull();
  });
});
