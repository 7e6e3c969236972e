/**
 * The reader's side of the highlights: hover or focus a mark and its card
 * shows; Alt+Shift+N / Alt+Shift+P move to the next / previous highlight
 * (not single keys, which screen readers use for their own navigation);
 * Enter on a focused highlight moves into its card; Escape closes it;
 * selecting text offers "Save passage".
 *
 * Only trusted events count: a page dispatching synthetic mouse, focus or key
 * events at our marks cannot open cards, move focus or save anything. Marks
 * the page made to look like ours are unknown to us and ignored.
 */
import { MARK_SELECTOR } from '../highlight';
import type { Anchor, CardApi, CardTarget, CardViewProps } from './card-api';
import { isSkipped } from './passages';

/**
 * Where the card lives: a shadow root the entrypoint creates on first use,
 * rendering the card view (components/inpage/Card) into it.
 */
export interface CardSurface {
  /** The element in the page that hosts the shadow root (events from inside are retargeted to it). */
  host: HTMLElement;
  /** Shows the card with these props, or nothing. */
  render(props: CardViewProps | null): void;
  remove(): void;
}

export interface CardControllerOptions {
  doc: Document;
  /** What a mark of ours stands for, or null for anything else. */
  describe: (mark: Element) => CardTarget | null;
  createSurface: () => Promise<CardSurface>;
  api: Omit<CardApi, 'close'>;
  /** The reader focused or clicked a highlight of this passage. */
  onFocusPassage: (passageIndex: number) => void;
  /** False once this content script is no longer the page's (stop at once). */
  isCurrent: () => boolean;
  signal: AbortSignal;
}

const SHOW_DELAY = 250;
const HIDE_DELAY = 350;

interface Open {
  target: CardTarget;
  /** The mark the card belongs to (null for a selection card). */
  mark: Element | null;
  anchor: Anchor;
  /** Opened by focus, click or keyboard: stays until dismissed. */
  pinned: boolean;
  focusOnOpen: boolean;
}

export class CardController {
  private surface: Promise<CardSurface> | null = null;
  private open: Open | null = null;
  private showTimer: ReturnType<typeof setTimeout> | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private lastNavigated: Element | null = null;
  private host: HTMLElement | null = null;
  private readonly reducedMotion: MediaQueryList | null;

  constructor(private readonly options: CardControllerOptions) {
    const { doc, signal } = options;
    const view = doc.defaultView;
    this.reducedMotion = view?.matchMedia?.('(prefers-reduced-motion: reduce)') ?? null;
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      doc.addEventListener(type, (e) => this.guard(e, fn), {
        capture: true,
        passive: type !== 'keydown',
        signal,
      });
    on('mouseover', (e) => this.onOver(e));
    on('mouseout', (e) => this.onOut(e));
    on('focusin', (e) => this.onFocus(e));
    on('mousedown', (e) => this.onPointerDown(e));
    on('click', (e) => this.onClick(e));
    on('keydown', (e) => this.onKey(e));
    on('mouseup', () => this.onSelectionEnd());
    on('keyup', (e) => {
      if (e.shiftKey || e.key === 'Shift') this.onSelectionEnd();
    });
    on('selectionchange', () => this.onSelectionChange());
    view?.addEventListener('resize', () => this.hide(), { passive: true, signal });
    view?.addEventListener('scroll', () => this.reposition(), { capture: true, passive: true, signal });
    signal.addEventListener('abort', () => this.destroy());
  }

  /** Removes the card and its shadow root from the page. */
  destroy(): void {
    this.clearTimers();
    this.open = null;
    const surface = this.surface;
    this.surface = null;
    void surface?.then((s) => {
      s.render(null);
      s.remove();
    });
  }

  /** Re-renders the open card (e.g. the UI language changed). */
  refresh(): void {
    if (this.open) void this.paint();
  }

