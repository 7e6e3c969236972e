// The toolbar button opens the reading companion in both browsers: Chrome's
// side panel (by the panel behaviour the background sets), Firefox's sidebar
// (Firefox has no side panel API; the button's click must open the sidebar).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';

const listener = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn(() => false) });

/** The APIs the background touches that WXT's fake browser leaves unimplemented. */
function stubCommonApis() {
  Object.assign(fakeBrowser, {
    contextMenus: { create: vi.fn(), remove: vi.fn(async () => undefined), onClicked: listener() },
    commands: { onCommand: listener() },
    declarativeNetRequest: { resetState() {} },
  });
}

const STUBBED = ['contextMenus', 'commands', 'declarativeNetRequest', 'sidePanel', 'sidebarAction'] as const;
const originals = Object.fromEntries(
  STUBBED.map((k) => [k, (fakeBrowser as unknown as Record<string, unknown>)[k]]),
);

beforeEach(() => {
  fakeBrowser.reset();
  stubCommonApis();
});

afterEach(() => {
  // Put the fake back as it was; the fake's reset() cannot pass over an API set to undefined.
  const fake = fakeBrowser as unknown as Record<string, unknown>;
  for (const k of STUBBED) {
    if (originals[k] === undefined) delete fake[k];
    else fake[k] = originals[k];
  }
});

describe('the toolbar button', () => {
  it('opens the side panel in Chrome', () => {
    const setPanelBehavior = vi.fn(async () => undefined);
    Object.assign(fakeBrowser, { sidePanel: { setPanelBehavior, open: vi.fn() } });
    background.main();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('opens the sidebar in Firefox', async () => {
    const toggle = vi.fn(async () => undefined);
    const open = vi.fn(async () => undefined);
    delete (fakeBrowser as unknown as Record<string, unknown>).sidePanel;
    Object.assign(fakeBrowser, { sidebarAction: { toggle, open } });
    background.main();
    // The browser passes the tab (and, in Firefox, the click's modifiers).
    const click = fakeBrowser.action.onClicked.trigger as (...args: unknown[]) => Promise<unknown>;
    await click({ id: 1, index: 0, windowId: 1 }, { modifiers: [], button: 0 });
    expect(toggle.mock.calls.length + open.mock.calls.length).toBe(1);
  });
});
