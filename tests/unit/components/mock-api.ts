/**
 * A PanelApi for view tests: the page state, settings and saved passages are
 * in memory, every call is recorded, and writes can be made to fail the way a
 * full disk does.
 */
import { vi } from 'vitest';
import { DbWriteError, type DbErrorKind } from '../../../lib/db/errors';
import type { KbDocument } from '../../../lib/kb/types';
import type { AnalyzeOptions, DocumentOverview, PassageAnalysis } from '../../../lib/link/types';
import type { PageReport, PassageReport } from '../../../lib/messaging/protocol';
import type { SavedPassage } from '../../../lib/model/saved-passage';
import type { ThemeId } from '../../../lib/model/themes';
import type { ImportResult, PageState, PanelApi, SavedScope, SaveResult } from '../../../lib/panel/api';
import type { SaveNotice } from '../../../lib/panel/save-notice';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

export interface MockApi extends PanelApi {
  setPage(state: PageState): void;
  setSettings(settings: Settings): void;
  focusPassage(tabId: number, index: number): void;
  showInPanel(focus: { tabId: number; passageIndex?: number; symbol?: string }): void;
  setNotice(notice: SaveNotice | null): void;
  store: Map<string, SavedPassage>;
  /** The next writes fail with this kind until cleared. */
  failWrites: DbErrorKind | null;
  nextSave: SaveResult;
  nextImport: ImportResult;
  analyzeCalls: number;
  reveal: ReturnType<typeof vi.fn<PanelApi['reveal']>>;
  exportPassages: ReturnType<typeof vi.fn<PanelApi['exportPassages']>>;
  openSource: ReturnType<typeof vi.fn<PanelApi['openSource']>>;
  importText: ReturnType<typeof vi.fn<PanelApi['importText']>>;
}

/** A judgement read from words in the text, so tests control it by what they write. */
export function fakeAnalysis(text: string): PassageAnalysis {
  const themes: ThemeId[] = [];
  if (/sexual violence/i.test(text)) themes.push('sexual-violence');
  if (/participation/i.test(text)) themes.push('participation');
  return {
    themes,
    recommendations: themes.includes('sexual-violence')
      ? [{ id: 'ngowg-2007-2b', score: 0.8, why: 'Names “sexual violence” in a report from the field.' }]
      : [],
    provisions: themes.includes('participation')
      ? [
          {
            symbol: 'S/RES/1325 (2000)',
            paragraph: 'OP1',
            score: 0.7,
            why: 'Speaks of women at decision-making levels.',
          },
        ]
      : [],
    symbols: [],
    terms: [],
    themeReasons: themes.map((theme) => ({
      theme,
      why: `The words “${theme.replace('-', ' ')}” in the passage.`,
    })),
  };
}

