// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPassages, OWN_UI_ATTR } from '../../../lib/scan/passages';
import { isIntact, ownPassages, ownWindow, walkPassages, type WalkedPassage } from '../../../lib/scan/walk';
import { highlightPassage } from '../../../lib/highlight';
import { setBody } from '../dom';

const all = (root: Element, options = {}) =>
  [...walkPassages(root, options)].filter((p): p is WalkedPassage => p !== null);

describe('walkPassages', () => {
  it('reads the same passages as collectPassages (inner blocks before the block around them)', () => {
    const body = setBody(
      '<div>intro <p>para <i>one</i></p> tail<ul><li>A</li><li>B</li></ul></div><script>x="S/RES/1"</script>' +
        `<textarea>typed</textarea><div ${OWN_UI_ATTR}>card</div><div contenteditable="true">edit</div>`,
    );
    const walked = all(body).map((p) => p.text);
    expect(walked.sort()).toEqual(
      collectPassages(body)
        .map((p) => p.text)
        .sort(),
    );
    expect(walked).toContain('intro  tail');
    expect(walked).not.toContain('card');
  });

  it('pauses (yields null) every few hundred nodes, so a caller can stop inside a huge block', () => {
    const spans = Array.from({ length: 3000 }, (_, i) => `<span>w${i} </span>`).join('');
    const body = setBody(`<p>${spans}</p>`);
    const items = [...walkPassages(body)];
    expect(items.filter((i) => i === null).length).toBeGreaterThan(10);
  });

  it('cuts a block with a huge text into chunks after whitespace, offsets adding up', () => {
    const spans = Array.from({ length: 4000 }, (_, i) => `<span>word${i} </span>`).join('');
    const body = setBody(`<p>${spans}</p>`);
    const pieces = all(body, { maxNodes: 1000 });
    expect(pieces.length).toBe(4);
    expect(pieces.map((p) => p.chunk)).toEqual([0, 1, 2, 3]);
    expect(pieces.every((p) => p.root === body.querySelector('p') && /\s$/.test(p.text))).toBe(true);
    let offset = 0;
    for (const p of pieces) {
      expect(p.offset).toBe(offset);
      offset += p.text.length;
    }
    expect(pieces.map((p) => p.text).join('')).toBe(body.textContent);
  });

  it('skips the own text of blocks it is told to, still reading the blocks inside them', () => {
    const body = setBody('<div>outer <p>inner</p></div>');
    const div = body.querySelector('div')!;
    expect(all(body, { skip: (b: Element) => b === div }).map((p) => p.text)).toEqual(['inner']);
  });

  it('stops quietly when the page removes the block it was paused in', () => {
    const spans = Array.from({ length: 1000 }, (_, i) => `<span>w${i} </span>`).join('');
    const body = setBody(`<section><p>${spans}</p></section><p>after</p>`);
    const walk = walkPassages(body);
    walk.next();
    body.querySelector('section')!.remove();
    const rest = [...walk].filter(Boolean);
    expect(rest.length).toBeLessThanOrEqual(1);
  });
});

describe('ownPassages, ownWindow and isIntact', () => {
  it('gives up on a block bigger than asked, instead of reading it in one go', () => {
    const spans = Array.from({ length: 2000 }, (_, i) => `<span>w${i} </span>`).join('');
    const body = setBody(`<p>${spans}</p>`);
    expect(ownPassages(body.querySelector('p')!, 500)).toBeNull();
    expect(ownPassages(body.querySelector('p')!)!.length).toBeGreaterThan(0);
  });

  it('finds a chunk again after marks split its text nodes', () => {
    const body = setBody('<p>alpha <b>beta</b> gamma delta</p>');
    const p = body.querySelector('p')!;
    const [first] = ownPassages(p)!;
    expect(isIntact(first!)).toBe(true);
    highlightPassage(first!, [{ start: 2, end: 8, attrs: {} }]);
    expect(isIntact(first!)).toBe(false);
    const window = ownWindow(p, 6, 'beta gamma')!;
    expect(window.passage.text.slice(window.shift, window.shift + 10)).toBe('beta gamma');
    expect(ownWindow(p, 6, 'something else')).toBeNull();
  });
});
