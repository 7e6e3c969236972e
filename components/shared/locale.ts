/** The UI language the reader chose (or the browser's), applied to every `t` call. */
import { resolveLocale, setLocale, type Locale } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';

/** The UI language for the settings and the browser's languages; sets it for `t`. */
export function useLocale(settings: Settings | null): Locale {
  const locale = resolveLocale(settings?.uiLanguage, globalThis.navigator?.languages ?? []);
  setLocale(locale);
  return locale;
}
