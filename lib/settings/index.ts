/**
 * The reader's preferences, in extension storage (`storage.local`), versioned
 * with WXT storage items so a later shape can migrate the stored one. Every
 * context reads the same item and `watchSettings` applies changes live,
 * without a reload.
 */
import { storage } from 'wxt/utils/storage';
import type { Locale } from '../i18n';
import { THEME_IDS, type ThemeId } from '../model/themes';

export type HighlightKind = 'symbol' | 'term' | 'saved';

export interface Settings {
  /** Master switch. */
  enabled: boolean;
  /** Host names the reader switched 1325 Lens off for, e.g. `press.un.org`. */
  disabledSites: string[];
  /** Which kinds of highlight show on pages. */
  kinds: Record<HighlightKind, boolean>;
  /** Term highlights per theme. */
  themes: Record<ThemeId, boolean>;
  /** UI language; 'auto' follows the browser. */
  uiLanguage: 'auto' | Locale;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  kinds: { symbol: true, term: true, saved: true },
  themes: Object.fromEntries(THEME_IDS.map((t) => [t, true])) as Record<ThemeId, boolean>,
  uiLanguage: 'auto',
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Stored settings merged over the defaults (a partial or older value never breaks a reader). */
export async function loadSettings(): Promise<Settings> {
  return normalize(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalize({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `listener` whenever the settings change, in any context. Returns an unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(normalize(value)));
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

function normalize(value: Partial<Settings> | null | undefined): Settings {
  const v = value ?? {};
  return {
    enabled: v.enabled ?? DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(v.disabledSites) ? v.disabledSites.filter((s) => typeof s === 'string') : [],
    kinds: { ...DEFAULT_SETTINGS.kinds, ...v.kinds },
    themes: { ...DEFAULT_SETTINGS.themes, ...v.themes },
    uiLanguage: v.uiLanguage ?? DEFAULT_SETTINGS.uiLanguage,
  };
}
