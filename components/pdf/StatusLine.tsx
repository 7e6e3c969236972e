/**
 * What the viewer is doing, announced politely: reading pages, done, which
 * pages are images, and when the reader switched 1325 Lens off for the site.
 */
import { translator } from '../../lib/i18n';
import { pdf } from '../../lib/i18n/catalog/pdf';
import type { ChromeState } from './api';

const t = translator(pdf);

export function StatusLine({ state }: { state: ChromeState }) {
  const reading = state.read < state.pageCount;
  return (
    <div class="pdf-status" role="status" data-testid="pdf-status">
      {state.disabledSite ? <p class="pdf-disabled">{t('disabled', { site: state.disabledSite })}</p> : null}
      <p>
        {reading
          ? t('reading', { page: state.read + 1, count: state.pageCount })
          : t('read', { count: state.pageCount })}
        {state.pagesWithoutText.length > 0 ? (
          <span data-testid="pages-without-text">
            {' '}
            · {t('imagePages', { pages: state.pagesWithoutText.join(', ') })}
          </span>
        ) : null}
      </p>
    </div>
  );
}
