// The database lives in the extension's origin; here fake-indexeddb plays it.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { passagesService, register, type PassagesDeps } from '../../../lib/background/passages-service';
import { allPassages, createLensDb, lensDb, type LensDb } from '../../../lib/db';
import { installWriteFaults } from '../../../lib/db/faults';
import type { PassageDraft } from '../../../lib/messaging/protocol';
import { SAVE_NOTICE_KEY, type SaveNotice } from '../../../lib/panel/save-notice';
import { freshWorld } from '../db/samples';

const draft: PassageDraft = {
  url: 'https://undocs.org/S/RES/2493(2019)',
  title: 'Resolution 2493 (2019)',
  lang: 'en',
  documentKey: 'symbol:S/RES/2493 (2019)',
  documentSymbol: 'S/RES/2493 (2019)',
  selectors: {
    quote: {
      type: 'TextQuoteSelector',
      exact: 'the full, equal and meaningful participation of women in all stages of peace processes',
      prefix: 'Urges Member States to ensure ',
      suffix: ', including through',
    },
    position: { type: 'TextPositionSelector', start: 812, end: 898 },
  },
};

function memoryNotices() {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (key: string) => (key in items ? { [key]: items[key] } : {}),
    set: async (more: Record<string, unknown>) => void Object.assign(items, more),
    remove: async (key: string) => void delete items[key],
  };
}

let db: LensDb;
let deps: PassagesDeps & { notices: ReturnType<typeof memoryNotices> };
beforeEach(() => {
  db = createLensDb(freshWorld());
  installWriteFaults(db);
  let n = 0;
  deps = {
    db: () => db,
    analyze: vi.fn(() => ({
      themes: ['participation' as const],
      recommendations: [{ id: 'ngowg-2007-2a' as const, score: 0.6, why: 'participation in a report' }],
      provisions: [{ symbol: 'S/RES/2493 (2019)', paragraph: 'OP2', score: 0.9, why: 'the same words' }],
      symbols: [],
      terms: [],
    })),
    newId: () => `11111111-2222-4333-8444-${String(++n).padStart(12, '0')}`,
    now: () => new Date('2026-06-01T08:00:00Z'),
    describeSelection: vi.fn(async () => draft),
    notifyTab: vi.fn(async () => undefined),
    notices: memoryNotices(),
    badge: vi.fn(async () => undefined),
  };
});
afterEach(() => {
  globalThis.__lensFailWrites = undefined;
  db.close();
});

describe('saving a passage in the background', () => {
  it('judges the quote, stores the passage with its judgement and tells the tab', async () => {
    const service = passagesService(deps);
    const { id } = await service.save(draft, 12);
    expect(deps.analyze).toHaveBeenCalledWith(draft.selectors.quote.exact, {
      lang: 'en',
      documentSymbol: 'S/RES/2493 (2019)',
    });
    const [stored] = await allPassages(db);
    expect(stored).toMatchObject({
      id,
      url: draft.url,
      symbol: 'S/RES/2493 (2019)',
      themes: ['participation'],
      recommendations: ['ngowg-2007-2a'],
      provisions: [{ symbol: 'S/RES/2493 (2019)', paragraph: 'OP2' }],
      createdAt: '2026-06-01T08:00:00.000Z',
    });
    expect(stored!.selectors).toEqual(draft.selectors);
    expect(deps.notifyTab).toHaveBeenCalledWith(12);
    expect(await service.forPage({ url: draft.url, documentKey: draft.documentKey })).toEqual([stored]);
  });

  it('refuses a malformed draft and stores nothing', async () => {
    const service = passagesService(deps);
    await expect(service.save({ ...draft, url: 'javascript:alert(1)' }, 12)).rejects.toThrow(/^invalid: url/);
    expect(await allPassages(db)).toEqual([]);
    expect(await service.forPage({ url: 42 })).toEqual([]);
  });

  it('saves the selection for the context menu and the shortcut, and leaves a notice when it cannot', async () => {
    const service = passagesService(deps);
    expect(await service.saveSelectionOf(12)).toMatchObject({ ok: true });
    expect(deps.notices.items[SAVE_NOTICE_KEY]).toBeUndefined();

    vi.mocked(deps.describeSelection).mockResolvedValueOnce(null);
    expect(await service.saveSelectionOf(12)).toMatchObject({ ok: false, kind: 'no-selection' });
    expect((deps.notices.items[SAVE_NOTICE_KEY] as SaveNotice).kind).toBe('no-selection');

    vi.mocked(deps.describeSelection).mockResolvedValueOnce(undefined);
    expect(await service.saveSelectionOf(12)).toMatchObject({ ok: false, kind: 'no-page' });

    globalThis.__lensFailWrites = 'quota';
    expect(await service.saveSelectionOf(12)).toMatchObject({ ok: false, kind: 'quota' });
    const notice = deps.notices.items[SAVE_NOTICE_KEY] as SaveNotice;
    expect(notice).toMatchObject({ kind: 'quota', quote: draft.selectors.quote.exact });
    expect(deps.badge).toHaveBeenLastCalledWith(12, true);
    globalThis.__lensFailWrites = undefined;

    // Nothing already saved was lost, and the next save clears the notice.
    expect(await allPassages(db)).toHaveLength(1);
    await service.saveSelectionOf(12);
    expect(deps.notices.items[SAVE_NOTICE_KEY]).toBeUndefined();
    expect(deps.badge).toHaveBeenLastCalledWith(12, false);
    expect(await allPassages(db)).toHaveLength(2);
  });
});

describe('the registered service and its senders', () => {
  type Listener = (message: unknown, sender: object, respond: (reply: unknown) => void) => boolean;

  async function registered(): Promise<Listener> {
    fakeBrowser.reset();
    const spy = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const stub = { addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() };
    Object.assign(fakeBrowser, {
      contextMenus: { create: vi.fn(), remove: vi.fn(async () => undefined), onClicked: stub },
      commands: { onCommand: stub },
    });
    register();
    const listener = spy.mock.calls[0]![0] as unknown as Listener;
    spy.mockRestore();
    await lensDb().passages.clear();
    return listener;
  }

  async function send(listener: Listener, sender: object): Promise<unknown> {
    const reply = vi.fn();
    const taken = listener({ lens: 1, type: 'passages/save', args: draft }, sender, reply);
    if (!taken) return 'dropped';
    await vi.waitFor(() => expect(reply).toHaveBeenCalled());
    return reply.mock.calls[0]![0];
  }

  it('accepts a save from our content script and drops forged senders', async () => {
    const listener = await registered();
    const ownId = fakeBrowser.runtime.id;
    // Another extension, a web page (no id), and a sender claiming our id without a tab or page.
    expect(await send(listener, { id: 'some-other-extension', url: draft.url, tab: { id: 4 } })).toBe(
      'dropped',
    );
    expect(await send(listener, { url: draft.url, tab: { id: 4 } })).toBe('dropped');
    expect(await send(listener, { id: ownId })).toBe('dropped');
    expect(await allPassages(lensDb())).toEqual([]);

    const reply = await send(listener, { id: ownId, url: draft.url, tab: { id: 4 } });
    expect(reply).toMatchObject({ ok: true, value: { id: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
    expect(await allPassages(lensDb())).toHaveLength(1);
  });
});
