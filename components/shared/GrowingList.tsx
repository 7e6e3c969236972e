/**
 * A long list rendered a window at a time: the first `pageSize` items at once,
 * more as the reader scrolls near the end, and a "Show more" button that does
 * the same from the keyboard or a screen reader. Every item stays reachable and
 * items already shown stay in the document, so the browser's find, focus order
 * and reading order work as on any list. The panel shows 2,000 passages this
 * way without building 2,000 items before the first paint.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, t } from './labels';

export interface GrowingListProps<T> {
  items: T[];
  keyOf: (item: T) => string | number;
  render: (item: T, index: number) => ComponentChildren;
  pageSize?: number;
  /** An item index that must be shown (e.g. the passage the page focused). */
  reveal?: number;
  class?: string;
  label: string;
  testId?: string;
}

export function GrowingList<T>({
  items,
  keyOf,
  render,
  pageSize = 100,
  reveal,
  label,
  testId,
  ...rest
}: GrowingListProps<T>) {
  const [limit, setLimit] = useState(pageSize);
  const sentinel = useRef<HTMLLIElement>(null);
  const shown = Math.min(items.length, Math.max(limit, reveal !== undefined ? reveal + 1 : 0));
  const hidden = items.length - shown;

  // Grow when the end comes into view (the window's own scrolling).
  useEffect(() => {
    const node = sentinel.current;
    if (!node || hidden <= 0 || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setLimit((l) => Math.max(l, shown) + pageSize);
      },
      { rootMargin: '600px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [hidden, shown, pageSize]);

  return (
    <>
      <ul class={rest.class} aria-label={label} data-testid={testId}>
        {items.slice(0, shown).map((item, i) => (
          <li key={keyOf(item)}>{render(item, i)}</li>
        ))}
        {hidden > 0 && <li ref={sentinel} class="sentinel" aria-hidden="true" />}
      </ul>
      {hidden > 0 && (
        <p class="more">
          <span>{t('showingOf', { shown: formatNumber(shown), total: formatNumber(items.length) })}</span>{' '}
          <button type="button" onClick={() => setLimit(shown + pageSize)}>
            {t('showMore', { count: formatNumber(Math.min(pageSize, hidden)) })}
          </button>
        </p>
      )}
    </>
  );
}
