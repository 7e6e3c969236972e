/**
 * The card a highlight shows on hover or keyboard focus: for a symbol, what
 * the knowledge base knows (title, date, summary) and its undocs.org link;
 * for a term, the term and its themes; both offer "Show in side panel".
 * Escape closes it. Text only: nothing from the document is rendered as HTML.
 */
import { useEffect, useState } from 'preact/hooks';
import { translator } from '../../lib/i18n';
import { pdf } from '../../lib/i18n/catalog/pdf';
import type { KbCard } from '../../lib/messaging/protocol';
import type { CardApi, CardPosition, CardSubject } from './api';

const t = translator(pdf);

export function MarkCard({
  subject,
  position,
  api,
}: {
  subject: CardSubject;
  position: CardPosition;
  api: CardApi;
}) {
  const [card, setCard] = useState<KbCard | null>(null);
  const symbol = subject.kind === 'symbol' ? subject.symbol : null;
  useEffect(() => {
    setCard(null);
    if (!symbol) return;
    let live = true;
    void api
      .lookup(symbol)
      .then((found) => live && setCard(found))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [symbol, api]);

  return (
    <div
      class="pdf-card"
      role="dialog"
      aria-label={subject.kind === 'symbol' ? subject.symbol : subject.text}
      data-testid="mark-card"
      style={
        'top' in position
          ? { top: `${position.top}px`, left: `${position.left}px` }
          : { bottom: `${position.bottom}px`, left: `${position.left}px` }
      }
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          api.close();
        }
      }}
    >
      {subject.kind === 'symbol' ? (
        <>
          <h2>{card?.title ?? t('cardUnknown', { symbol: subject.symbol })}</h2>
          <p class="pdf-card-symbol">
            {subject.symbol}
            {card?.date ? <span class="muted"> · {card.date}</span> : null}
          </p>
          {card?.summary ? <p>{card.summary}</p> : null}
          {subject.url ? (
            <p>
              <a href={subject.url} target="_blank" rel="noreferrer noopener">
                {t('cardUndocs')}
              </a>
            </p>
          ) : null}
        </>
      ) : (
        <p>{t('cardTerm', { term: subject.text, themes: subject.themes.join(', ') })}</p>
      )}
      <p class="pdf-card-actions">
        <button type="button" onClick={() => api.showInPanel(subject)}>
          {t('cardShowInPanel')}
        </button>
        <button type="button" onClick={() => api.close()}>
          {t('cardClose')}
        </button>
      </p>
    </div>
  );
}
