/**
 * The side panel: the reading companion for the page in the followed tab.
 * Its document, WPS scorecard, passages with their links, the UN documents it
 * cites with their knowledge-base cards, and the reader's saved passages.
 * Clear states for a page that is not a UN document, a page still loading, a
 * page with nothing found, and a site the reader switched 1325 Lens off for.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dirOf } from '../../lib/i18n';
import type { PageReport } from '../../lib/messaging/protocol';
import { createAnalysisCache } from '../../lib/panel/analysis-cache';
import type { PageState, PanelApi } from '../../lib/panel/api';
import { isSiteEnabled, type Settings } from '../../lib/settings';
import { t } from '../shared/labels';
import { useLocale } from '../shared/locale';
import { DocumentHeader } from './DocumentHeader';
import { KbCard } from './KbCard';
import { PassageList } from './PassageList';
import { SavedSection } from './SavedSection';
import { Scorecard } from './Scorecard';
import { SymbolList } from './SymbolList';
import { useDocumentAnalysis } from './use-document-analysis';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function SidePanel({ api, pageSize }: { api: PanelApi; pageSize?: number }) {
  const [state, setState] = useState<PageState>({ kind: 'waiting' });
  const [settings, setSettings] = useState<Settings | null>(null);
  // Layout effects: a report the API already holds is shown in the first paint, not one frame later.
  useLayoutEffect(() => api.watchPage(setState), [api]);
  useLayoutEffect(() => api.watchSettings(setSettings), [api]);
  const locale = useLocale(settings);
  // The page root carries the language too, so screen readers and the
  // browser's own layout (scrollbars, form controls) follow it.
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dirOf(locale);
  }, [locale]);

  const report = state.kind === 'report' ? state.report : null;
  const disabled =
    report !== null &&
    (report.status === 'disabled' || (settings !== null && !isSiteEnabled(settings, hostOf(report.url))));

  return (
    <main class="panel" lang={locale} dir={dirOf(locale)} key={locale}>
      <header class="panel-header">
        <h1>
          <bdi>{t('appName')}</bdi>
        </h1>
      </header>
      <div aria-live="polite" class="live-state">
        {state.kind === 'waiting' && <p class="state">{t('stateWaiting')}</p>}
        {state.kind === 'not-un' && <p class="state">{t('stateNotUn')}</p>}
        {state.kind === 'pdf' && (
          <div class="state" data-testid="state-pdf">
            <p>{t('statePdf')}</p>
            <button type="button" onClick={() => void api.openInViewer(state.tabId, state.url)}>
              {t('openPdfInLens')}
            </button>
          </div>
        )}
        {disabled && report && (
          <div class="state" data-testid="state-disabled">
            <p>{t('stateDisabled', { site: hostOf(report.url) })}</p>
            <button type="button" onClick={() => api.openOptions()}>
              {t('openSettings')}
            </button>
          </div>
        )}
      </div>
      {state.kind === 'report' && !disabled && (
        <PageView api={api} tabId={state.tabId} report={state.report} pageSize={pageSize} />
      )}
    </main>
  );
}

function PageView({
  api,
  tabId,
  report,
  pageSize,
}: {
  api: PanelApi;
  tabId: number;
  report: PageReport;
  pageSize?: number;
}) {
  const cache = useMemo(() => createAnalysisCache((text, o) => api.analyze(text, o)), [api]);
  const analysis = useDocumentAnalysis(report, cache, api);
  const [selected, setSelected] = useState<number | null>(null);
  const [symbol, setSymbol] = useState<string | null>(null);
  const symbolOpener = useRef<HTMLElement | null>(null);

  // The page focused a highlight: select its passage here and bring it into view.
  useEffect(
    () =>
      api.watchFocusedPassage((fromTab, index) => {
        if (fromTab === tabId) setSelected(index);
      }),
    [api, tabId],
  );
  // "Show in side panel" on the page's card: select that passage, or open that symbol's card.
  useEffect(
    () =>
      api.watchPanelFocus((focus) => {
        if (focus.tabId !== tabId) return;
        if (focus.passageIndex !== undefined) setSelected(focus.passageIndex);
        if (focus.symbol) setSymbol(focus.symbol);
      }),
    [api, tabId],
  );
  useEffect(() => {
    if (selected === null) return;
    const node = document.querySelector(`[data-passage-index="${selected}"]`);
    node?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const onReveal = useCallback(
    (index: number) => void api.reveal(tabId, { passageIndex: index }),
    [api, tabId],
  );
  const onSymbol = useCallback((s: string) => {
    symbolOpener.current = document.activeElement as HTMLElement | null;
    setSymbol(s);
  }, []);
  const closeCard = useCallback(() => {
    setSymbol(null);
    symbolOpener.current?.focus?.();
  }, []);

  const nothing = report.status === 'ready' && report.symbols.length === 0 && report.passages.length === 0;
  return (
    <>
      {report.status === 'loading' && (
        <p class="state" role="status" data-testid="state-loading">
          {t('stateLoading')}
        </p>
      )}
      <DocumentHeader report={report} onSymbol={onSymbol} />
      {symbol && <KbCard symbol={symbol} api={api} onClose={closeCard} />}
      <SavedSection api={api} tabId={tabId} report={report} />
      {nothing ? (
        <p class="state" data-testid="state-nothing">
          {t('stateNothing')}
        </p>
      ) : (
        <>
          {report.passages.length > 0 && <Scorecard analysis={analysis} />}
          <SymbolList symbols={report.symbols} loading={report.status === 'loading'} onSymbol={onSymbol} />
          {report.passages.length > 0 && (
            <PassageList
              report={report}
              cache={cache}
              selected={selected}
              onSelect={setSelected}
              onReveal={onReveal}
              onSymbol={onSymbol}
              {...(pageSize ? { pageSize } : {})}
            />
          )}
        </>
      )}
    </>
  );
}
