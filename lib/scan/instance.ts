/**
 * One content script per page, even when the extension is reloaded or updated
 * while the page stays open and our script is injected again.
 *
 * - Scripts of one extension share an isolated world in Chrome, so the
 *   running instance is kept on a global there: a new one stops the old one
 *   directly (which unwraps its marks).
 * - Where worlds are not shared (or the old instance died with its runtime),
 *   the new instance unwraps every mark of ours still in the page and removes
 *   our old UI hosts before it starts; the `data-wps-lens` attribute on the
 *   root element names the instance that owns the page's marks.
 * - An instance whose runtime is gone (`browser.runtime.id` undefined after a
 *   reload) stops as soon as anything wakes it.
 */
import { removeAllMarks } from '../highlight';
import { OWN_UI_ATTR } from './passages';

/** Root-element attribute naming the instance that annotates the page. */
export const INSTANCE_ATTR = 'data-wps-lens';

const KEY = Symbol.for('1325-lens.content-script');

interface Running {
  id: string;
  stop: () => void;
}

export interface Instance {
  id: string;
  /** Marks of an earlier instance that were removed at start. */
  leftovers: number;
  /** False once a newer instance took over or the extension's runtime is gone. */
  isCurrent: () => boolean;
  /** Gives the page up (on stop). */
  release: () => void;
}

/**
 * Takes the page over from any earlier instance. `alive` says whether the
 * extension runtime is still there; `stop` is what a newer instance calls.
 */
export function claimInstance(doc: Document, stop: () => void, alive: () => boolean): Instance {
  const scope = globalThis as unknown as Record<symbol, Running | undefined>;
  const previous = scope[KEY];
  if (previous) {
    try {
      previous.stop();
    } catch {
      // An instance from a dead runtime may throw on its way out; its marks go below.
    }
  }
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  scope[KEY] = { id, stop };
  // Only when an instance was here before (the attribute says so): on a fresh
  // page these two searches of the whole document would find nothing.
  let leftovers = 0;
  if (previous || doc.documentElement.hasAttribute(INSTANCE_ATTR)) {
    leftovers = doc.body ? removeAllMarks(doc.body) : 0;
    for (const host of doc.querySelectorAll(`[${OWN_UI_ATTR}]`)) host.remove();
  }
  doc.documentElement.setAttribute(INSTANCE_ATTR, id);
  return {
    id,
    leftovers,
    isCurrent: () => scope[KEY]?.id === id && alive(),
    release: () => {
      if (scope[KEY]?.id === id) scope[KEY] = undefined;
      if (doc.documentElement.getAttribute(INSTANCE_ATTR) === id)
        doc.documentElement.removeAttribute(INSTANCE_ATTR);
    },
  };
}