  /** Moves focus to the next (or previous) highlight of ours; returns it, or null when there is none. */
  navigate(direction: 1 | -1): Element | null {
    const { doc } = this.options;
    const marks = this.navigableMarks();
    if (marks.length === 0) return null;
    const active = doc.activeElement;
    const from =
      active && marks.includes(active) ? active : this.lastNavigated?.isConnected ? this.lastNavigated : null;
    let index: number;
    if (from) {
      const at = marks.indexOf(from);
      index = at >= 0 ? at + direction : direction > 0 ? 0 : marks.length - 1;
    } else {
      // From the viewport: the first highlight below its top (or the last above it).
      const firstBelow = marks.findIndex((m) => m.getBoundingClientRect().top >= 0);
      index =
        direction > 0 ? (firstBelow < 0 ? 0 : firstBelow) : (firstBelow <= 0 ? marks.length : firstBelow) - 1;
    }
    index = (index + marks.length) % marks.length;
    const mark = marks[index]!;
    this.lastNavigated = mark;
    if (!mark.hasAttribute('tabindex')) mark.setAttribute('tabindex', '-1');
    (mark as HTMLElement).focus({ preventScroll: true });
    mark.scrollIntoView({ block: 'center', behavior: this.reducedMotion?.matches ? 'auto' : 'smooth' });
    return mark;
  }

  // ---- events ------------------------------------------------------------------

  private guard<E extends Event>(event: E, fn: (e: E) => void): void {
    if (!event.isTrusted) return;
    if (!this.options.isCurrent()) return;
    fn(event);
  }

  private markAt(target: EventTarget | null): Element | null {
    const el = target instanceof Element ? target : null;
    const mark = el?.closest(MARK_SELECTOR) ?? null;
    return mark && this.options.describe(mark) ? mark : null;
  }

  private isOurHost(target: EventTarget | null): boolean {
    return !!target && this.hostElement() === target;
  }

  private onOver(event: MouseEvent): void {
    if (this.isOurHost(event.target)) {
      this.clearHide();
      return;
    }
    const mark = this.markAt(event.target);
    if (!mark) return;
    this.clearHide();
    if (this.open?.mark && this.options.describe(this.open.mark) === this.options.describe(mark)) return;
    if (this.open?.pinned) return;
    this.clearShow();
    this.showTimer = setTimeout(() => void this.show(mark, { pinned: false, focus: false }), SHOW_DELAY);
  }

