/** The viewer's view contracts live with the viewer (lib/pdf/ui.ts); views import them from here. */
export type * from '../../lib/pdf/ui';
