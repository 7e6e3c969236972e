/**
 * The settings a backup may carry, taken field by field: a backup file is
 * untrusted input, so only known keys with the right types are applied and
 * everything else is ignored.
 */
import { isLocale } from '../i18n';
import { THEME_IDS } from '../model/themes';
import type { HighlightKind, Settings } from '../settings';

const KINDS: readonly HighlightKind[] = ['symbol', 'term', 'saved'];

function booleans<K extends string>(
  value: unknown,
  keys: readonly K[],
): Partial<Record<K, boolean>> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Partial<Record<K, boolean>> = {};
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (Object.hasOwn(value, key) && typeof v === 'boolean') out[key] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The part of `value` that is valid settings, or null when nothing is. */
export function pickSettings(value: unknown): Partial<Settings> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const out: Partial<Settings> = {};
  if (typeof v.enabled === 'boolean') out.enabled = v.enabled;
  if (Array.isArray(v.disabledSites)) {
    out.disabledSites = v.disabledSites
      .filter((s): s is string => typeof s === 'string' && /^[a-z0-9.-]{1,253}$/i.test(s))
      .slice(0, 1000);
  }
  const kinds = booleans(v.kinds, KINDS);
  if (kinds) out.kinds = kinds as Settings['kinds'];
  const themes = booleans(v.themes, THEME_IDS);
  if (themes) out.themes = themes as Settings['themes'];
  if (v.uiLanguage === 'auto' || isLocale(v.uiLanguage)) out.uiLanguage = v.uiLanguage;
  return Object.keys(out).length ? out : null;
}
