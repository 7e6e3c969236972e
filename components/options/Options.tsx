/**
 * The options page: 1325 Lens on or off for UN pages and per site, which kinds
 * of highlight and which themes show, and the UI language. Every change is
 * saved at once and open pages follow it live (lib/settings).
 */
import { useEffect, useState } from 'preact/hooks';
import { dirOf, LOCALES, resolveLocale, setLocale, translator, type Locale } from '../../lib/i18n';
import { inpage } from '../../lib/i18n/catalog/inpage';
import { LANGUAGE_NAMES, options } from '../../lib/i18n/catalog/options';
import { THEME_IDS, type ThemeId } from '../../lib/model/themes';
import { normalizeHost, type HighlightKind, type Settings } from '../../lib/settings';
import type { OptionsApi } from '../../lib/settings/options-api';

const t = translator(options);
const tInpage = translator(inpage);

export interface OptionsProps {
  api: OptionsApi;
  /** The browser's languages, for "as the browser". */
  browserLanguages: readonly string[];
  /** Called when the UI language changes (the page sets `lang`/`dir` on its root). */
  onLocale?: (locale: Locale) => void;
}

type Status = { text: string; error: boolean } | null;

export function Options({ api, browserLanguages, onLocale }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);

  const adopt = (next: Settings) => {
    const locale = resolveLocale(next.uiLanguage, browserLanguages);
    setLocale(locale);
    onLocale?.(locale);
    setSettings(next);
  };

  useEffect(() => {
    let live = true;
    void api.load().then((s) => live && adopt(s));
    const stop = api.watch((s) => live && adopt(s));
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  if (!settings) {
    return (
      <main class="options">
        <p role="status">{t('loading')}</p>
      </main>
    );
  }

  const save = async (patch: Partial<Settings>) => {
    // Shown at once; storage confirms (or the error says why not).
    setSettings({ ...settings, ...patch });
    try {
      adopt(await api.save(patch));
      setStatus({ text: t('saved'), error: false });
    } catch (error) {
      setStatus({
        text: t('saveFailed', { reason: String(error instanceof Error ? error.message : error) }),
        error: true,
      });
    }
  };

  const setKind = (kind: HighlightKind, on: boolean) => save({ kinds: { ...settings.kinds, [kind]: on } });
  const setTheme = (theme: ThemeId, on: boolean) => save({ themes: { ...settings.themes, [theme]: on } });

  const addSite = (event: Event) => {
    event.preventDefault();
    const host = normalizeHost(site);
    if (!host) {
      setSiteError(t('siteInvalid', { site: site.trim() }));
      return;
    }
    setSiteError(null);
    setSite('');
    if (!settings.disabledSites.includes(host))
      void save({ disabledSites: [...settings.disabledSites, host].sort() });
  };

  return (
    <main class="options">
      <h1>{t('title')}</h1>
      <p class="muted">{t('intro')}</p>

      <section aria-labelledby="pages-heading">
        <h2 id="pages-heading">{t('pagesHeading')}</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => void save({ enabled: e.currentTarget.checked })}
          />
          {t('enabled')}
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.pdfRedirect}
            onChange={(e) => void save({ pdfRedirect: e.currentTarget.checked })}
          />
          {t('pdfRedirect')}
        </label>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('sitesHeading')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('sitesNone')}</p>
        ) : (
          <ul class="sites" data-testid="disabled-sites">
            {settings.disabledSites.map((host) => (
              <li key={host} data-site={host}>
                <span dir="ltr">{host}</span>
                <button
                  type="button"
                  onClick={() =>
                    void save({ disabledSites: settings.disabledSites.filter((s) => s !== host) })
                  }
                >
                  {t('siteOn', { site: host })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={addSite} noValidate>
          <label for="site-input">{t('siteLabel')}</label>
          <div class="row">
            <input
              id="site-input"
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              dir="ltr"
              value={site}
              aria-invalid={siteError ? 'true' : undefined}
              aria-describedby={siteError ? 'site-error' : undefined}
              onInput={(e) => setSite(e.currentTarget.value)}
            />
            <button type="submit">{t('siteOff')}</button>
          </div>
          {siteError && (
            <p id="site-error" class="error" role="alert">
              {siteError}
            </p>
          )}
        </form>
      </section>

      <section>
        <fieldset>
          <legend>
            <h2>{t('kindsHeading')}</h2>
          </legend>
          {(['symbol', 'term', 'saved'] as const).map((kind) => (
            <label class="check" key={kind}>
              <input
                type="checkbox"
                name="kind"
                value={kind}
                checked={settings.kinds[kind]}
                onChange={(e) => void setKind(kind, e.currentTarget.checked)}
              />
              {t(kind === 'symbol' ? 'kindSymbol' : kind === 'term' ? 'kindTerm' : 'kindSaved')}
            </label>
          ))}
        </fieldset>
      </section>

      <section>
        <fieldset
          disabled={!settings.kinds.term}
          aria-describedby={settings.kinds.term ? undefined : 'themes-off'}
        >
          <legend>
            <h2>{t('themesHeading')}</h2>
          </legend>
          {!settings.kinds.term && (
            <p id="themes-off" class="muted">
              {t('themesOff')}
            </p>
          )}
          <div class="themes">
            {THEME_IDS.map((theme) => (
              <label class="check" key={theme}>
                <input
                  type="checkbox"
                  name="theme"
                  value={theme}
                  checked={settings.themes[theme]}
                  onChange={(e) => void setTheme(theme, e.currentTarget.checked)}
                />
                {tInpage(`theme.${theme}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('languageHeading')}</h2>
        <label for="language">{t('languageLabel')}</label>{' '}
        <select
          id="language"
          value={settings.uiLanguage}
          onChange={(e) => void save({ uiLanguage: e.currentTarget.value as Settings['uiLanguage'] })}
        >
          <option value="auto">{t('languageAuto')}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale} dir={dirOf(locale)}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </select>
      </section>

      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">{t('keysHeading')}</h2>
        <dl class="keys">
          <dt>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd>
          </dt>
          <dd>{t('keyNext')}</dd>
          <dt>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd>
          </dt>
          <dd>{t('keyPrevious')}</dd>
          <dt>
            <kbd>Enter</kbd>
          </dt>
          <dd>{t('keyCard')}</dd>
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>{t('keyClose')}</dd>
          <dt>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd>
          </dt>
          <dd>{t('keySave')}</dd>
        </dl>
      </section>

      <p class={status?.error ? 'status error' : 'status'} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
    </main>
  );
}
