/**
 * The knowledge base's card for a symbol: summary, key provisions, date, vote
 * and the undocs.org link; for a symbol the knowledge base does not have, the
 * link and a plain statement that there is no card yet.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PanelApi } from '../../lib/panel/api';
import { undocsUrl } from '../../lib/symbols';
import { formatDate, t } from '../shared/labels';

export function KbCard({ symbol, api, onClose }: { symbol: string; api: PanelApi; onClose: () => void }) {
  const doc = api.kbDocument(symbol);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [symbol]);
  return (
    <section
      class="kb-card"
      aria-labelledby="kb-card-heading"
      data-testid="kb-card"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h2 id="kb-card-heading" tabIndex={-1} ref={heading}>
        {symbol}
      </h2>
      {doc ? (
        <>
          <p class="kb-title">{doc.title}</p>
          <dl class="doc-facts">
            {doc.date && (
              <>
                <dt>{t('kbDate')}</dt>
                <dd>{formatDate(doc.date)}</dd>
              </>
            )}
            {doc.vote && (
              <>
                <dt>{t('kbVote')}</dt>
                <dd>{doc.vote}</dd>
              </>
            )}
          </dl>
          <p class="kb-summary">{doc.summary}</p>
          {doc.provisions.length > 0 && (
            <>
              <h3>{t('kbProvisions')}</h3>
              <ul class="provisions">
                {doc.provisions.map((p) => (
                  <li key={p.paragraph}>
                    <strong>{p.paragraph}</strong> {p.summary}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p class="muted">{t('kbNotKnown')}</p>
      )}
      <p class="actions">
        <a href={undocsUrl(symbol)} target="_blank" rel="noopener noreferrer">
          {t('kbOpenUndocs')}
        </a>{' '}
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </p>
    </section>
  );
}
