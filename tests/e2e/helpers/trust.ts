/**
 * A canary and a CSP-violation log in every page: XSS payloads that set
 * `window.__pwned` if they ever run, and the record of what the page's
 * Content Security Policy refused.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';

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
