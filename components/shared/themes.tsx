/** WPS themes as the views show them: the theme filter's choices, and a passage's themes as chips. */
import { THEME_IDS, type ThemeId } from '../../lib/model/themes';
import { t, themeLabel } from './labels';

/** "All themes", then every WPS theme by its name in the UI language (the value is its id). */
export function ThemeOptions() {
  return (
    <>
      <option value="">{t('filterAllThemes')}</option>
      {THEME_IDS.map((id) => (
        <option key={id} value={id}>
          {themeLabel(id)}
        </option>
      ))}
    </>
  );
}

/** A passage's themes, each a chip named in the UI language; nothing when it has none. */
export function ThemeChips({ themes }: { themes: readonly ThemeId[] }) {
  return themes.length > 0 ? (
    <ul class="chips" aria-label={t('themesLabel')}>
      {themes.map((id) => (
        <li key={id} class="chip" data-theme={id}>
          {themeLabel(id)}
        </li>
      ))}
    </ul>
  ) : null;
}
