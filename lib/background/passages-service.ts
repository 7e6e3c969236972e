/**
 * Background service: saving passages and giving a page its saved passages.
 *
 * - `passages/save` (from the on-page card, or the side panel's button): the
 *   draft is checked, judged with lib/link's `analyzePassage` on the quote,
 *   stored, and the tab is told `page/saved-changed` so it highlights it.
 * - `passages/for-page`: the document's saved passages, to re-anchor them.
 * - The context menu "Save passage to 1325 Lens" and the `save-passage`
 *   command (Alt+Shift+S) ask the tab for its selection (`selection/describe`)
 *   and save it the same way. They have no card to answer in, so a failure is
 *   left as a notice for the side panel (lib/panel/save-notice) and a badge.
 *
 * The database lives in the extension's origin (ADR 6); this worker keeps no
 * state in memory between events (MV3 workers stop at any time).
 */
import { browser } from 'wxt/browser';
import {
  lensDb,
  parseDraft,
  passageFromDraft,
  passagesForPage,
  addPassage,
  DbWriteError,
  type LensDb,
} from '../db';
import { UN_MATCHES } from '../hosts';
import { VIEWER_PATH } from '../pdf/url';
import { resolveLocale, setLocale } from '../i18n';
import { panel as panelMessages } from '../i18n/catalog/panel';
import { translator } from '../i18n';
import { analyzePassage, type PassageAnalysis, type AnalyzeOptions } from '../link';
import { onMessages, sendToTab, type PassageDraft } from '../messaging';
import type { SavedPassage } from '../model/saved-passage';
import { loadSettings, watchSettings } from '../settings';
import {
  writeSaveNotice,
  type NoticeStore,
  type SaveNotice,
  type SaveNoticeKind,
} from '../panel/save-notice';

export const MENU_ID = 'lens-save-passage';
export const COMMAND = 'save-passage';

/** The world the service works in; `register` passes the real one, tests a fake. */
export interface PassagesDeps {
  db: () => LensDb;
  analyze: (text: string, options: AnalyzeOptions) => PassageAnalysis;
  newId: () => string;
  now: () => Date;
  /** Asks a tab for its selection; undefined when the tab has no page of ours. */
  describeSelection: (tabId: number) => Promise<PassageDraft | null | undefined>;
  /** Tells a tab its saved passages changed. */
  notifyTab: (tabId: number) => Promise<void>;
  notices: NoticeStore;
  /** Marks (or clears) a failed save on the toolbar button of a tab. */
  badge: (tabId: number | undefined, failed: boolean) => Promise<void>;
}

export type SaveOutcome = { ok: true; id: string } | { ok: false; kind: SaveNoticeKind; detail: string };

