/** Translated names for theme and recommendation ids, and small formatting helpers. */
import { getLocale, translator } from '../../lib/i18n';
import { panel } from '../../lib/i18n/catalog/panel';
import type { RecommendationId, ThemeId } from '../../lib/model/themes';

export const t = translator(panel);

export function themeLabel(id: ThemeId): string {
  return t(`theme.${id}`);
}

export function recommendationLabel(id: RecommendationId): string {
  return t(`rec.${id}`);
}

/** A language tag's name in the UI language ("fr" -> "French"), or the tag itself. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([getLocale()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A date in the UI language. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium' }).format(d);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(getLocale()).format(n);
}

/** The start of a long text, cut at a word, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
