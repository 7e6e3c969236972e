/**
 * The page's passages that carry themes or symbols, filtered by theme and by
 * kind, a window at a time (GrowingList). Passages show their themes as soon
 * as the idle judging reaches them; the theme filter judges all at once.
 */
import { useMemo, useState } from 'preact/hooks';
import type { PageReport, PassageReport } from '../../lib/messaging/protocol';
import type { ThemeId } from '../../lib/model/themes';
import type { AnalysisCache } from '../../lib/panel/analysis-cache';
import { GrowingList } from '../shared/GrowingList';
import { formatNumber, t } from '../shared/labels';
import { Select } from '../shared/Select';
import { ThemeOptions } from '../shared/themes';
import { PassageItem } from './PassageItem';

export type PassageKind = 'all' | 'symbols' | 'terms';

/** Passages built per window: a narrow panel shows about ten, so fifty leave room to scroll. */
export const PANEL_WINDOW = 50;

export interface PassageListProps {
  report: PageReport;
  cache: AnalysisCache;
  selected: number | null;
  onSelect: (index: number) => void;
  onReveal: (index: number) => void;
  onSymbol: (symbol: string) => void;
  pageSize?: number;
}

export function PassageList({
  report,
  cache,
  selected,
  onSelect,
  onReveal,
  onSymbol,
  pageSize,
}: PassageListProps) {
  const [theme, setTheme] = useState<ThemeId | ''>('');
  const [kind, setKind] = useState<PassageKind>('all');
  const options = useMemo(
    () => ({
      lang: report.lang,
      ...(report.documentSymbol ? { documentSymbol: report.documentSymbol } : {}),
    }),
    [report.lang, report.documentSymbol],
  );

  const shown = useMemo(() => {
    const byKind = (p: PassageReport) =>
      kind === 'all' || (kind === 'symbols' ? p.symbols.length > 0 : p.terms.length > 0);
    return report.passages.filter(
      (p) => byKind(p) && (!theme || cache.get(p.text, options).themes.includes(theme)),
    );
  }, [report.passages, kind, theme, cache, options]);

  const revealAt = selected === null ? undefined : shown.findIndex((p) => p.index === selected);

  return (
    <section aria-labelledby="passages-heading" class="passages">
      <h2 id="passages-heading">{t('passagesHeading', { count: formatNumber(report.passages.length) })}</h2>
      <div class="filters">
        <Select
          id="filter-theme"
          label={t('filterTheme')}
          value={theme}
          onChange={(v) => setTheme(v as ThemeId | '')}
        >
          <ThemeOptions />
        </Select>
        <Select
          id="filter-kind"
          label={t('filterKind')}
          value={kind}
          onChange={(v) => setKind(v as PassageKind)}
        >
          <option value="all">{t('kindAll')}</option>
          <option value="symbols">{t('kindSymbols')}</option>
          <option value="terms">{t('kindTerms')}</option>
        </Select>
      </div>
      {shown.length === 0 ? (
        <p class="state">{t('passagesNone')}</p>
      ) : (
        <GrowingList
          items={shown}
          keyOf={(p) => p.index}
          label={t('passagesListLabel')}
          class="passage-list"
          testId="passage-list"
          pageSize={pageSize ?? PANEL_WINDOW}
          {...(revealAt !== undefined && revealAt >= 0 ? { reveal: revealAt } : {})}
          render={(p) => (
            <PassageItem
              passage={p}
              // Judged in idle slices (useDocumentAnalysis), so the list paints at once;
              // a selected passage is judged now, since its links are what the reader asked for.
              analysis={
                p.index === selected || cache.has(p.text, options) ? cache.get(p.text, options) : undefined
              }
              selected={p.index === selected}
              lang={report.lang}
              onSelect={onSelect}
              onReveal={onReveal}
              onSymbol={onSymbol}
            />
          )}
        />
      )}
    </section>
  );
}
