/**
 * PDFs in our viewer: a small PDF writer (one page of Helvetica text, enough
 * for pdf.js to render a text layer the lens reads; or two pages with links), the viewer's address,
 * and opening a UN PDF the way a reader does.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from '@playwright/test';
import type { FixtureServer } from '../server';

/** Escapes text for a PDF literal string (Latin-1 text only). */
function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** Lays `objects` (numbered from 1, the catalog first) out as a PDF file with an info dictionary last. */
function writePdf(objects: string[]): Buffer {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A content stream of `lines` of 11-point Helvetica, 15 points apart, from (56, 760). */
function textStream(lines: string[]): string {
  const content = [
    'BT /F1 11 Tf 56 760 Td 15 TL',
    ...lines.map((line, i) => `${i === 0 ? '' : 'T* '}${pdfString(line)} Tj`),
    'ET',
  ].join('\n');
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}

const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/**
 * A valid one-page PDF with `lines` of Helvetica text and `title` in its
 * metadata: enough for pdf.js to render a text layer our lens reads.
 */
export function buildPdf(lines: string[], title: string): Buffer {
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    textStream(lines),
    HELVETICA,
    `<< /Title ${pdfString(title)} /Producer (1325 Lens tests) >>`,
  ]);
}

/** A line of page 1 of `buildLinkedPdf` and the link over it. */
export interface LinkedLine {
  text: string;
  /** A URI action's address (any scheme, written as is), or 'page 2' for a GoTo to page 2. */
  link?: string;
}

/**
 * A two-page PDF whose first page has `lines` of Helvetica text, each with
 * an optional Link annotation over the whole line: a URI action (`/URI` as
 * given, `javascript:` included) or a GoTo (explicit destination) to page 2.
 * Page 2 holds `page2`.
 */
export function buildLinkedPdf(lines: LinkedLine[], page2: string[], title: string): Buffer {
  const annots = lines.flatMap((line, i) => {
    if (!line.link) return [];
    const baseline = 760 - 15 * i;
    // Wider than the line's text (Helvetica averages about half an em): the link covers all of it.
    const rect = `[54 ${baseline - 3} ${Math.ceil(58 + line.text.length * 6.5)} ${baseline + 10}]`;
    const target =
      line.link === 'page 2'
        ? '/Dest [6 0 R /XYZ 0 792 null]'
        : `/A << /S /URI /URI ${pdfString(line.link)} >>`;
    return [`<< /Type /Annot /Subtype /Link /Rect ${rect} /Border [0 0 0] ${target} >>`];
  });
  const first = 8;
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [${annots.map((_, i) => `${first + i} 0 R`).join(' ')}] >>`,
    textStream(lines.map((l) => l.text)),
    HELVETICA,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 7 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    textStream(page2),
    ...annots,
    `<< /Title ${pdfString(title)} /Producer (1325 Lens tests) >>`,
  ]);
}

/** The viewer's address for a PDF, as the background builds it. */
export function viewerUrl(extensionId: string, pdfUrl: string): string {
  return `chrome-extension://${extensionId}/pdf-viewer.html?file=${encodeURIComponent(pdfUrl)}`;
}

/** Serves a one-page PDF of `lines` at `url` (every host name resolves to the fixture server). */
export function servePdf(server: FixtureServer, url: string, lines: string[], title: string): void {
  server.override(url, { type: 'application/pdf', body: buildPdf(lines, title) });
}

/** Opens `pdfUrl` in our viewer by its address and waits for the first highlight on it. */
export async function showInViewer(page: Page, extensionId: string, pdfUrl: string): Promise<void> {
  await page.goto(viewerUrl(extensionId, pdfUrl));
  await expect(page.locator('mark[data-wps-kind]').first()).toBeAttached({ timeout: 20_000 });
}

/** Waits until the service worker has set the rules that send UN PDFs to our viewer (it does as it starts). */
export async function waitForPdfRedirect(worker: Worker): Promise<void> {
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length))
    .toBeGreaterThan(0);
}

/** Goes to a UN PDF's address and waits until our viewer has taken it and shows its first page. */
export async function openPdf(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page).toHaveURL(/\/pdf-viewer\.html\?file=/);
  await expect(page.locator('section.pdf-page').first()).toBeVisible();
}

/** Opens a UN PDF in a new tab, as `openPdf` does, recording the viewer's uncaught errors from the start. */
export async function openPdfTab(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = pageErrors(page);
  await openPdf(page, url);
  return { page, errors };
}

/** The live list of uncaught errors in `page`, from now on. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
