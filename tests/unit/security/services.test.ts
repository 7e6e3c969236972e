// @vitest-environment happy-dom
// The real receivers, wired as the extension wires them: the background's
// knowledge-base lookup and the content script's answers to the side panel.
// Forged senders get nothing; the rightful sender gets its answer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { register as registerKb } from '../../../lib/background/kb-service';
import { register as registerPanel } from '../../../lib/background/panel-service';
import type { MessageType } from '../../../lib/messaging';
import { startPageLens } from '../../../lib/scan/content';
import { setBody } from '../dom';
import { deliver, FORGED, OURS } from './senders';

const contentScript = OURS.find((s) => s.kind === 'content-script')!.sender;
const sidePanel = OURS.find((s) => s.name === 'our side panel')!.sender;
const viewer = OURS.find((s) => s.name === 'our PDF viewer in a tab')!.sender;
const forged = FORGED.filter((s) => s.kind === null);

beforeEach(() => fakeBrowser.reset());

describe('the background’s knowledge-base lookup', () => {
  it('answers our content script and PDF viewer, and no forged sender', async () => {
    const stop = registerKb();
    const message = { lens: 1, type: 'kb/lookup', args: { symbol: 'S/RES/1325 (2000)' } };
    for (const s of forged) expect((await deliver(message, s.sender)).handled, s.name).toBe(false);
    for (const sender of [contentScript, viewer]) {
      const { reply } = await deliver(message, sender);
      expect(reply).toMatchObject({ ok: true, value: { symbol: 'S/RES/1325 (2000)' } });
    }
    stop();
  });

  it('treats odd arguments from a page as “no card”, not as an error', async () => {
    const stop = registerKb();
    for (const args of [
      { symbol: { toString: 'x' } },
      { symbol: 'S/'.repeat(500) },
      null,
      'S/RES/1325 (2000)',
    ]) {
      const { reply } = await deliver({ lens: 1, type: 'kb/lookup', args }, contentScript);
      expect(reply).toEqual({ ok: true, value: null });
    }
    stop();
  });
});

describe('the background’s “show in side panel”', () => {
  // Its own listener (the browser's user gesture lasts only while it runs), with the same checks.
  it('opens the panel for our content script and our pages, never for a forged sender', async () => {
    const open = vi.fn(async () => undefined);
    Object.assign(fakeBrowser, { sidePanel: { open } });
    registerPanel();
    const message = { lens: 1, type: 'panel/open', args: { passageIndex: 2 } };
    for (const s of forged) {
      expect((await deliver(message, s.sender)).handled, s.name).toBe(false);
    }
    expect(open).not.toHaveBeenCalled();
    const { reply } = await deliver(message, contentScript);
    expect(reply).toEqual({ ok: true, value: true });
    expect(open).toHaveBeenCalledWith({ tabId: contentScript.tab!.id });
  });
});

describe('the content script’s answers to extension pages', () => {
  let controller: AbortController;

  beforeEach(() => {
    (globalThis as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(
      'https://www.un.org/securitycouncil/content/wps.html',
    );
    setBody(
      '<main><h1>Women and peace and security</h1>' +
        '<p>The Council adopted resolution S/RES/1325 (2000) on women and peace and security.</p></main>',
    );
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  const EXTENSION_ONLY: [MessageType, unknown][] = [
    ['page/get', {}],
    ['page/reveal', { passageIndex: 0 }],
    ['selection/describe', {}],
    ['page/saved-changed', {}],
  ];

  it('answers the side panel, and ignores content scripts and forgeries asking the same', async () => {
    startPageLens(document, controller.signal);
    // The page is ours once the first report carries its passages.
    await expect
      .poll(async () => {
        const { reply } = await deliver({ lens: 1, type: 'page/get', args: {} }, sidePanel);
        return (reply as { value?: { passages?: unknown[] } } | undefined)?.value?.passages?.length ?? 0;
      })
      .toBeGreaterThan(0);

    for (const [type, args] of EXTENSION_ONLY) {
      for (const s of [{ name: 'a content script', sender: contentScript }, ...forged]) {
        const { handled } = await deliver({ lens: 1, type, args }, s.sender);
        expect(handled, `${type} from ${s.name}`).toBe(false);
      }
    }
    // The rightful sender still gets its answers.
    const { reply } = await deliver({ lens: 1, type: 'selection/describe', args: {} }, sidePanel);
    expect(reply).toEqual({ ok: true, value: null });
  });
});
