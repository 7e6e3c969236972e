/**
 * The way out of the viewer: show the PDF in the browser's own viewer, in
 * this tab. The redirect rule would send it straight back, so a session rule
 * first allows this one URL in this one tab (higher priority than the
 * redirect); the background drops such rules when the tab closes.
 */
import { browser, type Browser } from 'wxt/browser';

/** Session rule ids for these exceptions start here (the redirect rules are dynamic, ids 132501-132502). */
const FIRST_ID = 200_000;

/** An RE2 pattern matching exactly `url` (fragment ignored: it is not part of a request). */
export function exactUrlPattern(url: string): string {
  const bare = url.replace(/#.*$/, '');
  return `^${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

/** The allow rule for `url` in tab `tabId`. */
export function bypassRule(
  id: number,
  url: string,
  tabId: number | undefined,
): Browser.declarativeNetRequest.Rule {
  return {
    id,
    priority: 2,
    action: { type: 'allow' },
    condition: {
      regexFilter: exactUrlPattern(url),
      resourceTypes: ['main_frame'],
      ...(tabId !== undefined ? { tabIds: [tabId] } : {}),
    },
  } as Browser.declarativeNetRequest.Rule;
}

/** Navigates this tab to `url`, past the redirect to the viewer. */
export async function openWithoutViewer(url: string, location: Pick<Location, 'replace'>): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  try {
    if (dnr?.updateSessionRules) {
      const tab = await browser.tabs.getCurrent();
      const existing = await dnr.getSessionRules();
      const id = Math.max(FIRST_ID, ...existing.map((r) => r.id)) + 1;
      await dnr.updateSessionRules({ addRules: [bypassRule(id, url, tab?.id)] });
    }
  } catch {
    // Without the exception the reader lands back here; still better than doing nothing.
  }
  location.replace(url);
}
