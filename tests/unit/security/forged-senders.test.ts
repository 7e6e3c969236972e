// Every message type, from every context, forged or not: a handler runs only
// for a sender of ours that the protocol allows for that type (ADR 3). The
// policy is written out here rather than read from ALLOWED_SENDERS, so
// widening who may send a message fails this test until it is reviewed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ALLOWED_SENDERS,
  classifySender,
  onMessages,
  type Handlers,
  type MessageType,
  type SenderKind,
} from '../../../lib/messaging';
import { FORGED, OURS, OWN_ID, OWN_ORIGIN, deliver, type NamedSender } from './senders';

/** Messages a page (content script on a UN page, or the PDF viewer) may send. */
const FROM_PAGES: MessageType[] = [
  'page/updated',
  'page/focused-passage',
  'passages/save',
  'passages/for-page',
  'kb/lookup',
  'panel/open',
];
/** Messages only extension pages (background, panel, library, options, viewer) may send. */
const EXTENSION_ONLY: MessageType[] = ['page/get', 'page/reveal', 'selection/describe', 'page/saved-changed'];

const ALL_TYPES = Object.keys(ALLOWED_SENDERS) as MessageType[];

function allowed(type: MessageType, kind: SenderKind | null): boolean {
  if (kind === null) return false;
  if (EXTENSION_ONLY.includes(type)) return kind === 'extension-page';
  return FROM_PAGES.includes(type);
}

/** Plausible arguments for each type: the check must not depend on them. */
const ARGS: Record<MessageType, unknown> = {
  'page/updated': {
    url: 'https://www.un.org/x',
    title: 'x',
    status: 'ready',
    symbols: [],
    passages: [],
    saved: [],
  },
  'page/focused-passage': { passageIndex: 0 },
  'passages/save': { url: 'https://www.un.org/x' },
  'passages/for-page': { url: 'https://www.un.org/x', documentKey: 'url:https://www.un.org/x' },
  'kb/lookup': { symbol: 'S/RES/1325 (2000)' },
  'panel/open': { passageIndex: 0 },
  'page/get': {},
  'page/reveal': { passageIndex: 0 },
  'selection/describe': {},
  'page/saved-changed': {},
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the protocol’s sender policy', () => {
  it('classifies every message type as page-sendable or extension-only', () => {
    expect([...FROM_PAGES, ...EXTENSION_ONLY].sort()).toEqual([...ALL_TYPES].sort());
  });

  it('lets content scripts send only what the on-page lens needs', () => {
    const fromContent = ALL_TYPES.filter((t) => ALLOWED_SENDERS[t].includes('content-script')).sort();
    expect(fromContent).toEqual([...FROM_PAGES].sort());
  });

  it('recognizes each of our contexts and none of the forged ones', () => {
    for (const s of OURS) expect(classifySender(s.sender, OWN_ID, OWN_ORIGIN), s.name).toBe(s.kind);
    for (const s of FORGED) expect(classifySender(s.sender, OWN_ID, OWN_ORIGIN), s.name).toBe(s.kind);
  });
});

describe.each(ALL_TYPES)('%s', (type) => {
  const senders: NamedSender[] = [...OURS, ...FORGED];

  it.each(senders.map((s) => [s.name, s] as const))('from %s', async (_name, s) => {
    const handler = vi.fn(() => 'handled');
    const stop = onMessages({ [type]: handler } as Handlers);
    const { handled, reply } = await deliver({ lens: 1, type, args: ARGS[type] }, s.sender);
    const expected = allowed(type, s.kind);
    expect(handler).toHaveBeenCalledTimes(expected ? 1 : 0);
    expect(handled).toBe(expected);
    expect(reply).toEqual(expected ? { ok: true, value: 'handled' } : undefined);
    stop();
  });
});

describe('envelopes', () => {
  const every = Object.fromEntries(ALL_TYPES.map((t) => [t, vi.fn(() => true)])) as unknown as Handlers;
  const sidePanel = OURS.find((s) => s.name === 'our side panel')!.sender;

  it.each([
    ['a string', 'page/get'],
    ['null', null],
    ['an array', [1, 'page/get', {}]],
    ['no marker', { type: 'page/get', args: {} }],
    ['a marker that is not 1', { lens: '1', type: 'page/get', args: {} }],
    ['a marker that is true', { lens: true, type: 'page/get', args: {} }],
    ['an unknown type', { lens: 1, type: 'storage/clear', args: {} }],
    ['a type inherited from Object', { lens: 1, type: 'toString', args: {} }],
    ['__proto__ as type', JSON.parse('{"lens":1,"type":"__proto__","args":{}}')],
    ['constructor as type', { lens: 1, type: 'constructor', args: {} }],
    ['a type that is not a string', { lens: 1, type: ['page/get'], args: {} }],
  ])('ignores %s, even from our own side panel', async (_name, message) => {
    const stop = onMessages(every);
    const { handled, reply } = await deliver(message, sidePanel);
    expect(handled).toBe(false);
    expect(reply).toBeUndefined();
    for (const fn of Object.values(every)) expect(fn).not.toHaveBeenCalled();
    stop();
  });

  it('stops listening when asked', async () => {
    const handler = vi.fn(() => null);
    const stop = onMessages({ 'page/get': handler });
    stop();
    const { handled } = await deliver({ lens: 1, type: 'page/get', args: {} }, sidePanel);
    expect(handled).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  it('sends a handler’s failure back as data, not as a thrown exception', async () => {
    const stop = onMessages({
      'page/get': () => {
        throw new Error('no report yet');
      },
    });
    const { reply } = await deliver({ lens: 1, type: 'page/get', args: {} }, sidePanel);
    expect(reply).toEqual({ ok: false, error: 'Error: no report yet' });
    stop();
  });
});
