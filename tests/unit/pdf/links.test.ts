import { describe, expect, it } from 'vitest';
import {
  linkBox,
  parseDest,
  readLinks,
  resolveDest,
  safeExternalUrl,
  textUnder,
  type DestinationSource,
} from '../../../lib/pdf/links';

describe('external link addresses', () => {
  it('keeps web and mail addresses, normalized', () => {
    expect(safeExternalUrl('https://undocs.org/S/RES/1325(2000)')).toBe(
      'https://undocs.org/S/RES/1325(2000)',
    );
    expect(safeExternalUrl(' HTTP://WWW.UN.ORG ')).toBe('http://www.un.org/');
    expect(safeExternalUrl('mailto:dpo@un.org')).toBe('mailto:dpo@un.org');
  });

  it('drops script, data, local and extension addresses, and what does not parse', () => {
    for (const raw of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'chrome-extension://abc/options.html',
      'ftp://ftp.un.org/x.pdf',
      'tel:+12125551234',
      'vbscript:msgbox(1)',
      'www.un.org',
      '/relative/path',
      'https://',
      'mailto:',
      '',
      'https://exa mple.org/',
      null,
      undefined,
      42,
    ]) {
      expect(safeExternalUrl(raw), String(raw)).toBeNull();
    }
  });
});

describe('where a link sits on the page', () => {
  const viewport = { width: 612, height: 792 };

  it('gives a rect in viewport coordinates as percentages of the page, corners in any order', () => {
    // PDF rect [72 700 172 712] on a 792-high page: viewport y is flipped.
    const box = linkBox([172, 80, 72, 92], viewport);
    expect(box).toEqual({
      left: expect.closeTo((72 / 612) * 100, 3),
      top: expect.closeTo((80 / 792) * 100, 3),
      width: expect.closeTo((100 / 612) * 100, 3),
      height: expect.closeTo((12 / 792) * 100, 3),
    });
    expect(linkBox([72, 92, 172, 80], viewport)).toEqual(box);
  });

  it('is the same at any zoom (the viewport scales rect and page alike)', () => {
    const scaled = linkBox([72 * 2, 80 * 2, 172 * 2, 92 * 2], { width: 1224, height: 1584 });
    expect(scaled).toEqual(linkBox([72, 80, 172, 92], viewport));
  });

  it('clips to the page and drops rects off it, too thin, or not numbers', () => {
    expect(linkBox([-10, -10, 61.2, 79.2], viewport)).toEqual({ left: 0, top: 0, width: 10, height: 10 });
    expect(linkBox([700, 10, 800, 20], viewport)).toBeNull();
    expect(linkBox([10, 10, 10.5, 20], viewport)).toBeNull();
    expect(linkBox([10, Number.NaN, 20, 20], viewport)).toBeNull();
    expect(linkBox([10, 10, 20, 20], { width: 0, height: 0 })).toBeNull();
  });
});

