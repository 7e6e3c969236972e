/** The background's `kb/lookup` answer: cards for our pages, nothing for forged senders. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookupCard, register } from '../../../lib/background/kb-service';

const lookup = (symbol: unknown) => ({ lens: 1, type: 'kb/lookup', args: { symbol } });
const tab = { id: 7 } as chrome.tabs.Tab;

/** Delivers a message to the registered listeners as the browser would, with a reply callback. */
async function deliver(message: unknown, sender: object) {
  const sendResponse = vi.fn();
  // The fake's `trigger` is typed without the reply callback the real event passes as third argument.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const [handled] = await trigger(message, sender, sendResponse);
  // Replies are sent asynchronously: let pending promises settle before reading them.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { handled, sendResponse };
}

describe('kb/lookup in the background', () => {
  let stop: () => void;
  beforeEach(() => {
    fakeBrowser.reset();
    stop = register();
  });
  afterEach(() => stop());

  it('answers our content script with the card of a known symbol', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: 'https://www.un.org/securitycouncil/x.html', tab };
    const { handled, sendResponse } = await deliver(lookup('S/RES/1820 (2008)'), sender);
    expect(handled).toBe(true);
    expect(sendResponse).toHaveBeenCalledTimes(1);
    const reply = sendResponse.mock.calls[0]![0];
    expect(reply.ok).toBe(true);
    expect(reply.value).toMatchObject({ symbol: 'S/RES/1820 (2008)', date: '2008-06-19' });
    expect(reply.value.url).toBe('https://undocs.org/S/RES/1820(2008)');
  });

  it('answers null, not an error, for a symbol it does not know', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    const { sendResponse } = await deliver(lookup('S/RES/661 (1990)'), sender);
    expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: null });
  });

  it('refuses a message from another extension, even one naming our pages', async () => {
    const forged = { id: 'some-other-extension', url: fakeBrowser.runtime.getURL('/sidepanel.html'), tab };
    const { handled, sendResponse } = await deliver(lookup('S/RES/1325 (2000)'), forged);
    expect(handled).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('refuses a sender with our id but neither a tab nor our origin', async () => {
    const forged = { id: fakeBrowser.runtime.id, url: 'https://evil.example/' };
    const { handled, sendResponse } = await deliver(lookup('S/RES/1325 (2000)'), forged);
    expect(handled).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('ignores messages that are not our envelope', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: 'https://www.un.org/x.html', tab };
    const { handled } = await deliver({ type: 'kb/lookup', args: { symbol: 'S/RES/1325 (2000)' } }, sender);
    expect(handled).toBe(false);
  });

  it('stops answering once unregistered', async () => {
    stop();
    const sender = { id: fakeBrowser.runtime.id, url: 'https://www.un.org/x.html', tab };
    const { handled } = await deliver(lookup('S/RES/1325 (2000)'), sender);
    expect(handled).toBeUndefined();
  });
});

describe('lookupCard', () => {
  it('returns null for arguments a page could forge', () => {
    expect(lookupCard(undefined)).toBeNull();
    expect(lookupCard({ symbol: 42 } as never)).toBeNull();
    expect(lookupCard({ symbol: '' })).toBeNull();
    expect(lookupCard({ symbol: `S/RES/1325 (2000)${' '.repeat(100)}` })).toBeNull();
  });

  it('accepts the spellings pages use', () => {
    expect(lookupCard({ symbol: 'S/RES/2242(2015)' })?.symbol).toBe('S/RES/2242 (2015)');
  });
});
