/**
 * The viewer's keyboard shortcuts, as a pure function of a key event, so they
 * are tested without a browser. Page keys (PageUp/PageDown, Home/End, arrows)
 * scroll the pages natively; these add what a PDF reader expects. None is a
 * single letter, which screen readers use for their own navigation.
 */

export type KeyAction =
  | { type: 'find' }
  | { type: 'zoom'; direction: 1 | -1 }
  | { type: 'zoom-fit' }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'highlight'; direction: 1 | -1 };

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** True when focus is in a text field (its own keys win there). */
  inTextField: boolean;
}

/**
 * - Ctrl/⌘+F: find in the document (the browser's own find only sees rendered pages).
 * - Ctrl/⌘ + = / - / 0: zoom in, out, fit width (as the browser's PDF viewer does).
 * - Alt+↓ / Alt+↑: next / previous page.
 * - Alt+Shift+N / Alt+Shift+P: next / previous highlight.
 */
export function keyAction(e: KeyLike): KeyAction | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && (e.key === 'f' || e.key === 'F')) return { type: 'find' };
  if (mod && !e.altKey && (e.key === '=' || e.key === '+')) return { type: 'zoom', direction: 1 };
  if (mod && !e.altKey && (e.key === '-' || e.key === '_')) return { type: 'zoom', direction: -1 };
  if (mod && !e.altKey && e.key === '0') return { type: 'zoom-fit' };
  if (e.inTextField) return null;
  if (e.altKey && !mod && !e.shiftKey && e.key === 'ArrowDown') return { type: 'page', direction: 1 };
  if (e.altKey && !mod && !e.shiftKey && e.key === 'ArrowUp') return { type: 'page', direction: -1 };
  if (e.altKey && e.shiftKey && !mod && e.code === 'KeyN') return { type: 'highlight', direction: 1 };
  if (e.altKey && e.shiftKey && !mod && e.code === 'KeyP') return { type: 'highlight', direction: -1 };
  return null;
}
