/**
 * Why the PDF is not shown, in words, with the way on: the address itself
 * (where the browser's viewer can take over) when there is one.
 */
import { translator } from '../../lib/i18n';
import { pdf } from '../../lib/i18n/catalog/pdf';
import type { ViewerError } from './api';

const t = translator(pdf);

function message(error: ViewerError): string {
  switch (error.kind) {
    case 'missing':
      return t('errorMissing');
    case 'invalid':
      return t('errorInvalid', { value: error.value });
    case 'not-un':
      return t('errorNotUn', { value: error.value });
    case 'password':
      return t('errorPassword');
    case 'not-pdf':
      return t('errorNotPdf');
    case 'load':
      return t('errorLoad', { reason: error.reason });
  }
}

/** The http(s) address to offer, when the error has one. */
function addressOf(error: ViewerError): string | null {
  const value = 'url' in error ? error.url : 'value' in error ? error.value : null;
  return value && /^https?:\/\//i.test(value) ? value : null;
}

export function ErrorView({
  error,
  onOpenAddress,
}: {
  error: ViewerError;
  onOpenAddress: (url: string) => void;
}) {
  const address = addressOf(error);
  return (
    <main class="pdf-error" data-testid="pdf-error">
      <h1>1325 Lens</h1>
      <p role="alert">{message(error)}</p>
      {address ? (
        <p>
          <a
            href={address}
            rel="noreferrer noopener"
            onClick={(e) => {
              e.preventDefault();
              onOpenAddress(address);
            }}
          >
            {t('openAddress')}
          </a>
        </p>
      ) : null}
    </main>
  );
}
