/**
 * One passage of the page: its text, its themes, and, when selected, the
 * recommendations and resolution provisions it bears on, each with the why.
 * Clicking it (or its toggle, from the keyboard) selects it and scrolls the
 * page to it.
 */
import { memo } from 'preact/compat';
import type { PassageAnalysis } from '../../lib/link/types';
import type { PassageReport } from '../../lib/messaging/protocol';
import { recommendationLabel, t, themeLabel } from '../shared/labels';
import { ThemeChips } from '../shared/themes';
import { PassageText } from './PassageText';

export interface PassageItemProps {
  passage: PassageReport;
  /** Undefined until the passage is judged (in idle slices after the first paint). */
  analysis: PassageAnalysis | undefined;
  selected: boolean;
  lang: string;
  onSelect: (index: number) => void;
  onReveal: (index: number) => void;
  onSymbol: (symbol: string) => void;
}

function PassageItemView({
  passage,
  analysis,
  selected,
  lang,
  onSelect,
  onReveal,
  onSymbol,
}: PassageItemProps) {
  const detailsId = `passage-details-${passage.index}`;
  const choose = () => {
    onSelect(passage.index);
    onReveal(passage.index);
  };
  return (
    <article
      class={`passage${selected ? ' selected' : ''}`}
      data-passage-index={passage.index}
      aria-current={selected ? 'true' : undefined}
      onClick={(e) => {
        // Links and buttons inside do their own thing; a click elsewhere selects.
        if ((e.target as Element).closest('a, button:not(.passage-toggle)')) return;
        choose();
      }}
    >
      <h3 class="passage-heading">
        <button
          type="button"
          class="passage-toggle"
          aria-expanded={selected}
          aria-controls={detailsId}
          onClick={(e) => {
            e.stopPropagation();
            choose();
          }}
        >
          {t('passageLabel', { n: passage.index + 1 })}
          {passage.page !== undefined && ` · ${t('passagePage', { page: passage.page })}`}
        </button>
      </h3>
      <p class={`passage-text${selected ? '' : ' clamped'}`} lang={lang} dir="auto">
        <PassageText passage={passage} onSymbol={onSymbol} />
      </p>
      {analysis && <ThemeChips themes={analysis.themes} />}
      <div id={detailsId} class="passage-details" hidden={!selected}>
        {selected && analysis && <Links analysis={analysis} onSymbol={onSymbol} />}
      </div>
    </article>
  );
}

function Links({ analysis, onSymbol }: { analysis: PassageAnalysis; onSymbol: (symbol: string) => void }) {
  const reasons = analysis.themeReasons ?? [];
  return (
    <>
      {reasons.length > 0 && (
        <section class="links">
          <h4>{t('themesWhyHeading')}</h4>
          <ul class="ranked">
            {reasons.map((r) => (
              <li key={r.theme} data-theme-reason={r.theme}>
                <strong>{themeLabel(r.theme)}</strong> <span class="why">{r.why}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {analysis.recommendations.length === 0 && analysis.provisions.length === 0 && (
        <p class="muted">{t('noLinks')}</p>
      )}
      {analysis.recommendations.length > 0 && (
        <section class="links">
          <h4>{t('recommendationsHeading')}</h4>
          <ol class="ranked">
            {analysis.recommendations.map((r) => (
              <li key={r.id} data-recommendation={r.id}>
                <strong>{recommendationLabel(r.id)}</strong> <span class="why">{r.why}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {analysis.provisions.length > 0 && (
        <section class="links">
          <h4>{t('provisionsHeading')}</h4>
          <ol class="ranked">
            {analysis.provisions.map((p) => (
              <li key={`${p.symbol} ${p.paragraph}`} data-provision={`${p.symbol} ${p.paragraph}`}>
                <button type="button" class="symbol-ref" onClick={() => onSymbol(p.symbol)}>
                  {p.symbol}
                </button>{' '}
                <strong>{p.paragraph}</strong> <span class="why">{p.why}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** Re-renders only when what it shows changes (reports arrive often while a page is read). */
export const PassageItem = memo(
  PassageItemView,
  (a, b) =>
    a.selected === b.selected &&
    a.analysis === b.analysis &&
    a.passage.index === b.passage.index &&
    a.passage.text === b.passage.text &&
    a.passage.symbols.length === b.passage.symbols.length &&
    a.passage.terms.length === b.passage.terms.length &&
    a.onSymbol === b.onSymbol,
);
