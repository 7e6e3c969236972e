/**
 * The card shown over a page when the reader hovers or focuses a highlight,
 * or selects text: what the highlight is (a UN document with its knowledge
 * base summary, a WPS term with its themes and why), and what can be done
 * with it (open the document, show it in the side panel, save a passage).
 * Rendered in a Shadow DOM by the content script; props only.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { KbCard } from '../../lib/messaging/protocol';
import type { CardApi } from '../../lib/scan/card-api';
import type { ThemeId } from '../../lib/model/themes';
import { dirOf, getLocale, translator } from '../../lib/i18n';
import { inpage } from '../../lib/i18n/catalog/inpage';
import type { Anchor, CardViewProps } from '../../lib/scan/card-api';

const t = translator(inpage);

export interface CardProps extends CardViewProps {
  /**
   * Act only on events the browser made from the reader's input (default):
   * a page script clicking our buttons (`button.click()`) is ignored. Tests in
   * a DOM emulator, whose events are never trusted, pass false.
   */
  trustedOnly?: boolean;
}

type Status = { text: string; tone: 'info' | 'error' } | null;

export function Card({
  target,
  api,
  canSave,
  scheme,
  anchor,
  focusOnOpen,
  viewport,
  trustedOnly = true,
}: CardProps) {
  const root = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const locale = getLocale();

  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    setPosition(place(anchor, { width: el.offsetWidth, height: el.offsetHeight }, viewport));
  }, [anchor.top, anchor.left, anchor.bottom, anchor.right, viewport.width, viewport.height, target]);

  useEffect(() => {
    if (focusOnOpen) root.current?.querySelector<HTMLElement>('button, a[href]')?.focus();
  }, [focusOnOpen, target]);

  useEffect(() => setStatus(null), [target]);

  const user =
    (fn: () => void | Promise<void>) =>
    (event: Event): void => {
      if (trustedOnly && !event.isTrusted) return;
      void fn();
    };

  const onKeyDown = (event: KeyboardEvent) => {
    if (trustedOnly && !event.isTrusted) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      api.close();
    }
  };

  const showInPanel = async () => {
    setBusy(true);
    const opened = await api.showInPanel(target).catch(() => false);
    setBusy(false);
    setStatus(opened ? { text: t('panelOpened'), tone: 'info' } : { text: t('panelRefused'), tone: 'error' });
  };

  const save = async () => {
    setBusy(true);
    setStatus({ text: t('saving'), tone: 'info' });
    const outcome = await api.save().catch((error: unknown) => ({
      ok: false as const,
      reason: 'error' as const,
      message: String(error),
    }));
    setBusy(false);
    if (outcome.ok) setStatus({ text: t('saved'), tone: 'info' });
    else if (outcome.reason === 'no-selection') setStatus({ text: t('saveNoSelection'), tone: 'error' });
    else
      setStatus({
        text: t('saveFailed', { reason: outcome.message ?? t('saveUnavailable') }),
        tone: 'error',
      });
  };

  const title =
    target.kind === 'symbol'
      ? target.symbol
      : `“${target.text.length > 90 ? `${target.text.slice(0, 90).trimEnd()}…` : target.text}”`;
  const kindLabel =
    target.kind === 'symbol'
      ? t('kindSymbol')
      : target.kind === 'term'
        ? t('kindTerm')
        : target.kind === 'saved'
          ? t('kindSaved')
          : t('kindSelection');

  return (
    <div
      ref={root}
      class="card"
      role="dialog"
      aria-labelledby="lens-card-title"
      data-scheme={scheme}
      data-kind={target.kind}
      lang={locale}
      dir={dirOf(locale)}
      style={position ? { top: `${position.top}px`, left: `${position.left}px` } : { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      <div class="head">
        <p class="kind">{kindLabel}</p>
        <button type="button" class="close" aria-label={t('close')} onClick={user(() => api.close())}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id="lens-card-title" class="title" dir="auto">
        {title}
      </h2>
      {target.kind === 'symbol' && <SymbolBody symbol={target.symbol} api={api} />}
      {target.kind === 'term' && <TermBody text={target.text} themes={target.themes} />}
      {target.kind === 'saved' && <p class="body">{t('savedWhy')}</p>}
      <div class="actions">
        {target.kind === 'symbol' && target.url && (
          <a class="link" href={target.url} target="_blank" rel="noopener noreferrer">
            {t('openUndocs', { symbol: target.symbol })}
          </a>
        )}
        {target.kind !== 'selection' && (
          <button type="button" onClick={user(showInPanel)} disabled={busy}>
            {t('showInPanel')}
          </button>
        )}
        {(canSave || target.kind === 'selection') && (
          <button type="button" onClick={user(save)} disabled={busy}>
            {t('savePassage')}
          </button>
        )}
      </div>
      <p class={`status ${status?.tone ?? ''}`} role="status">
        {status?.text ?? ''}
      </p>
      {target.kind !== 'selection' && <p class="keys">{t('keys')}</p>}
    </div>
  );
}

function SymbolBody({ symbol, api }: { symbol: string; api: CardApi }) {
  const [kb, setKb] = useState<KbCard | null | 'loading'>('loading');
  useEffect(() => {
    let live = true;
    setKb('loading');
    api
      .lookup(symbol)
      .catch(() => null)
      .then((card) => {
        if (live) setKb(card);
      });
    return () => {
      live = false;
    };
  }, [symbol, api]);
  if (kb === 'loading') return <p class="body muted">{t('lookingUp')}</p>;
  if (!kb) return <p class="body muted">{t('notInKb')}</p>;
  return (
    <div class="body">
      <p class="kb-title" dir="auto">
        {kb.title}
      </p>
      {kb.date && <p class="muted">{t('adopted', { date: formatDate(kb.date, getLocale()) })}</p>}
      <p class="summary" dir="auto">
        {kb.summary}
      </p>
    </div>
  );
}

function TermBody({ text, themes }: { text: string; themes: ThemeId[] }) {
  if (themes.length === 0) return <p class="body">{t('termNoTheme', { text })}</p>;
  return (
    <div class="body">
      <p class="muted">{t('themes')}</p>
      <ul class="themes">
        {themes.map((theme) => (
          <li key={theme} data-theme={theme}>
            {t(`theme.${theme}`)}
          </li>
        ))}
      </ul>
      <p>{t('termWhy', { text })}</p>
    </div>
  );
}

/** An ISO date in the reader's language ("31 October 2000"); the ISO text when it does not parse. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Below the highlight when it fits, else above; always inside the viewport. */
export function place(
  anchor: Anchor,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const gap = 6;
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - size.height;
  const top =
    below + size.height <= viewport.height || above < 0
      ? Math.max(0, Math.min(below, viewport.height - size.height))
      : above;
  const left = Math.max(4, Math.min(anchor.left, viewport.width - size.width - 4));
  return { top: Math.round(top), left: Math.round(left) };
}
