/** The side panel: what 1325 Lens found on the page the reader is on. */
import { useEffect, useState } from 'preact/hooks';
import type { PageState, PanelApi } from '../../lib/panel/api';

export function SidePanel({ api }: { api: PanelApi }) {
  const [state, setState] = useState<PageState>({ kind: 'waiting' });
  useEffect(() => api.watchPage(setState), [api]);

  return (
    <main class="panel" aria-live="polite">
      <header class="panel-header">
        <h1>1325 Lens</h1>
      </header>
      {state.kind === 'waiting' && <p class="state">Reading the page…</p>}
      {state.kind === 'not-un' && (
        <p class="state">
          This page is not a UN document that 1325 Lens reads. Open a page on un.org or undocs.org.
        </p>
      )}
      {state.kind === 'report' && (
        <section aria-labelledby="symbols-heading">
          <p class="doc-title">{state.report.title}</p>
          <h2 id="symbols-heading">UN documents cited ({state.report.symbols.length})</h2>
          {state.report.symbols.length === 0 ? (
            <p class="state">
              {state.report.status === 'loading' ? 'Still reading…' : 'No UN document symbols on this page.'}
            </p>
          ) : (
            <ul class="symbols" data-testid="symbol-list">
              {state.report.symbols.map((s) => (
                <li key={s.canonical} data-symbol={s.canonical}>
                  <a href={s.url} target="_blank" rel="noreferrer noopener">
                    {s.canonical}
                  </a>
                  {s.count > 1 && <span class="count"> ×{s.count}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </main>
  );
}