describe('destinations', () => {
  it('reads names, page references and page indexes', () => {
    expect(parseDest('section.2')).toEqual({ kind: 'named', name: 'section.2' });
    expect(parseDest([{ num: 12, gen: 0 }, { name: 'XYZ' }, 0, 792, null])).toEqual({
      kind: 'ref',
      ref: { num: 12, gen: 0 },
    });
    expect(parseDest([3, { name: 'Fit' }])).toEqual({ kind: 'index', index: 3 });
  });

  it('refuses anything else', () => {
    for (const dest of ['', [], [null], [{ num: 'x', gen: 0 }], [-1], [1.5], {}, 7, null, undefined]) {
      expect(parseDest(dest), JSON.stringify(dest)).toBeNull();
    }
  });

  const source: DestinationSource = {
    numPages: 3,
    async getDestination(id) {
      if (id === 'boom') throw new Error('broken name tree');
      return { annex: [{ num: 20, gen: 0 }, { name: 'XYZ' }], far: [7], loop: 'annex' }[id] ?? null;
    },
    async getPageIndex(ref) {
      const index = { 10: 0, 15: 1, 20: 2, 30: 9 }[ref.num];
      if (index === undefined) throw new Error('Invalid pageIndex request.');
      return index;
    },
  };

  it('resolves to a page number, from a name, a reference or an index', async () => {
    expect(await resolveDest(source, [{ num: 15, gen: 0 }, { name: 'XYZ' }, 0, 700, 0])).toBe(2);
    expect(await resolveDest(source, 'annex')).toBe(3);
    expect(await resolveDest(source, [0, { name: 'Fit' }])).toBe(1);
  });

  it('gives null, never an error, for what cannot be resolved', async () => {
    expect(await resolveDest(source, 'nowhere')).toBeNull();
    expect(await resolveDest(source, 'boom')).toBeNull();
    expect(await resolveDest(source, 'far')).toBeNull();
    expect(await resolveDest(source, 'loop')).toBeNull();
    expect(await resolveDest(source, [{ num: 99, gen: 0 }])).toBeNull();
    expect(await resolveDest(source, [{ num: 30, gen: 0 }])).toBeNull();
    expect(await resolveDest(source, { page: 1 })).toBeNull();
  });
});

describe("a page's links", () => {
  it('keeps Link annotations with a safe address or a destination, and drops the rest', () => {
    const rect = [72, 700, 172, 712];
    const links = readLinks([
      {
        subtype: 'Link',
        rect,
        url: 'https://undocs.org/S/RES/1325(2000)',
        unsafeUrl: 'https://undocs.org/S/RES/1325(2000)',
      },
      { subtype: 'Link', rect, unsafeUrl: 'javascript:alert(document.domain)' },
      { subtype: 'Link', rect, url: 'http://www.un.org/', unsafeUrl: 'www.un.org' },
      { subtype: 'Link', rect, url: 'ftp://ftp.un.org/', unsafeUrl: 'ftp://ftp.un.org/' },
      { subtype: 'Link', rect, unsafeUrl: 'data:text/html,hi', dest: [0] },
      { subtype: 'Link', rect, dest: [{ num: 4, gen: 0 }, { name: 'XYZ' }] },
      { subtype: 'Link', rect, dest: 'named' },
      { subtype: 'Link', rect },
      { subtype: 'Link', rect: [1, 2, 3], url: 'https://un.org/' },
      { subtype: 'Widget', rect, url: 'https://un.org/' },
      { subtype: 'Text', rect },
    ]);
    expect(links).toEqual([
      { kind: 'external', rect, href: 'https://undocs.org/S/RES/1325(2000)' },
      { kind: 'external', rect, href: 'http://www.un.org/' },
      { kind: 'internal', rect, dest: [{ num: 4, gen: 0 }, { name: 'XYZ' }] },
      { kind: 'internal', rect, dest: 'named' },
    ]);
  });
});

describe('the text under a link', () => {
  const item = (str: string, x: number, y: number, width: number) => ({
    str,
    transform: [11, 0, 0, 11, x, y],
    width,
    height: 11,
  });

  it('takes the part of the line inside the rect', () => {
    const items = [item('See the report at the site.', 56, 700, 270), item('Next line', 56, 685, 90)];
    // "the report" is characters 4 to 14 of a 27-character item 270 points wide: x 96 to 196.
    expect(textUnder([96, 697, 196, 712], items)).toBe('the report');
    expect(textUnder([0, 0, 10, 10], items)).toBe('');
  });

  it('joins lines the rect covers and skips rotated text', () => {
    const items = [
      item('United Nations', 56, 700, 100),
      item('Security Council', 56, 685, 110),
      { str: 'sideways', transform: [0, 11, -11, 0, 60, 690], width: 50, height: 11 },
    ];
    expect(textUnder([56, 683, 200, 714], items)).toBe('United Nations Security Council');
  });
});
