import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../lib/messaging';
import type { Args, MessageType, PageReport, PassageDraft } from '../../../lib/messaging/protocol';
import type { SavedPassage } from '../../../lib/model/saved-passage';
import { PdfModel } from '../../../lib/pdf/document';
import { PdfLens } from '../../../lib/pdf/lens';
import type { SavedPlacement } from '../../../lib/pdf/saved';
import { fakePdf, savedOn } from './fakes';

const URL_ = 'https://documents.un.org/doc/UNDOC/GEN/N00/720/18/PDF/N0072018.pdf';

function setup(
  options: {
    enabled?: boolean;
    saved?: SavedPassage[];
    selection?: { page: number; start: number; end: number } | null;
  } = {},
) {
  const model = new PdfModel(
    fakePdf([
      [
        'Nations Unies S/RES/1325 (2000)',
        'Le Conseil de sécurité, rappelant les déclarations de son Président',
      ],
      ['Rappelant ses résolutions 1261 (1999) et 1314 (2000),'],
      null,
    ]),
    { url: URL_, annotate: options.enabled ?? true, yieldToBrowser: async () => undefined },
  );
  const sent: { type: MessageType; args: unknown }[] = [];
  let handlers: Handlers = {};
  const viewer = {
    reveal: vi.fn(async () => true),
    selection: vi.fn(() => options.selection ?? null),
    setSaved: vi.fn((_: SavedPlacement[]) => undefined),
  };
  const lens = new PdfLens({
    url: URL_,
    title: () => 'S/RES/1325 (2000)',
    lang: () => 'fr',
    model,
    viewer,
    enabled: options.enabled ?? true,
    send: async <T extends MessageType>(type: T, args: Args<T>) => {
      sent.push({ type, args });
      if (type === 'passages/for-page') return (options.saved ?? []) as never;
      return undefined;
    },
    listen: (h) => {
      handlers = h;
      return () => (handlers = {});
    },
  });
  const call = async <T extends keyof Handlers>(type: T, args: unknown) =>
    (handlers[type] as (a: unknown, s: unknown) => unknown)(args, {});
  return { model, lens, sent, viewer, call };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the viewer as a page of the protocol', () => {
  it('answers page/get with a PDF report and sends page/updated as pages are read, not for every page', async () => {
    const { model, lens, sent, call } = setup();
    await model.start();
    lens.start();
    await vi.runAllTimersAsync();
    await model.readAll();
    for (let i = 0; i < 3; i++) lens.update();
    await vi.runAllTimersAsync();
    const updates = sent.filter((m) => m.type === 'page/updated');
    expect(updates.length).toBeLessThanOrEqual(3);
    const last = updates.at(-1)!.args as PageReport;
    expect(last.status).toBe('ready');
    const report = (await call('page/get', {})) as PageReport;
    expect(report).toMatchObject({
      url: URL_,
      documentSymbol: 'S/RES/1325 (2000)',
      documentKey: 'symbol:S/RES/1325 (2000)',
      pdf: { pageCount: 3, fingerprint: 'fp-1', pagesWithoutText: [3] },
    });
    expect(report.passages.map((p) => p.page)).toEqual([1, 2]);
  });

  it('reveals a report passage on its page, and a saved passage where it was found', async () => {
    const saved = savedOn('s1', 'ses résolutions 1261 (1999)', { page: 2, prefix: 'Rappelant ' });
    const { model, lens, viewer, call } = setup({ saved: [saved] });
    await model.start();
    lens.start();
    await model.readAll();
    await vi.runAllTimersAsync();
    expect(await call('page/reveal', { passageIndex: 1 })).toBe(true);
    const passage = model.peek(2)!.analysis!.passages[0]!;
    expect(viewer.reveal).toHaveBeenLastCalledWith(2, passage.start, passage.end);
    expect(await call('page/reveal', { savedId: 's1' })).toBe(true);
    const text = model.peek(2)!.text.text;
    const at = text.indexOf('ses résolutions 1261 (1999)');
    expect(viewer.reveal).toHaveBeenLastCalledWith(2, at, at + 'ses résolutions 1261 (1999)'.length);
    expect(await call('page/reveal', { passageIndex: 99 })).toBe(false);
    const report = (await call('page/get', {})) as PageReport;
    expect(report.saved).toEqual([{ id: 's1', found: true }]);
    expect(viewer.setSaved).toHaveBeenCalledWith([{ id: 's1', page: 2, start: at, end: at + 27 }]);
  });

  it('describes the reader’s selection with its page, for saving', async () => {
    const { model, lens, call } = setup({ selection: { page: 2, start: 0, end: 9 } });
    await model.start();
    await model.page(2);
    lens.start();
    const draft = (await call('selection/describe', {})) as PassageDraft;
    expect(draft).toMatchObject({
      url: URL_,
      documentKey: 'symbol:S/RES/1325 (2000)',
      documentSymbol: 'S/RES/1325 (2000)',
      lang: 'fr',
      selectors: { page: 2, quote: { exact: 'Rappelant' }, position: { start: 0, end: 9 } },
    });
  });

  it('returns null when nothing is selected, and asks for saved passages again when they change', async () => {
    const { model, lens, call, sent } = setup();
    await model.start();
    lens.start();
    expect(await call('selection/describe', {})).toBeNull();
    await call('page/saved-changed', {});
    expect(sent.filter((m) => m.type === 'passages/for-page')).toHaveLength(2);
    expect(sent.find((m) => m.type === 'passages/for-page')!.args).toEqual({
      url: URL_,
      documentKey: 'symbol:S/RES/1325 (2000)',
    });
  });

  it('reports a site the reader switched off as disabled, with no findings', async () => {
    const { model, lens, call, sent } = setup({ enabled: false });
    await model.start();
    lens.start();
    await model.readAll();
    const report = (await call('page/get', {})) as PageReport;
    expect(report).toMatchObject({ status: 'disabled', symbols: [], passages: [] });
    expect(sent.some((m) => m.type === 'passages/for-page')).toBe(false);
  });
});
