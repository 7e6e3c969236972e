/**
 * Opening a saved passage's page at the passage: open the URL in a tab, then
 * ask its content script to reveal the passage once it can. A fresh page needs
 * time to load, scan and re-anchor, so the request is repeated until the page
 * says it revealed the passage or the time is up.
 */
export interface OpenSourceDeps {
  openTab: (url: string) => Promise<number | undefined>;
  /** `page/reveal {savedId}`: true once revealed; undefined while no content script answers. */
  reveal: (tabId: number, savedId: string) => Promise<boolean | undefined>;
  sleep: (ms: number) => Promise<void>;
}

/** Returns whether the page revealed the passage within `timeoutMs`. */
export async function openAtPassage(
  deps: OpenSourceDeps,
  url: string,
  savedId: string,
  { timeoutMs = 20_000, stepMs = 400 }: { timeoutMs?: number; stepMs?: number } = {},
): Promise<boolean> {
  const tabId = await deps.openTab(url);
  if (tabId === undefined) return false;
  for (let waited = 0; waited <= timeoutMs; waited += stepMs) {
    const revealed = await deps.reveal(tabId, savedId).catch(() => undefined);
    if (revealed) return true;
    await deps.sleep(stepMs);
  }
  return false;
}
