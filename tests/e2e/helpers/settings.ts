/** The reader's settings in extension storage, written as the options page writes them. */
import type { Page, Worker } from '@playwright/test';

/** Somewhere our extension's APIs run: the service worker, or one of our pages. */
type Extension = Worker | Page;

/** Replaces the stored settings with `settings`. */
export async function storeSettings(at: Extension, settings: Record<string, unknown>): Promise<void> {
  await (at as Worker).evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

/** Changes the stored settings' fields in `patch`, keeping the others. */
export async function patchSettings(at: Extension, patch: Record<string, unknown>): Promise<void> {
  await (at as Worker).evaluate(async (p) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...p } });
  }, patch);
}
