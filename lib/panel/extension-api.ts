/**
 * The PanelApi over the real extension, for the side panel and the library.
 * The panel follows the active tab of its window (or the tab named by
 * `?tab=<id>`, used when the panel page is opened in a tab of its own) and
 * listens for its reports; saved passages come from Dexie in this origin.
 */
import { isUnUrl } from '../hosts';
import { looksLikePdfUrl, VIEWER_PATH, viewerUrl } from '../pdf/url';
import { browser } from 'wxt/browser';
import {
  allPassages,
  classifyDbError,
  DbWriteError,
  deletePassages,
  importPassages,
  lensDb,
  passagesForPage,
  restorePassages,
  updatePassage,
  watchQuery,
} from '../db';
import { download } from '../download';
import { exportFile, parseImport } from '../export';
import { getDocument } from '../kb';
import { analyzePassage, documentOverview } from '../link';
import { onMessages, sendToExtension, sendToTab } from '../messaging';
import type { PageReport } from '../messaging/protocol';
import { panelFocusItem, type PanelFocus } from '../background/panel-service';
import { loadSettings, saveSettings, watchSettings } from '../settings';
import type { PageState, PanelApi, SaveResult } from './api';
import { openAtPassage } from './open-source';
import { asSaveNotice, SAVE_NOTICE_KEY, writeSaveNotice, type NoticeStore } from './save-notice';
import { pickSettings } from './settings-import';

/** How long a "Show in side panel" request waits for the panel it opened. */
const FOCUS_FRESH_MS = 10_000;

/** Tells every tab that saved passages changed; tabs without our content script ignore it. */
async function notifyAllTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((t) =>
      t.id === undefined ? undefined : sendToTab(t.id, 'page/saved-changed', {}).catch(() => undefined),
    ),
  );
}

