/** Options page: renders the settings view against extension storage. */
import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { dirOf, translator } from '../../lib/i18n';
import { options } from '../../lib/i18n/catalog/options';
import { extensionOptionsApi } from '../../lib/settings/options-api';
import '../../components/theme.css';
import '../../components/options/options.css';

const t = translator(options);

render(
  <Options
    api={extensionOptionsApi()}
    browserLanguages={navigator.languages}
    onLocale={(locale) => {
      document.documentElement.lang = locale;
      document.documentElement.dir = dirOf(locale);
      document.title = t('title');
    }}
  />,
  document.getElementById('app')!,
);
