/**
 * PDFs in our viewer: a small PDF writer (one page of Helvetica text, enough
 * for pdf.js to render a text layer the lens reads), the viewer's address,
 * and opening a UN PDF the way a reader does.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from '@playwright/test';
import type { FixtureServer } from '../server';

/** Escapes text for a PDF literal string (Latin-1 text only). */
function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/**
 * A valid one-page PDF with `lines` of Helvetica text and `title` in its
 * metadata: enough for pdf.js to render a text layer our lens reads.
 */
export function buildPdf(lines: string[], title: string): Buffer {
  const content = [
    'BT /F1 11 Tf 56 760 Td 15 TL',
    ...lines.map((line, i) => `${i === 0 ? '' : 'T* '}${pdfString(line)} Tj`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Title ${pdfString(title)} /Producer (1325 Lens tests) >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
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
