/**
 * Yielding to the browser between slices of work, so scrolling and input
 * never wait on the viewer's reading and highlighting.
 */

/** Resolves in idle time where the browser has it (within 200 ms), else after a macrotask. */
export function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 0);
  });
}
