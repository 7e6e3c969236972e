/**
 * Playwright fixtures: Debian's Chromium with the built extension loaded,
 * one fresh profile per test, every host name mapped to the fixture server.
 */
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { PageReport } from '../../lib/messaging/protocol';
import { openRead } from './helpers/page-report';
import { extensionWorker, launchLens } from './launch';
import { startFixtureServer, type FixtureServer } from './server';

export { CHROMIUM, EXTENSION_DIR, chromiumArgs } from './launch';

export interface LensFixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens the side panel page in a tab, following the tab `tabId`. */
  openPanel: (tabId: number) => Promise<Page>;
  /** The extension's id for a tab showing `page`. */
  tabIdOf: (page: Page) => Promise<number>;
  /** Opens the side panel page following the tab that shows `page`. */
  panelFor: (page: Page) => Promise<Page>;
  /** Opens `url` in a new tab and waits until the lens has read it (`timeout` ms, default 30 s). */
  openRead: (url: string, timeout?: number) => Promise<{ page: Page; tabId: number; report: PageReport }>;
}

export const test = base.extend<LensFixtures, { server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ server }, use) => {
    const lens = await launchLens({ port: server.port });
    await use(lens.context);
    await lens.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  tabIdOf: async ({ serviceWorker }, use) => {
    await use(async (page) => {
      // The extension holds no "tabs" permission, so tab URLs are hidden from
      // it; the page brought to the front is the active tab of its window.
      await page.bringToFront();
      const id = await serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (id === null) throw new Error(`No tab found for ${page.url()}`);
      return id;
    });
  },
  openPanel: async ({ context, extensionId }, use) => {
    await use(async (tabId) => {
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
      return panel;
    });
  },
  panelFor: async ({ openPanel, tabIdOf }, use) => {
    await use(async (page) => openPanel(await tabIdOf(page)));
  },
  openRead: async ({ context, serviceWorker, tabIdOf }, use) => {
    await use((url, timeout) => openRead({ context, serviceWorker, tabIdOf }, url, timeout));
  },
});

export const expect = test.expect;
