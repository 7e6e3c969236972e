/** Side panel page: renders the panel against the real extension. */
import { render } from 'preact';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import { extensionPanelApi } from '../../lib/panel/extension-api';
import '../../components/theme.css';
import '../../components/shared/lens.css';

render(<SidePanel api={extensionPanelApi(window.location)} />, document.getElementById('app')!);