function watchPage(pinned: number | null, listener: (state: PageState) => void): () => void {
  let tabId: number | null = pinned;
  let disposed = false;

  const show = async (id: number, report: PageReport | null | undefined) => {
    if (disposed || id !== tabId) return;
    if (report) return listener({ kind: 'report', tabId: id, report });
    // No content script answered. A UN PDF in the browser's viewer gets an offer
    // to open it in ours (host access to UN pages lets us read its URL).
    const url = await browser.tabs.get(id).then(
      (t) => t.url ?? '',
      () => '',
    );
    if (disposed || id !== tabId) return;
    listener(isUnUrl(url) && looksLikePdfUrl(url) ? { kind: 'pdf', tabId: id, url } : { kind: 'not-un' });
  };
  const refresh = async () => {
    if (tabId === null) {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      tabId = tab?.id ?? null;
    }
    if (tabId === null) return listener({ kind: 'not-un' } satisfies PageState);
    const id = tabId;
    show(id, await sendToTab(id, 'page/get', {}).catch(() => null));
  };

  const stopMessages = onMessages({
    'page/updated': (report, sender) => {
      if (sender.tab?.id !== undefined) show(sender.tab.id, report);
    },
  });
  const onActivated = (info: { tabId: number }) => {
    if (pinned !== null) return;
    tabId = info.tabId;
    listener({ kind: 'waiting' });
    void refresh();
  };
  const onUpdated = (id: number, change: { status?: string }) => {
    if (id === tabId && change.status === 'loading') listener({ kind: 'waiting' });
    if (id === tabId && change.status === 'complete') void refresh();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  listener({ kind: 'waiting' });
  void refresh();
  return () => {
    disposed = true;
    stopMessages();
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

/** Reads "kind: detail" from the background's error reply. */
function saveFailure(error: unknown): SaveResult {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(?:Error: )?(quota|refused|invalid): ([\s\S]*)$/.exec(text);
  if (match)
    return { ok: false, reason: match[1] as 'quota' | 'refused' | 'invalid', detail: match[2] ?? '' };
  return { ok: false, reason: 'refused', detail: text };
}

export function extensionPanelApi(location: Pick<Location, 'search'>): PanelApi {
  const pinned = Number(new URLSearchParams(location.search).get('tab')) || null;
  const db = lensDb;
  const notices = browser.storage.session as unknown as NoticeStore;

  return {
    watchPage: (listener) => watchPage(pinned, listener),

    watchFocusedPassage: (listener) =>
      onMessages({
        'page/focused-passage': ({ passageIndex }, sender) => {
          if (sender.tab?.id !== undefined && Number.isInteger(passageIndex))
            listener(sender.tab.id, passageIndex);
        },
      }),

    watchPanelFocus(listener) {
      // A request is for the panel opening now: older ones (a panel opened later) are ignored.
      let last = Date.now() - FOCUS_FRESH_MS;
      const take = (focus: PanelFocus | null) => {
        if (!focus || focus.at <= last) return;
        last = focus.at;
        const { tabId, passageIndex, symbol } = focus;
        listener({
          tabId,
          ...(passageIndex !== undefined ? { passageIndex } : {}),
          ...(symbol !== undefined ? { symbol } : {}),
        });
      };
      let live = true;
      void panelFocusItem
        .getValue()
        .then((focus) => live && take(focus))
        .catch(() => undefined);
      const stop = panelFocusItem.watch(take);
      return () => {
        live = false;
        stop();
      };
    },

    watchSettings(listener) {
      let live = true;
      void loadSettings().then((s) => live && listener(s));
      const stop = watchSettings(listener);
      return () => {
        live = false;
        stop();
      };
    },

    analyze: analyzePassage,
    overview: documentOverview,
    kbDocument: getDocument,

    async reveal(tabId, target) {
      return (await sendToTab(tabId, 'page/reveal', target).catch(() => false)) ?? false;
    },

    async saveSelection(tabId) {
      const draft = await sendToTab(tabId, 'selection/describe', {}).catch(() => undefined);
      if (draft === undefined) return { ok: false, reason: 'no-page', detail: '' };
      if (draft === null) return { ok: false, reason: 'no-selection', detail: '' };
      try {
        const saved = await sendToExtension('passages/save', draft);
        if (!saved) return { ok: false, reason: 'refused', detail: 'the background did not answer' };
        await sendToTab(tabId, 'page/saved-changed', {}).catch(() => undefined);
        return { ok: true, id: saved.id };
      } catch (error) {
        return saveFailure(error);
      }
    },

    watchSaved(scope, listener, onError) {
      const query =
        scope.kind === 'all'
          ? () => allPassages(db())
          : () => passagesForPage(db(), scope.url, scope.documentKey);
      return watchQuery(query, listener, onError);
    },

    async updatePassage(id, patch) {
      await updatePassage(db(), id, patch);
    },
    async deletePassages(ids) {
      const removed = await deletePassages(db(), ids);
      void notifyAllTabs();
      return removed;
    },
    async restorePassages(passages) {
      await restorePassages(db(), passages);
      void notifyAllTabs();
    },

    watchSaveNotice(listener) {
      let live = true;
      void notices
        .get(SAVE_NOTICE_KEY)
        .then((items) => live && listener(asSaveNotice(items[SAVE_NOTICE_KEY])));
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'session' && SAVE_NOTICE_KEY in changes)
          listener(asSaveNotice(changes[SAVE_NOTICE_KEY]?.newValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => {
        live = false;
        browser.storage.onChanged.removeListener(onChanged);
      };
    },
    dismissSaveNotice: () => writeSaveNotice(notices, null),

    async exportPassages(format, passages, scope) {
      // A JSON backup of everything carries the settings too, so a new machine gets both.
      const settings = format === 'json' && scope.everything ? await loadSettings() : undefined;
      const file = exportFile(format, passages, {
        what: scope.name,
        ...(settings ? { settings: settings as unknown as Record<string, unknown> } : {}),
      });
      download(document, file.filename, file.mime, file.content);
    },

    async importText(text) {
      const parsed = parseImport(text);
      if (!parsed.ok) return { ok: false, error: parsed.error, rejected: parsed.rejected };
      try {
        const counts = await importPassages(db(), parsed.passages);
        const settings = pickSettings(parsed.settings);
        if (settings) await saveSettings(settings);
        void notifyAllTabs();
        return { ok: true, counts, settingsRestored: settings !== null };
      } catch (error) {
        const problem = error instanceof DbWriteError ? error : new DbWriteError(classifyDbError(error));
        return { ok: false, error: problem.message, rejected: [], writeError: problem.kind };
      }
    },

    async openInViewer(tabId, url) {
      await browser.tabs.update(tabId, { url: viewerUrl(browser.runtime.getURL(VIEWER_PATH), url) });
    },

    openLibrary() {
      void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    },
    openOptions() {
      void browser.runtime.openOptionsPage().catch(() => undefined);
    },
    async openSource(passage) {
      await openAtPassage(
        {
          openTab: async (url) => (await browser.tabs.create({ url })).id,
          reveal: (tabId, savedId) => sendToTab(tabId, 'page/reveal', { savedId }),
          sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        },
        passage.url,
        passage.id,
      );
    },
  };
}
