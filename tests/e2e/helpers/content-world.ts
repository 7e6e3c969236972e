/**
 * Our content script's isolated world in a page, over CDP: code evaluated
 * there runs as our own code would, and can reach the card's closed shadow
 * root (`chrome.dom.openOrClosedShadowRoot`), which page scripts cannot.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface ContentWorld {
  /** Evaluates an expression in our isolated world and returns its value. */
  evaluate: <T>(expression: string) => Promise<T>;
  cdp: CDPSession;
  /** The world's execution context, for CDP calls of one's own. */
  contextId: number;
}

/** Our content script's isolated world in `page`, once it exists. */
export async function contentWorld(page: Page, extensionId: string): Promise<ContentWorld> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${extensionId}`;
  const ours = () => contexts.filter((c) => c.origin === origin && c.auxData?.type === 'isolated');
  await expect.poll(() => ours().length > 0).toBe(true);
  const contextId = ours().at(-1)!.id;
  return {
    cdp,
    contextId,
    evaluate: async <T>(expression: string) => {
      const result = await cdp.send('Runtime.evaluate', {
        expression,
        contextId,
        awaitPromise: true,
        returnByValue: true,
      });
      if (result.exceptionDetails)
        throw new Error(result.exceptionDetails.exception?.description ?? 'evaluation failed');
      return result.result.value as T;
    },
  };
}

/**
 * Runs `body` (statements ending in `return`) in our world with `host`, the
 * card's shadow host (null before a card first shows), and `root`, its closed
 * shadow root (null without a host), in scope.
 */
export function inCardRoot<T>(world: ContentWorld, body: string): Promise<T> {
  return world.evaluate<T>(`(() => {
    const host = document.querySelector('[data-wps-ui]');
    const root = host && chrome.dom.openOrClosedShadowRoot(host);
    ${body}
  })()`);
}
