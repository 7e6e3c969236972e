/**
 * UI strings in the six UN languages, with one typed helper. The UI follows
 * the browser's language unless the reader chose another in the options
 * (chrome.i18n cannot switch language at run time, so catalogs are bundled
 * per area: `lib/i18n/catalog/<area>.ts`). `_locales/` only names the
 * extension in the browser's own UI.
 */
export const LOCALES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** key -> text in each language. `{name}` placeholders are filled by `t`. */
export type Messages = Record<string, Record<Locale, string>>;

/** Declares a catalog; the type keeps its keys, so `t` rejects unknown ones. */
export function defineMessages<const M extends Messages>(messages: M): M {
  return messages;
}

let current: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The UI language for a preference ('auto' follows the browser) and the browser's languages. */
export function resolveLocale(preference: string | undefined, browserLanguages: readonly string[]): Locale {
  if (isLocale(preference)) return preference;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

export function dirOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

export type Params = Record<string, string | number>;

function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** A `t(key, params)` for one catalog, reading the current locale at each call. */
export function translator<M extends Messages>(messages: M) {
  return (key: keyof M & string, params?: Params): string => {
    const entry = messages[key];
    return fill(entry?.[current] || entry?.en || key, params);
  };
}
