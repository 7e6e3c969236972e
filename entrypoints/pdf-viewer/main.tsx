/**
 * The PDF viewer page (`pdf-viewer.html?file=<original URL>`): wiring only.
 * lib/pdf does the work; components/pdf are the views.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ErrorView } from '../../components/pdf/ErrorView';
import { FindBar } from '../../components/pdf/FindBar';
import { MarkCard } from '../../components/pdf/MarkCard';
import { StatusLine } from '../../components/pdf/StatusLine';
import { Toolbar } from '../../components/pdf/Toolbar';
import { dirOf, resolveLocale, setLocale, translator } from '../../lib/i18n';
import { pdf as messages } from '../../lib/i18n/catalog/pdf';
import { onMessages, sendToExtension } from '../../lib/messaging';
import { workerAnalyzer } from '../../lib/pdf/analyzer';
import { openWithoutViewer } from '../../lib/pdf/bypass';
import { openDocument, startViewer, type ViewerSession } from '../../lib/pdf/start';
import type { Store } from '../../lib/pdf/store';
import type { ViewerError } from '../../lib/pdf/ui';
import { readFileParam } from '../../lib/pdf/url';
import { isSiteEnabled, loadSettings } from '../../lib/settings';
import '../../components/pdf/viewer.css';

function useStore<T extends object>(store: Store<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => store.subscribe(setValue), [store]);
  return value;
}

function Chrome({ session }: { session: ViewerSession }) {
  const state = useStore(session.chrome);
  return (
    <>
      <Toolbar state={state} api={session.api} />
      <FindBar find={state.find} api={session.api} />
      <StatusLine state={state} />
    </>
  );
}

function Card({ session }: { session: ViewerSession }) {
  const { card } = useStore(session.card);
  return card ? <MarkCard subject={card.subject} position={card.position} api={session.cardApi} /> : null;
}

function showError(error: ViewerError) {
  document.getElementById('pages')?.remove();
  render(
    <ErrorView error={error} onOpenAddress={(url) => void openWithoutViewer(url, location)} />,
    document.getElementById('chrome')!,
  );
}

async function main() {
  // The viewer is reachable from UN pages (the redirect needs it), so a page
  // could frame it to overlay or click-jack it: refuse to run inside a frame.
  if (window.top !== window) {
    document.body.replaceChildren();
    return;
  }
  const settings = await loadSettings().catch(() => null);
  const locale = resolveLocale(settings?.uiLanguage, navigator.languages);
  setLocale(locale);
  document.documentElement.lang = locale;
  document.documentElement.dir = dirOf(locale);
  const t = translator(messages);
  const pages = document.getElementById('pages')!;
  pages.setAttribute('aria-label', t('pages'));

  const param = readFileParam(location.search, location.hash);
  if (!param.ok) {
    showError(
      param.reason === 'missing' ? { kind: 'missing' } : { kind: param.reason, value: param.value ?? '' },
    );
    return;
  }
  const url = param.url;
  const host = new URL(url).hostname;
  const enabled = settings ? isSiteEnabled(settings, host) : true;
  const tabId = (await browser.tabs.getCurrent().catch(() => undefined))?.id;

  // pdf.js's worker and data files, copied at build time (wxt.config.ts): not typed public paths.
  const getURL = browser.runtime.getURL as (path: string) => string;
  const assets = { base: getURL('/pdfjs/'), worker: getURL('/chunks/vendor-pdfjs-worker.min.mjs') };
  let pdf;
  try {
    pdf = await openDocument(url, assets);
  } catch (error) {
    showError(error as ViewerError);
    return;
  }
  const session = await startViewer(
    {
      doc: document,
      scroller: pages,
      list: document.getElementById('page-list')!,
      url,
      ...(param.page ? { initialPage: param.page } : {}),
      ...(enabled ? {} : { disabledSite: host }),
      send: sendToExtension,
      listen: onMessages,
      // The recognizers run off the main thread, so scrolling never waits on them.
      analyzer: workerAnalyzer(
        () => new Worker(new URL('../../lib/pdf/analyze-worker.ts', import.meta.url), { type: 'module' }),
      ),
      openInBrowser: (target) => void openWithoutViewer(target, location),
      openSidePanel: async () => {
        if (tabId === undefined || !browser.sidePanel?.open) return false;
        return browser.sidePanel.open({ tabId }).then(
          () => true,
          () => false,
        );
      },
    },
    pdf,
  );
  render(<Chrome session={session} />, document.getElementById('chrome')!);
  render(<Card session={session} />, document.getElementById('card-root')!);
  addEventListener('pagehide', () => session.destroy());
}

void main();