  private onOut(event: MouseEvent): void {
    if (!this.markAt(event.target) && !this.isOurHost(event.target)) return;
    this.clearShow();
    if (this.open && !this.open.pinned) {
      this.clearHide();
      this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY);
    }
  }

  private onFocus(event: FocusEvent): void {
    if (this.isOurHost(event.target)) return;
    const mark = this.markAt(event.target);
    if (!mark) {
      if (this.open?.pinned && this.open.mark) this.hide();
      return;
    }
    this.focusPassage(mark);
    void this.show(mark, { pinned: true, focus: false });
  }

  private onPointerDown(event: MouseEvent): void {
    if (this.isOurHost(event.target) || this.markAt(event.target)) return;
    if (this.open) this.hide();
  }

  private onClick(event: MouseEvent): void {
    const mark = this.markAt(event.target);
    if (!mark) return;
    this.focusPassage(mark);
    // A highlight inside a link or button belongs to it: clicking follows the link.
    if ((event.target as Element).closest('a[href], button, [role="button"], label')) return;
    void this.show(mark, { pinned: true, focus: false });
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
      const direction = event.code === 'KeyN' ? 1 : event.code === 'KeyP' ? -1 : 0;
      if (direction !== 0) {
        if (this.navigate(direction)) event.preventDefault();
        return;
      }
    }
    if (event.key === 'Escape' && this.open) {
      const mark = this.open.mark;
      this.hide();
      if (mark && this.hostElement()?.contains(this.options.doc.activeElement)) (mark as HTMLElement).focus();
      return;
    }
    if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const active = this.options.doc.activeElement;
      const mark = this.markAt(active);
      if (mark && mark === active) {
        event.preventDefault();
        void this.show(mark, { pinned: true, focus: true });
      }
    }
  }

  private onSelectionEnd(): void {
    // After the browser has updated the selection for this mouseup/keyup.
    setTimeout(() => {
      if (!this.options.isCurrent()) return;
      const range = this.selectedRange();
      if (!range) return;
      if (this.open?.mark) {
        void this.paint(); // the open card gains "Save passage"
        return;
      }
      const rects = range.getClientRects();
      const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
      this.open = {
        target: { kind: 'selection', text: range.toString().replace(/\s+/g, ' ').trim().slice(0, 200) },
        mark: null,
        anchor: { top: last.top, left: last.left, bottom: last.bottom, right: last.right },
        pinned: true,
        focusOnOpen: false,
      };
      void this.paint();
    }, 0);
  }

  private onSelectionChange(): void {
    if (this.open?.target.kind === 'selection' && !this.selectedRange()) this.hide();
  }

  // ---- the card ------------------------------------------------------------------

  private async show(mark: Element, how: { pinned: boolean; focus: boolean }): Promise<void> {
    this.clearTimers();
    const target = this.options.describe(mark);
    if (!target || !mark.isConnected) return;
    this.open = {
      target,
      mark,
      anchor: anchorOf(mark),
      pinned: how.pinned || (this.open?.pinned ?? false),
      focusOnOpen: how.focus,
    };
    await this.paint();
  }

  private hide(): void {
    this.clearTimers();
    if (!this.open) return;
    this.open = null;
    void this.surface?.then((s) => s.render(null));
  }

  private reposition(): void {
    if (!this.open) return;
    if (this.open.mark?.isConnected) {
      this.open.anchor = anchorOf(this.open.mark);
      this.open.focusOnOpen = false;
      void this.paint();
    } else if (this.open.target.kind === 'selection') {
      this.hide();
    }
  }

  private async paint(): Promise<void> {
    const open = this.open;
    if (!open) return;
    this.surface ??= this.options.createSurface();
    const surface = await this.surface;
    this.host = surface.host;
    if (this.open !== open) return;
    const view = this.options.doc.defaultView;
    const api: CardApi = { ...this.options.api, close: () => this.closeFromCard() };
    surface.render({
      target: open.target,
      api,
      canSave: !!this.selectedRange(),
      scheme: schemeAt(open.mark ?? this.options.doc.body),
      anchor: open.anchor,
      focusOnOpen: open.focusOnOpen,
      viewport: { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 },
    });
  }

  private closeFromCard(): void {
    const mark = this.open?.mark;
    this.hide();
    if (mark?.isConnected) (mark as HTMLElement).focus({ preventScroll: true });
  }

  private focusPassage(mark: Element): void {
    const target = this.options.describe(mark);
    if (target && 'passageIndex' in target && target.passageIndex !== undefined) {
      this.options.onFocusPassage(target.passageIndex);
    }
  }

  // ---- helpers ---------------------------------------------------------------------

  private hostElement(): HTMLElement | null {
    return this.host;
  }

  /** Our marks in document order, one per highlight (a highlight over an inline element has several). */
  private navigableMarks(): Element[] {
    const out: Element[] = [];
    let previous: CardTarget | null = null;
    for (const mark of this.options.doc.querySelectorAll(MARK_SELECTOR)) {
      const target = this.options.describe(mark);
      if (!target) continue;
      // Nested marks (a saved passage around a symbol) and the pieces of one highlight count once.
      if (target === previous || mark.parentElement?.closest(MARK_SELECTOR)) continue;
      previous = target;
      out.push(mark);
    }
    return out;
  }

  /** The reader's selection over page text, or null (collapsed, in a form field, in our card). */
  private selectedRange(): Range | null {
    const selection = this.options.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (range.toString().trim().length < 2) return null;
    const container = range.commonAncestorContainer;
    const el = container.nodeType === 1 ? (container as Element) : container.parentElement;
    if (!el || !this.options.doc.body?.contains(el)) return null;
    for (let n: Element | null = el; n; n = n.parentElement) if (isSkipped(n)) return null;
    return range;
  }

  private clearShow(): void {
    if (this.showTimer !== null) clearTimeout(this.showTimer);
    this.showTimer = null;
  }

  private clearHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private clearTimers(): void {
    this.clearShow();
    this.clearHide();
  }
}

function anchorOf(mark: Element): Anchor {
  const r = mark.getBoundingClientRect();
  return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
}

/**
 * Light or dark card, from the background the highlight sits on (the first
 * opaque background up the tree), so the card is readable on dark pages
 * whatever the browser's own scheme; `prefers-color-scheme` decides when the
 * page paints no background of its own and asks for a dark canvas.
 */
export function schemeAt(el: Element | null): 'light' | 'dark' {
  const view = el?.ownerDocument.defaultView;
  if (!el || !view) return 'light';
  for (let n: Element | null = el; n; n = n.parentElement) {
    const rgba = parseColor(view.getComputedStyle(n).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  const rootScheme = view.getComputedStyle(el.ownerDocument.documentElement).colorScheme ?? '';
  const prefersDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return rootScheme.includes('dark') && (prefersDark || !rootScheme.includes('light')) ? 'dark' : 'light';
}

function parseColor(text: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(text);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
