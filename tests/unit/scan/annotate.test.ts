// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Annotator } from '../../../lib/scan/annotate';
import { combineMatchers, symbolMatcher, termMatcher, type Finding } from '../../../lib/scan/matcher';
import { buildReport } from '../../../lib/scan/report';
import type { Deadline } from '../../../lib/scan/schedule';
import type { TermMention } from '../../../lib/terms';
import { setBody } from '../dom';

/** A stub lexicon: the real one is tested in tests/unit/terms; here only the pipeline matters. */
function stubTerms(text: string): TermMention[] {
  return [...text.matchAll(/sexual violence|women/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    termId: m[0] === 'women' ? 'women' : 'sexual-violence',
    themes: m[0] === 'women' ? ['participation'] : ['sexual-violence'],
    lang: 'en',
  }));
}

const matcher = combineMatchers(symbolMatcher(), termMatcher(stubTerms));
const now: () => Promise<Deadline> = () => Promise.resolve({ timeRemaining: () => 50 });

function annotator(root: Element, options: Partial<ConstructorParameters<typeof Annotator>[1]> = {}) {
  return new Annotator(root, { matcher, viewportFirst: false, ...options }, now, now);
}

const page = () =>
  setBody(
    '<main><h1>Women and peace</h1>' +
      '<p>Recalling resolution 1325 (2000), the Council condemns sexual violence.</p>' +
      '<p>Nothing to see here.</p>' +
      '<ul><li>See resolution 1820 (2008) on <b>sexual</b> violence against women.</li></ul></main>',
  );

