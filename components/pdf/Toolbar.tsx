/**
 * The viewer's toolbar: the document and where it came from (with the way
 * out to the browser's own viewer), page navigation, zoom, find and
 * highlight navigation. Every control has a visible label or an accessible
 * name and works from the keyboard.
 */
import { useEffect, useState } from 'preact/hooks';
import { translator } from '../../lib/i18n';
import { pdf } from '../../lib/i18n/catalog/pdf';
import { displayUrl } from '../../lib/pdf/url';
import { ZOOM_STEPS } from '../../lib/pdf/zoom';
import type { ChromeState, ViewerApi } from './api';

const t = translator(pdf);

function PageField({ page, pageCount, api }: { page: number; pageCount: number; api: ViewerApi }) {
  const [value, setValue] = useState(String(page));
  useEffect(() => setValue(String(page)), [page]);
  const commit = () => {
    const n = Number(value);
    if (Number.isInteger(n) && n >= 1 && n <= pageCount) api.goToPage(n);
    else setValue(String(page));
  };
  return (
    <span class="pdf-pagenav">
      <button
        type="button"
        onClick={() => api.goToPage(page - 1)}
        disabled={page <= 1}
        title={t('previousPage')}
      >
        <span aria-hidden="true">‹</span>
        <span class="sr-only">{t('previousPage')}</span>
      </button>
      <label>
        <span class="sr-only">{t('page')}</span>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={pageCount}
          value={value}
          data-testid="page-input"
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
          onBlur={commit}
        />
      </label>
      <span class="pdf-pagecount">{t('pageOf', { count: pageCount })}</span>
      <button
        type="button"
        onClick={() => api.goToPage(page + 1)}
        disabled={page >= pageCount}
        title={t('nextPage')}
      >
        <span aria-hidden="true">›</span>
        <span class="sr-only">{t('nextPage')}</span>
      </button>
    </span>
  );
}

function ZoomControls({ zoom, fit, api }: { zoom: number; fit: boolean; api: ViewerApi }) {
  const percent = Math.round(zoom * 100);
  const current = fit ? 'fit' : String(zoom);
  return (
    <span class="pdf-zoom">
      <button
        type="button"
        onClick={() => api.zoomBy(-1)}
        disabled={zoom <= ZOOM_STEPS[0]!}
        title={t('zoomOut')}
      >
        <span aria-hidden="true">−</span>
        <span class="sr-only">{t('zoomOut')}</span>
      </button>
      <label>
        <span class="sr-only">{t('zoom')}</span>
        <select
          value={current}
          data-testid="zoom-select"
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            api.setZoom(v === 'fit' ? 'fit' : Number(v));
          }}
        >
          <option value="fit">{fit ? `${t('fitWidth')} (${percent} %)` : t('fitWidth')}</option>
          {!fit && !ZOOM_STEPS.includes(zoom) && <option value={String(zoom)}>{percent} %</option>}
          {ZOOM_STEPS.map((z) => (
            <option key={z} value={String(z)}>
              {Math.round(z * 100)} %
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => api.zoomBy(1)}
        disabled={zoom >= ZOOM_STEPS.at(-1)!}
        title={t('zoomIn')}
      >
        <span aria-hidden="true">+</span>
        <span class="sr-only">{t('zoomIn')}</span>
      </button>
    </span>
  );
}

export function Toolbar({ state, api }: { state: ChromeState; api: ViewerApi }) {
  return (
    <header class="pdf-toolbar">
      <div class="pdf-doc">
        <h1 class="pdf-title" title={state.title}>
          {state.title}
        </h1>
        <p class="pdf-source">
          <span>{t('source')}: </span>
          <a
            href={state.url}
            data-testid="original-url"
            rel="noreferrer noopener"
            title={state.url}
            onClick={(e) => {
              // A plain click leaves for the browser's viewer; modified clicks keep their usual meaning.
              if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
              e.preventDefault();
              api.openInBrowser();
            }}
          >
            {displayUrl(state.url)}
          </a>
          <button
            type="button"
            class="link-button"
            onClick={() => api.openInBrowser()}
            data-testid="open-in-browser"
          >
            {t('openInBrowser')}
          </button>
        </p>
      </div>
      <nav class="pdf-controls" aria-label={t('toolbar')}>
        <PageField page={state.page} pageCount={state.pageCount} api={api} />
        <ZoomControls zoom={state.zoom} fit={state.fit} api={api} />
        <span class="pdf-highlightnav">
          <button
            type="button"
            onClick={() => api.focusHighlight(-1)}
            title={`${t('highlightPrevious')} (Alt+Shift+P)`}
          >
            <span aria-hidden="true">⟨</span>
            <span class="sr-only">{t('highlightPrevious')}</span>
          </button>
          <button
            type="button"
            onClick={() => api.focusHighlight(1)}
            title={`${t('highlightNext')} (Alt+Shift+N)`}
          >
            <span aria-hidden="true">⟩</span>
            <span class="sr-only">{t('highlightNext')}</span>
          </button>
        </span>
        <button
          type="button"
          onClick={() => (state.find.open ? api.closeFind() : api.openFind())}
          aria-expanded={state.find.open}
          aria-controls="pdf-find"
        >
          {t('find')}
        </button>
      </nav>
    </header>
  );
}
