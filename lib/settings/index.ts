/**
 * The reader's preferences, in extension storage (`storage.local`), versioned
 * with WXT storage items so a later shape can migrate the stored one. Every
 * context reads the same item and `watchSettings` applies changes live,
 * without a reload.
 */
import { storage } from 'wxt/utils/storage';
import { isLocale, type Locale } from '../i18n';
import { THEME_IDS, type ThemeId } from '../model/themes';

export type HighlightKind = 'symbol' | 'term' | 'saved';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['symbol', 'term', 'saved'];

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
  /** Open PDFs from UN hosts in 1325 Lens's own viewer instead of the browser's. */
  pdfRedirect: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  kinds: { symbol: true, term: true, saved: true },
  themes: Object.fromEntries(THEME_IDS.map((t) => [t, true])) as Record<ThemeId, boolean>,
  uiLanguage: 'auto',
  pdfRedirect: true,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/**
 * Developer switch, not shown in the options: the content script records
 * `performance` marks and measures for each slice (`npm run bench:annotate`
 * turns it on in its own browser profile).
 */
export const debugTimingItem = storage.defineItem<boolean>('local:debugTiming', { fallback: false });

/** Stored settings merged over the defaults (a partial or older value never breaks a reader). */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `listener` whenever the settings change, in any context. Returns an unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(normalizeSettings(value)));
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(normalizeHost(hostname) ?? hostname);
}

/** Switches 1325 Lens on or off for one site (a host name or a URL). */
export async function setSiteEnabled(site: string, enabled: boolean): Promise<Settings> {
  const host = normalizeHost(site);
  if (!host) throw new Error(`Not a site: ${site}`);
  const current = await loadSettings();
  const others = current.disabledSites.filter((s) => s !== host);
  return saveSettings({ disabledSites: enabled ? others : [...others, host].sort() });
}

/**
 * The host name a reader means by `input` ("press.un.org", "https://press.un.org/en/…",
 * "Press.UN.org."), or null when it is not one.
 */
export function normalizeHost(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.toLowerCase().replace(/\.$/, '');
  // Host names only: letters, digits, hyphens and dots, at least one dot (or localhost).
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) || (!host.includes('.') && host !== 'localhost')) return null;
  return host;
}

/** Any stored value made into valid settings: unknown keys dropped, wrong types replaced by defaults. */
export function normalizeSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const flags = <K extends string>(stored: unknown, defaults: Record<K, boolean>): Record<K, boolean> => {
    const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(defaults).map(([k, d]) => [k, typeof s[k] === 'boolean' ? s[k] : d]),
    ) as Record<K, boolean>;
  };
  const sites = Array.isArray(v.disabledSites)
    ? v.disabledSites.flatMap((s) => (typeof s === 'string' ? (normalizeHost(s) ?? []) : []))
    : [];
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: [...new Set(sites)],
    kinds: flags(v.kinds, DEFAULT_SETTINGS.kinds),
    themes: flags(v.themes, DEFAULT_SETTINGS.themes),
    uiLanguage:
      v.uiLanguage === 'auto' || isLocale(v.uiLanguage) ? v.uiLanguage : DEFAULT_SETTINGS.uiLanguage,
    pdfRedirect: typeof v.pdfRedirect === 'boolean' ? v.pdfRedirect : DEFAULT_SETTINGS.pdfRedirect,
  };
}
