/**
 * Arabic text still joins across a highlight (issue #5): a mark that starts
 * or ends inside a word must not break the letters' joining forms. Checked
 * by rendering: the same text with and without marks has the same width and,
 * with the marks' colours turned off, the same pixels. The screenshots are
 * attached to the test results.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { storeSettings } from './helpers/settings';

const ARABIC = 'https://www.un.org/ar/women-peace-security/index.html';
/** The same page on a host the extension does not read: only what the test marks is marked. */
const PLAIN = 'https://www.example.org/arabic-joining.html';

/** Width of each paragraph's text as laid out (a Range over its contents). */
async function textWidths(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return Math.round(range.getBoundingClientRect().width * 100) / 100;
    }),
  );
}

async function shot(page: Page, selector: string, info: TestInfo, name: string): Promise<Buffer> {
  const png = await page
    .locator(selector)
    .screenshot({ animations: 'disabled', path: info.outputPath(name) });
  await info.attach(name, { body: png, contentType: 'image/png' });
  return png;
}

/** Pixels of an 8-bit RGB/RGBA, non-interlaced PNG (what Chromium's screenshots are). */
function decodePng(png: Buffer): { width: number; height: number; channels: number; data: Uint8Array } {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const chunk = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      channels = chunk[9] === 2 ? 3 : 4;
    } else if (type === 'IDAT') idat.push(chunk);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? data[y * stride + x - channels]! : 0;
      const b = y > 0 ? data[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? data[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]!;
      data[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, channels, data };
}

/**
 * Pixels that differ clearly between two screenshots of the same size. A
 * sub-pixel shift of the same glyphs changes a few edge pixels a little; a
 * letter in another joining form changes many, a lot.
 */
function changedPixels(a: Buffer, b: Buffer): number {
  const x = decodePng(a);
  const y = decodePng(b);
  if (x.width !== y.width || x.height !== y.height) return Number.POSITIVE_INFINITY;
  let changed = 0;
  for (let i = 0; i < x.data.length; i += x.channels) {
    let diff = 0;
    for (let c = 0; c < 3; c++) diff = Math.max(diff, Math.abs(x.data[i + c]! - y.data[i + c]!));
    if (diff > 96) changed += 1;
  }
  return changed;
}

/** Widths equal to within half a pixel (layout rounds sub-pixel positions differently). */
function expectSameWidths(actual: number[], expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((w, i) => expect(Math.abs(w - expected[i]!)).toBeLessThan(0.5));
}

/** Our highlight module, bundled for the page (the code the content script runs). */
async function highlightBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { highlightPassage, removeHighlights } from './lib/highlight';
        import { ownText } from './lib/scan/passages';
        (window as any).lens = { highlightPassage, removeHighlights, ownText };`,
      resolveDir: resolve('.'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

test('marks that cut Arabic words keep the letters joined (our wrapper, in Chromium)', async ({
  context,
  server,
}, info) => {
  // The Arabic fixture, served where the extension does not run.
  const source = await readFile('tests/fixtures/pages/www.un.org/ar/women-peace-security/index.html', 'utf8');
  server.override(PLAIN, { body: source });
  const page = await context.newPage();
  await page.goto(PLAIN);
  await page.addScriptTag({ content: await highlightBundle() });

  const phrase = '#joining';
  const before = await shot(page, phrase, info, 'arabic-before.png');
  const widthBefore = await textWidths(page, phrase);
  // Marks starting inside words: "بالمرأة" cut after its prefix "بـ" (which joins
  // to the alif), and "وبالعنف" cut inside "العنف".
  const cuts = await page.evaluate(() => {
    const lens = (window as unknown as { lens: Record<string, (...a: unknown[]) => unknown> }).lens;
    const passage = lens.ownText!(document.querySelector('#joining')) as { text: string };
    const word = passage.text.indexOf('بالمرأة');
    const other = passage.text.indexOf('بالعنف');
    const ranges = [
      { start: word + 1, end: word + 'بالمرأة'.length, attrs: { 'data-wps-kind': 'term' } },
      { start: other + 3, end: other + 'بالعنف'.length, attrs: { 'data-wps-kind': 'term' } },
    ];
    const handles = lens.highlightPassage!(passage, ranges) as { elements: Element[] }[];
    return handles.map((h) => h.elements.map((e) => e.textContent).join(''));
  });
  expect(cuts).toEqual(['المرأة', 'عنف']);
  await page.addStyleTag({ content: 'mark[data-wps-kind] { background: rgb(255 196 0 / 0.42); }' });
  await shot(page, phrase, info, 'arabic-highlighted.png');
  // The same marks with their colour off: any change left is a change of shapes.
  await page.addStyleTag({ content: 'mark[data-wps-kind] { background: transparent !important; }' });
  const marked = await shot(page, phrase, info, 'arabic-marked-no-colour.png');
  expectSameWidths(await textWidths(page, phrase), widthBefore);
  expect(changedPixels(marked, before)).toBeLessThan(10);

  // Control: marks that do break joining (an element that isolates its text) are caught.
  await page.addStyleTag({ content: 'mark[data-wps-kind] { display: inline-block; }' });
  const broken = await shot(page, phrase, info, 'arabic-broken-control.png');
  expect(changedPixels(broken, before)).toBeGreaterThan(100);
});

test('on an Arabic UN page the extension marks without changing width or glyphs', async ({
  serviceWorker,
  openRead,
}, info) => {
  const { page } = await openRead(ARABIC, 20_000 /* the reader's wait for the lens */);
  const marks = page.locator('main mark[data-wps-kind]');
  expect(await marks.count()).toBeGreaterThan(0);
  await expect(page.locator('mark[data-wps-symbol="S/RES/1325 (2000)"]').first()).toBeVisible();
  await shot(page, 'main', info, 'arabic-page-highlighted.png');

  const paragraphs = 'main p';
  await page.addStyleTag({
    content: 'mark[data-wps-kind] { background: transparent !important; text-decoration: none !important; }',
  });
  const withMarks = await shot(page, 'main', info, 'arabic-page-marks-no-colour.png');
  const widthsWith = await textWidths(page, paragraphs);

  // The reader switches the site off: the marks go, the text stays.
  await storeSettings(serviceWorker, {
    enabled: true,
    disabledSites: ['www.un.org'],
    kinds: {},
    themes: {},
    uiLanguage: 'auto',
  });
  await expect(page.locator('mark[data-wps-kind]')).toHaveCount(0);
  const without = await shot(page, 'main', info, 'arabic-page-unmarked.png');
  expectSameWidths(await textWidths(page, paragraphs), widthsWith);
  expect(changedPixels(withMarks, without)).toBeLessThan(10);
});
