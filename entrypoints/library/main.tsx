/** Library page: every saved passage, rendered against the real extension. */
import { render } from 'preact';
import { Library } from '../../components/library/Library';
import { extensionPanelApi } from '../../lib/panel/extension-api';
import '../../components/theme.css';
import '../../components/shared/lens.css';

render(<Library api={extensionPanelApi(window.location)} />, document.getElementById('app')!);
