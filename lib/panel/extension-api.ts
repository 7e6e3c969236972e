/**
 * The side panel's PanelApi over the real extension: follows the active tab
 * of the panel's window (or the tab named by `?tab=<id>`, used when the panel
 * page is opened in a tab of its own) and listens for its reports.
 */
import { browser } from 'wxt/browser';
import { onMessages, sendToTab } from '../messaging';
import type { PageReport } from '../messaging/protocol';
import type { PageState, PanelApi } from './api';

export function extensionPanelApi(location: Pick<Location, 'search'>): PanelApi {
  const pinned = Number(new URLSearchParams(location.search).get('tab')) || null;
  return {
    watchPage(listener) {
      let tabId: number | null = pinned;
      let disposed = false;

      const show = (id: number, report: PageReport | null | undefined) => {
        if (disposed || id !== tabId) return;
        listener(report ? { kind: 'report', tabId: id, report } : { kind: 'not-un' });
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
    },
  };
}