describe('Annotator', () => {
  it('reads the whole page once and marks symbols and terms with their kind and themes', async () => {
    const body = page();
    const a = annotator(body);
    await a.run();
    expect(a.complete).toBe(true);
    expect(
      [...body.querySelectorAll('mark[data-wps-kind="symbol"]')].map((m) =>
        m.getAttribute('data-wps-symbol'),
      ),
    ).toEqual(['S/RES/1325 (2000)', 'S/RES/1820 (2008)']);
    const terms = [...body.querySelectorAll('mark[data-wps-kind="term"]')];
    // "sexual <b>violence</b>" crosses an inline element: one finding, two mark elements.
    expect(terms.map((m) => [m.textContent, m.getAttribute('data-wps-themes')])).toEqual([
      ['sexual violence', 'sexual-violence'],
      ['sexual', 'sexual-violence'],
      [' violence', 'sexual-violence'],
      ['women', 'participation'],
    ]);
    expect(a.markInfo(terms[1]!)!.finding).toBe(a.markInfo(terms[2]!)!.finding);
    // Passages without findings are read but not kept.
    expect(a.passages.map((e) => e.passage.text)).not.toContain('Nothing to see here.');
    expect(new Set(a.passages.map((e) => e.index)).size).toBe(a.passages.length);
  });

  it('knows what each mark stands for', async () => {
    const body = page();
    const a = annotator(body);
    await a.run();
    const mark = body.querySelector('mark[data-wps-symbol="S/RES/1820 (2008)"]')!;
    const info = a.markInfo(mark)!;
    expect(info.finding.symbol?.canonical).toEqual(['S/RES/1820 (2008)']);
    expect(info.entry.passage.text).toContain('See resolution 1820 (2008)');
    expect(a.markInfo(document.createElement('mark'))).toBeUndefined();
  });

  it('re-marks live when the reader changes what shows, keeping passage indexes', async () => {
    const body = page();
    const a = annotator(body);
    await a.run();
    const indexes = a.passages.map((e) => e.index);
    const before = body.textContent;
    await a.setShow((f: Finding) => !f.term);
    expect(body.querySelectorAll('mark[data-wps-kind="term"]')).toHaveLength(0);
    expect(body.querySelectorAll('mark[data-wps-kind="symbol"]')).toHaveLength(2);
    await a.setShow(() => true);
    expect(body.querySelectorAll('mark[data-wps-kind="term"]')).toHaveLength(4);
    expect(a.passages.map((e) => e.index)).toEqual(indexes);
    expect(body.textContent).toBe(before);
  });

  it('reads again blocks the page changed or added, and forgets the ones it removed', async () => {
    const body = page();
    const a = annotator(body);
    await a.run();
    const main = body.querySelector('main')!;
    const added = document.createElement('section');
    added.append(
      Object.assign(document.createElement('p'), { textContent: 'Later: resolution 2242 (2015).' }),
    );
    main.append(added);
    const changed = body.querySelectorAll('p')[1]!;
    changed.textContent = 'Now citing resolution 1888 (2009).';
    body.querySelector('ul')!.remove();
    await a.refresh([changed], [added]);
    const symbols = [...body.querySelectorAll('mark[data-wps-kind="symbol"]')].map((m) =>
      m.getAttribute('data-wps-symbol'),
    );
    expect(symbols).toEqual(['S/RES/1325 (2000)', 'S/RES/1888 (2009)', 'S/RES/2242 (2015)']);
    expect(a.passages.some((e) => e.passage.text.includes('1820'))).toBe(false);
  });

  it('unwraps marks it did not make (a page copying our marks) before reading copied content', async () => {
    const body = page();
    const a = annotator(body);
    await a.run();
    const copy = body.querySelector('p')!.cloneNode(true) as Element;
    body.querySelector('main')!.append(copy);
    await a.refresh([], [copy]);
    expect(copy.querySelectorAll('mark mark')).toHaveLength(0);
    expect(copy.querySelectorAll('mark[data-wps-kind]')).toHaveLength(2);
    expect(a.markInfo(copy.querySelector('mark')!)).toBeDefined();
  });

  it('gives up on a block the page keeps stripping of its marks', async () => {
    const body = setBody('<p>resolution 1325 (2000)</p>');
    const a = annotator(body);
    await a.run();
    const p = body.querySelector('p')!;
    for (let i = 0; i < 8; i++) {
      for (const m of p.querySelectorAll('mark')) m.replaceWith(...m.childNodes);
      await a.refresh([p], []);
    }
    expect(p.querySelectorAll('mark')).toHaveLength(0);
    // Still reported: the panel lists what the page says even where it refuses marks.
    expect(
      buildReport(a, { url: 'https://www.un.org/x', title: 't', lang: 'en' }, 'ready').symbols,
    ).toHaveLength(1);
  });

  it('leaves a page whose text it did not change untouched by a refresh', async () => {
    const body = page();
    const a = annotator(body);
    await a.run();
    const html = body.innerHTML;
    await a.refresh([...body.querySelectorAll('p, li')], []);
    expect(body.innerHTML).toBe(html);
  });

  it('stops when it is no longer the current instance, and clears every mark it made', async () => {
    const body = page();
    let current = true;
    const a = annotator(body, { isCurrent: () => current });
    await a.run();
    current = false;
    const copy = document.createElement('p');
    copy.textContent = 'resolution 2106 (2013)';
    body.append(copy);
    await a.refresh([], [copy]);
    expect(copy.querySelector('mark')).toBeNull();
    a.clear();
    expect(body.querySelectorAll('mark')).toHaveLength(0);
    expect(a.passages).toHaveLength(0);
  });

  it('matches a huge passage in windows and marks what crosses their cuts', async () => {
    const sentence = 'The Council condemns sexual violence and recalls resolution 1325 (2000). ';
    const body = setBody(`<pre>${sentence.repeat(300)}</pre>`);
    const calls: number[] = [];
    const a = annotator(body, {
      matcher: (text, context) => {
        calls.push(text.length);
        return matcher(text, context);
      },
    });
    await a.run();
    expect(Math.max(...calls)).toBeLessThan(5_000);
    expect(body.querySelectorAll('mark[data-wps-kind="symbol"]')).toHaveLength(300);
    expect(body.querySelectorAll('mark[data-wps-kind="term"]')).toHaveLength(300);
  });
});

describe('buildReport', () => {
  it('reports passages in page order with their mentions, symbols counted, and nothing when disabled', async () => {
    const body = page();
    const a = annotator(body);
    await a.run();
    const report = buildReport(
      a,
      { url: 'https://undocs.org/S/RES/2467(2019)#p2', title: 'Res', lang: 'en' },
      'ready',
      {
        documentSymbol: 'S/RES/2467 (2019)',
        documentKey: 'symbol:S/RES/2467 (2019)',
        saved: [{ id: 'x', found: false }],
      },
    );
    expect(report.passages.map((p) => p.text.slice(0, 12))).toEqual(['Recalling re', 'See resoluti']);
    expect(report.symbols.map((s) => [s.canonical, s.count])).toEqual([
      ['S/RES/1325 (2000)', 1],
      ['S/RES/1820 (2008)', 1],
    ]);
    const last = report.passages[1]!;
    expect(last.terms.map((t) => last.text.slice(t.start, t.end))).toEqual(['sexual violence', 'women']);
    expect(report).toMatchObject({
      documentKey: 'symbol:S/RES/2467 (2019)',
      saved: [{ id: 'x', found: false }],
    });
    const off = buildReport(a, { url: 'https://x.un.org/a#b', title: '', lang: 'en' }, 'disabled');
    expect(off).toMatchObject({ passages: [], symbols: [], documentKey: 'url:https://x.un.org/a' });
  });
});