/** The service's behaviour, over its dependencies. */
export function passagesService(deps: PassagesDeps) {
  async function store(value: unknown, tabId: number | undefined): Promise<SaveOutcome> {
    const parsed = parseDraft(value);
    if (!parsed.ok) return { ok: false, kind: 'invalid', detail: parsed.error };
    const { draft } = parsed;
    const analysis = deps.analyze(draft.selectors.quote.exact, {
      lang: draft.lang,
      ...(draft.documentSymbol ? { documentSymbol: draft.documentSymbol } : {}),
    });
    const passage: SavedPassage = passageFromDraft(draft, analysis, deps.newId(), deps.now());
    try {
      await addPassage(deps.db(), passage);
    } catch (error) {
      const kind = error instanceof DbWriteError ? error.kind : 'refused';
      return { ok: false, kind, detail: error instanceof Error ? error.message : String(error) };
    }
    if (tabId !== undefined) await deps.notifyTab(tabId).catch(() => undefined);
    return { ok: true, id: passage.id };
  }

  async function remember(outcome: SaveOutcome, tabId: number | undefined, quote?: string): Promise<void> {
    const notice: SaveNotice | null = outcome.ok
      ? null
      : {
          kind: outcome.kind,
          detail: outcome.detail,
          at: deps.now().toISOString(),
          ...(quote ? { quote: quote.slice(0, 200) } : {}),
        };
    await Promise.all([
      writeSaveNotice(deps.notices, notice).catch(() => undefined),
      deps.badge(tabId, !outcome.ok).catch(() => undefined),
    ]);
  }

  return {
    /** `passages/save`: throws with a readable message so the sender's card can show it. */
    async save(draft: unknown, tabId: number | undefined): Promise<{ id: string }> {
      const outcome = await store(draft, tabId);
      await remember(outcome, tabId, quoteOf(draft));
      if (!outcome.ok) throw new Error(`${outcome.kind}: ${outcome.detail}`);
      return { id: outcome.id };
    },

    /** `passages/for-page`. */
    async forPage(args: unknown): Promise<SavedPassage[]> {
      const { url, documentKey } = (args ?? {}) as { url?: unknown; documentKey?: unknown };
      if (typeof url !== 'string' || typeof documentKey !== 'string') return [];
      return passagesForPage(deps.db(), url, documentKey);
    },

    /** The context menu and the keyboard command: save the tab's current selection. */
    async saveSelectionOf(tabId: number | undefined): Promise<SaveOutcome> {
      let outcome: SaveOutcome;
      let draft: PassageDraft | null | undefined;
      if (tabId === undefined) {
        outcome = { ok: false, kind: 'no-page', detail: 'no tab' };
      } else {
        draft = await deps.describeSelection(tabId).catch(() => undefined);
        if (draft === undefined)
          outcome = { ok: false, kind: 'no-page', detail: 'no page of ours in this tab' };
        else if (draft === null) outcome = { ok: false, kind: 'no-selection', detail: 'nothing selected' };
        else outcome = await store(draft, tabId);
      }
      await remember(outcome, tabId, quoteOf(draft));
      return outcome;
    },
  };
}

function quoteOf(draft: unknown): string | undefined {
  const exact = (draft as PassageDraft | null | undefined)?.selectors?.quote?.exact;
  return typeof exact === 'string' ? exact : undefined;
}

async function menuTitle(): Promise<string> {
  const settings = await loadSettings().catch(() => null);
  setLocale(resolveLocale(settings?.uiLanguage, globalThis.navigator?.languages ?? []));
  return translator(panelMessages)('menuSavePassage');
}

/** Creates (or re-creates) our menu item, leaving other services' items alone. */
async function createMenu(): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus) return;
  const title = await menuTitle();
  const ignore = () => void browser.runtime.lastError; // a racing start's duplicate is harmless
  await menus.remove(MENU_ID).catch(ignore);
  // UN pages, and the extension's own PDF viewer where UN PDFs are read.
  const viewer = `${browser.runtime.getURL(VIEWER_PATH)}*`;
  menus.create(
    { id: MENU_ID, title, contexts: ['selection'], documentUrlPatterns: [...UN_MATCHES, viewer] },
    ignore,
  );
}

/** Wires the service to the browser. Runs at every worker start. */
export function register(): void {
  const service = passagesService({
    db: lensDb,
    analyze: analyzePassage,
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
    describeSelection: (tabId) => sendToTab(tabId, 'selection/describe', {}),
    notifyTab: async (tabId) => void (await sendToTab(tabId, 'page/saved-changed', {})),
    notices: browser.storage.session as unknown as NoticeStore,
    badge: async (tabId, failed) => {
      await browser.action.setBadgeText({
        text: failed ? '!' : '',
        ...(tabId !== undefined ? { tabId } : {}),
      });
      if (failed) await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
    },
  });

  onMessages({
    'passages/save': (draft, sender) => service.save(draft, sender.tab?.id),
    'passages/for-page': (args) => service.forPage(args),
  });

  void createMenu().catch(() => undefined);
  watchSettings(() => void createMenu().catch(() => undefined));
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void service.saveSelectionOf(tab?.id);
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== COMMAND) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      await service.saveSelectionOf(id);
    })();
  });
}
