/** Zoom levels of the viewer (1 = 100 %, a PDF point at 96/72 CSS pixels). */

/** Steps of the toolbar's buttons and the keyboard shortcuts. */
export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];

/** A zoom level, or 'fit': the page's width follows the window's. */
export type Zoom = number | 'fit';

/** The next step in `direction` from `zoom`, or undefined at the end. */
export function nextZoom(zoom: number, direction: 1 | -1): number | undefined {
  return direction > 0
    ? ZOOM_STEPS.find((z) => z > zoom + 1e-3)
    : [...ZOOM_STEPS].reverse().find((z) => z < zoom - 1e-3);
}
