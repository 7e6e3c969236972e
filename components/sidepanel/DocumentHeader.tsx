/** The document the page is: its canonical symbol, title and language. */
import type { PageReport } from '../../lib/messaging/protocol';
import { languageName, t } from '../shared/labels';

export function DocumentHeader({
  report,
  onSymbol,
}: {
  report: PageReport;
  onSymbol: (symbol: string) => void;
}) {
  const symbol = report.documentSymbol;
  return (
    <section class="document" aria-label={t('documentLabel')}>
      <p class="doc-title">{report.title || report.url}</p>
      <dl class="doc-facts">
        <dt>{t('docSymbol')}</dt>
        <dd data-testid="document-symbol">
          {symbol ? (
            <button type="button" class="symbol-ref" onClick={() => onSymbol(symbol)}>
              {symbol}
            </button>
          ) : (
            <span class="muted">{t('docNoSymbol')}</span>
          )}
        </dd>
        {report.lang && report.lang !== 'und' && (
          <>
            <dt>{t('docLanguage')}</dt>
            <dd>{languageName(report.lang)}</dd>
          </>
        )}
        {report.pdf && (
          <>
            <dt>{t('docPages')}</dt>
            <dd>{report.pdf.pageCount}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