export function fakeOverview(analyses: PassageAnalysis[]): DocumentOverview {
  const counts = new Map<ThemeId, number>();
  for (const a of analyses) for (const t of a.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
  return {
    passageCount: analyses.length,
    themes: [...counts].map(([id, count]) => ({ id, count, share: count / Math.max(1, analyses.length) })),
    recommendation2: {
      sexualViolence: counts.has('sexual-violence'),
      participation: counts.has('participation'),
    },
  };
}

const KB: Record<string, KbDocument> = {
  'S/RES/1325 (2000)': {
    symbol: 'S/RES/1325 (2000)',
    kind: 'sc-resolution',
    title: 'Resolution 1325 (2000) on women and peace and security',
    date: '2000-10-31',
    vote: 'unanimous',
    summary: 'The Council’s first resolution on women, peace and security.',
    themes: ['participation'],
    provisions: [
      {
        paragraph: 'OP1',
        summary: 'More women at all decision-making levels.',
        themes: ['participation'],
        cites: [],
      },
    ],
    cites: [],
  },
};

export function passage(index: number, text: string, extra: Partial<PassageReport> = {}): PassageReport {
  return { index, text, symbols: [], terms: [], ...extra };
}

export function report(overrides: Partial<PageReport> = {}): PageReport {
  return {
    url: 'https://undocs.org/S/2024/671',
    title: 'Women and peace and security: Report of the Secretary-General',
    lang: 'en',
    documentSymbol: 'S/2024/671',
    documentKey: 'symbol:S/2024/671',
    status: 'ready',
    symbols: [],
    passages: [],
    saved: [],
    ...overrides,
  };
}

export function mockApi(): MockApi {
  const pageListeners = new Set<(s: PageState) => void>();
  const settingsListeners = new Set<(s: Settings) => void>();
  const focusListeners = new Set<(tabId: number, index: number) => void>();
  const panelFocusListeners = new Set<
    (focus: { tabId: number; passageIndex?: number; symbol?: string }) => void
  >();
  const noticeListeners = new Set<(n: SaveNotice | null) => void>();
  const savedWatchers = new Set<{ scope: SavedScope; listener: (p: SavedPassage[]) => void }>();
  let page: PageState = { kind: 'waiting' };
  let settings: Settings = DEFAULT_SETTINGS;
  let notice: SaveNotice | null = null;

  const select = (scope: SavedScope) =>
    [...api.store.values()]
      .filter((p) => scope.kind === 'all' || p.documentKey === scope.documentKey || p.url === scope.url)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const emitSaved = () => {
    for (const w of savedWatchers) w.listener(select(w.scope));
  };
  const write = () => {
    if (api.failWrites) {
      throw new DbWriteError({
        kind: api.failWrites,
        detail: api.failWrites === 'quota' ? 'QuotaExceededError' : 'UnknownError',
      });
    }
  };

  const api: MockApi = {
    store: new Map(),
    failWrites: null,
    nextSave: { ok: true, id: 'new-id' },
    nextImport: { ok: true, counts: { added: 0, updated: 0, unchanged: 0 }, settingsRestored: false },
    analyzeCalls: 0,
    setPage(state) {
      page = state;
      pageListeners.forEach((l) => l(state));
    },
    setSettings(next) {
      settings = next;
      settingsListeners.forEach((l) => l(next));
    },
    focusPassage(tabId, index) {
      focusListeners.forEach((l) => l(tabId, index));
    },
    showInPanel(focus) {
      panelFocusListeners.forEach((l) => l(focus));
    },
    watchPanelFocus(listener) {
      panelFocusListeners.add(listener);
      return () => panelFocusListeners.delete(listener);
    },
    setNotice(next) {
      notice = next;
      noticeListeners.forEach((l) => l(next));
    },
    watchPage(listener) {
      pageListeners.add(listener);
      listener(page);
      return () => pageListeners.delete(listener);
    },
    watchFocusedPassage(listener) {
      focusListeners.add(listener);
      return () => focusListeners.delete(listener);
    },
    watchSettings(listener) {
      settingsListeners.add(listener);
      listener(settings);
      return () => settingsListeners.delete(listener);
    },
    analyze(text: string, _options: AnalyzeOptions) {
      api.analyzeCalls++;
      return fakeAnalysis(text);
    },
    overview: fakeOverview,
    kbDocument: (symbol) => KB[symbol],
    reveal: vi.fn<PanelApi['reveal']>(async () => true),
    async saveSelection() {
      return api.nextSave;
    },
    watchSaved(scope, listener) {
      const watcher = { scope, listener };
      savedWatchers.add(watcher);
      queueMicrotask(() => savedWatchers.has(watcher) && listener(select(scope)));
      return () => savedWatchers.delete(watcher);
    },
    async updatePassage(id, patch) {
      write();
      const stored = api.store.get(id);
      if (!stored) throw new Error('missing');
      api.store.set(id, {
        ...stored,
        ...patch,
        updatedAt: new Date(Date.parse(stored.updatedAt) + 60_000).toISOString(),
      });
      emitSaved();
    },
    async deletePassages(ids) {
      write();
      const removed = ids.map((id) => api.store.get(id)).filter((p): p is SavedPassage => !!p);
      ids.forEach((id) => api.store.delete(id));
      emitSaved();
      return removed;
    },
    async restorePassages(passages) {
      write();
      passages.forEach((p) => api.store.set(p.id, p));
      emitSaved();
    },
    watchSaveNotice(listener) {
      noticeListeners.add(listener);
      listener(notice);
      return () => noticeListeners.delete(listener);
    },
    async dismissSaveNotice() {
      api.setNotice(null);
    },
    exportPassages: vi.fn<PanelApi['exportPassages']>(async () => undefined),
    importText: vi.fn<PanelApi['importText']>(async () => api.nextImport),
    openInViewer: vi.fn(async () => undefined),
    openLibrary: vi.fn(),
    openOptions: vi.fn(),
    openSource: vi.fn<PanelApi['openSource']>(async () => undefined),
  };
  return api;
}

/** Puts passages in the mock's store and tells the watchers. */
export function seed(api: MockApi, passages: SavedPassage[]): void {
  passages.forEach((p) => api.store.set(p.id, p));
  api.restorePassages([]).catch(() => undefined);
}
