/**
 * Talking to our content script as the side panel does: a protocol message
 * to a tab, the page report it answers `page/get` with, and waiting until
 * the lens has read the page.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { PageReport } from '../../../lib/messaging/protocol';
import { expect } from '@playwright/test';

/** Sends a protocol message to a tab's content script (or PDF viewer), as the side panel does. */
export async function ask<T>(worker: Worker, tabId: number, type: string, args: object = {}): Promise<T> {
  const reply = await worker.evaluate(
    async ([id, t, a]) => chrome.tabs.sendMessage(id as number, { lens: 1, type: t, args: a }),
    [tabId, type, args] as const,
  );
  const r = reply as { ok: boolean; value?: T; error?: string } | undefined;
  if (!r?.ok) throw new Error(`${type} failed: ${r?.error ?? 'no answer'}`);
  return r.value as T;
}

/** The tab's page report (`page/get`), as the side panel reads it. */
export async function pageReport(worker: Worker, tabId: number): Promise<PageReport> {
  return ask<PageReport>(worker, tabId, 'page/get');
}

/** The report's status (`ready`, `disabled`, ...), or undefined while nothing answers. */
export async function pageStatus(worker: Worker, tabId: number): Promise<PageReport['status'] | undefined> {
  return (await ask<PageReport | null>(worker, tabId, 'page/get').catch(() => null))?.status;
}

/** Waits until the content script reports the page fully read; returns that report. */
export async function pageReady(worker: Worker, tabId: number, timeout = 30_000): Promise<PageReport> {
  let report: PageReport | null = null;
  await expect
    .poll(
      async () =>
        (report = await ask<PageReport | null>(worker, tabId, 'page/get').catch(() => null))?.status ??
        'none',
      { timeout },
    )
    .toBe('ready');
  return report!;
}

/** What a test needs to open a page in a tab of its own and wait for the lens. */
export interface Reader {
  context: BrowserContext;
  serviceWorker: Worker;
  tabIdOf: (page: Page) => Promise<number>;
}

/** Opens `url` in a new tab and waits until the lens has read it. */
export async function openRead(
  { context, serviceWorker, tabIdOf }: Reader,
  url: string,
  timeout?: number,
): Promise<{ page: Page; tabId: number; report: PageReport }> {
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(page);
  const report = await pageReady(serviceWorker, tabId, timeout);
  return { page, tabId, report };
}

/** Opens `url` in a new tab and waits for its first highlight (no report asked for). */
export async function openHighlighted(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('mark[data-wps-kind]').first()).toBeAttached();
  return page;
}
