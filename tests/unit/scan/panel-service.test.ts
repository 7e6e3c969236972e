import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanel, panelFocusItem, register } from '../../../lib/background/panel-service';
import { deliver, FORGED, OURS } from '../security/senders';

beforeEach(() => fakeBrowser.reset());

describe('openPanel', () => {
  it('opens Chrome’s side panel for the tab, or Firefox’s sidebar, and says when it could not', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openPanel({ sidePanel: { open } }, 7)).toBe(true);
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect(
      await openPanel({ sidePanel: { open: async () => Promise.reject(new Error('gesture')) } }, 7),
    ).toBe(false);
    expect(await openPanel({ sidebarAction: { open: async () => undefined } }, undefined)).toBe(true);
    expect(await openPanel({}, 7)).toBe(false);
    expect(
      await openPanel(
        {
          sidePanel: {
            open: () => {
              throw new Error('sync');
            },
          },
        },
        7,
      ),
    ).toBe(false);
  });
});

describe('the panel/open listener', () => {
  it('answers our content script, records what to select, and ignores forged senders and junk', async () => {
    register();
    const contentScript = OURS.find((s) => s.kind === 'content-script')!.sender;
    const message = {
      lens: 1,
      type: 'panel/open',
      args: { passageIndex: 2, symbol: 'S/RES/1325 (2000)', extra: 1 },
    };
    for (const forged of FORGED.filter((s) => s.kind === null)) {
      expect((await deliver(message, forged.sender)).handled, forged.name).toBe(false);
    }
    expect(await panelFocusItem.getValue()).toBeNull();
    const ours = await deliver(message, contentScript);
    // The fake browser has no side panel: the answer is "not opened", never an error.
    expect(ours).toEqual({ handled: true, reply: { ok: true, value: false } });
    const focus = await panelFocusItem.getValue();
    expect(focus).toMatchObject({
      tabId: contentScript.tab!.id,
      passageIndex: 2,
      symbol: 'S/RES/1325 (2000)',
    });
    expect(focus).not.toHaveProperty('extra');
    // Arguments of the wrong shape are dropped, not passed on.
    await deliver({ lens: 1, type: 'panel/open', args: { passageIndex: -1, symbol: 7 } }, contentScript);
    const junk = await panelFocusItem.getValue();
    expect(junk).not.toHaveProperty('passageIndex');
    expect(junk).not.toHaveProperty('symbol');
  });
});
