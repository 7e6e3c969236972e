/** The UN documents the page cites, each linking to undocs.org with a button for its card. */
import type { SymbolSummary } from '../../lib/messaging/protocol';
import { formatNumber, t } from '../shared/labels';

export function SymbolList({
  symbols,
  loading,
  onSymbol,
}: {
  symbols: SymbolSummary[];
  loading: boolean;
  onSymbol: (symbol: string) => void;
}) {
  return (
    <section aria-labelledby="symbols-heading" class="symbols-section">
      <h2 id="symbols-heading">{t('symbolsHeading', { count: formatNumber(symbols.length) })}</h2>
      {symbols.length === 0 ? (
        <p class="state">{loading ? t('stateLoading') : t('noSymbols')}</p>
      ) : (
        <ul class="symbols" data-testid="symbol-list">
          {symbols.map((s) => (
            <li key={s.canonical} data-symbol={s.canonical}>
              <a href={s.url} target="_blank" rel="noreferrer noopener" dir="ltr">
                {s.canonical}
              </a>
              {s.count > 1 && <span class="count"> ×{s.count}</span>}{' '}
              <button
                type="button"
                class="quiet"
                aria-label={t('symbolDetails', { symbol: s.canonical })}
                onClick={() => onSymbol(s.canonical)}
              >
                {t('details')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
