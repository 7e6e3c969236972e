/**
 * Shared by the trust specs (security, privacy, a11y, i18n, robustness):
 * a canary and a CSP-violation log in every page, our content script's
 * isolated world reached over CDP, saved passages seeded into the
 * extension's database, the reader's selection, and a small PDF writer.
 */
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

// ---- canary and CSP ------------------------------------------------------------------

/** XSS payloads: each sets `window.__pwned` if it ever runs. */
export const PAYLOADS = {
  img: `<img src=x onerror="window.__pwned='img'">`,
  svg: `"><svg onload="window.__pwned='svg'">`,
  js: `javascript:window.__pwned='js'`,
  script: `</p><script>window.__pwned='script'</script>`,
  iframe: `<iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>`,
} as const;

export interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Records, in every page of the context (web pages' main world and extension
 * pages alike): CSP violations (`securitypolicyviolation`) and console errors
 * about the CSP. Call before opening pages. Returns the live list of console
 * reports; read each page's own list with `trustState`.
 */
export async function watchTrust(context: BrowserContext): Promise<string[]> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: unknown[] };
    w.__csp = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        w.__csp.push({
          page: location.href,
          directive: e.violatedDirective,
          blocked: e.blockedURI,
          sample: e.sample,
        }),
      true,
    );
  });
  const reports: string[] = [];
  context.on('console', (msg) => {
    if (/Content Security Policy|Refused to (execute|load|run)/i.test(msg.text())) {
      reports.push(`${msg.page()?.url() ?? ''}: ${msg.text()}`);
    }
  });
  return reports;
}

/** The page's canary (undefined unless a payload ran) and its CSP violations. */
export async function trustState(page: Page): Promise<{ pwned: unknown; csp: Violation[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __csp?: Violation[] };
    return { pwned: w.__pwned, csp: w.__csp ?? [] };
  });
}

/** No payload ran in any of `pages`, and none of them reported a CSP violation. */
export async function expectUntouched(pages: Page[], consoleReports: string[]): Promise<void> {
  for (const page of pages) {
    const state = await trustState(page);
    expect(state.pwned, `canary in ${page.url()}`).toBeUndefined();
    expect(state.csp, `CSP violations in ${page.url()}`).toEqual([]);
  }
  expect(consoleReports).toEqual([]);
}

// ---- the content script and the extension ---------------------------------------------

/** Sends a protocol message to a tab's content script, as the side panel does. */
export async function ask<T>(worker: Worker, tabId: number, type: string, args: object = {}): Promise<T> {
  const reply = await worker.evaluate(
    async ([id, t, a]) => chrome.tabs.sendMessage(id as number, { lens: 1, type: t, args: a }),
    [tabId, type, args] as const,
  );
  const r = reply as { ok: boolean; value?: T; error?: string } | undefined;
  if (!r?.ok) throw new Error(`${type} failed: ${r?.error ?? 'no answer'}`);
  return r.value as T;
}

/** Waits until the content script reports the page fully read. */
export async function pageReady(worker: Worker, tabId: number, timeout = 30_000): Promise<void> {
  await expect
    .poll(
      async () =>
        (await ask<{ status: string } | null>(worker, tabId, 'page/get').catch(() => null))?.status ?? 'none',
      { timeout },
    )
    .toBe('ready');
}

/**
 * Our content script's isolated world in `page`, over CDP: evaluates an
 * expression there (as our own code would run) and returns its value.
 */
export async function contentWorld(
  page: Page,
  extensionId: string,
): Promise<{ evaluate: <T>(expression: string) => Promise<T>; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${extensionId}`;
  await expect
    .poll(() => contexts.some((c) => c.origin === origin && c.auxData?.type === 'isolated'))
    .toBe(true);
  const id = contexts.filter((c) => c.origin === origin && c.auxData?.type === 'isolated').at(-1)!.id;
  return {
    cdp,
    evaluate: async <T>(expression: string) => {
      const result = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (result.exceptionDetails)
        throw new Error(result.exceptionDetails.exception?.description ?? 'evaluation failed');
      return result.result.value as T;
    },
  };
}

/** Selects the first occurrence of `text` on the page (the reader's selection), across marks and inline elements. */
export async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const nodes: Text[] = [];
    const starts: number[] = [];
    let all = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      starts.push(all.length);
      all += n.textContent ?? '';
    }
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`not on the page: ${wanted}`);
    const locate = (offset: number, end: boolean): [Text, number] => {
      for (let i = nodes.length - 1; i >= 0; i--) {
        if (starts[i]! < offset || (!end && starts[i] === offset)) return [nodes[i]!, offset - starts[i]!];
      }
      return [nodes[0]!, 0];
    };
    const range = document.createRange();
    range.setStart(...locate(at, false));
    range.setEnd(...locate(at + wanted.length, true));
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, text);
}

/** Every saved passage, read from the extension's database in an extension page. */
export async function storedPassages(extensionPage: Page): Promise<Record<string, unknown>[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('1325-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('passages')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('passages').objectStore('passages').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Record<string, unknown>[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/**
 * Writes saved passages straight into the extension's database, as an older
 * build or an import would have left them. `extensionPage` must be a page of
 * ours that has opened the database (the library does at once).
 */
export async function seedPassages(extensionPage: Page, passages: Record<string, unknown>[]): Promise<void> {
  await expect
    .poll(() => extensionPage.evaluate(async () => (await indexedDB.databases()).length))
    .toBeGreaterThan(0);
  await extensionPage.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('1325-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('passages', 'readwrite');
          for (const row of rows) tx.objectStore('passages').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    passages,
  );
}

/** A saved passage record with our own wording; `over` replaces fields. */
export function passageRecord(n: number, over: Record<string, unknown> = {}): Record<string, unknown> {
  const exact = 'ensure increased representation of women at all decision-making levels';
  const at = `2026-01-${String((n % 28) + 1).padStart(2, '0')}T10:00:00.000Z`;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    url: 'https://undocs.org/S/RES/1325(2000)',
    documentKey: 'symbol:S/RES/1325 (2000)',
    symbol: 'S/RES/1325 (2000)',
    title: 'Resolution 1325 (2000)',
    lang: 'en',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'Urges Member States to ', suffix: ' in national' },
      position: { type: 'TextPositionSelector', start: 1200, end: 1200 + exact.length },
    },
    themes: ['participation'],
    recommendations: [],
    provisions: [{ symbol: 'S/RES/1325 (2000)', paragraph: 'OP1' }],
    note: '',
    tags: [],
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

// ---- a small PDF writer -------------------------------------------------------------------

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
