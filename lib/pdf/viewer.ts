/**
 * The PDF viewer's pages: lays out a placeholder per page, renders pages as
 * they near the viewport (IntersectionObserver), highlights each page's
 * findings as its text layer appears (in idle-time slices, so scrolling never
 * waits on us), puts the PDF's own links over each page, frees pages far
 * from view, and answers navigation, zoom, find and "reveal this passage".
 *
 * The world comes in as arguments: the document, the scrolling element, the
 * pdf.js document and the text model.
 */
import type { HighlightRange } from '../highlight';
import type { PdfFinding } from './analyze';
import type { PdfModel, PageEntry } from './document';
import { findInPages, type FindMatch } from './find';
import { highlightPage, nonOverlappingGroups, selectionOffsets } from './highlight';
import type { LinkLayerOptions } from './link-layer';
import { resolveDest } from './links';
import { PageView, type HighlightGroup } from './page-view';
import { CSS_UNITS, type PDFDocumentProxy } from './pdfjs';
import type { SavedPlacement } from './saved';
import { SelectionGuard } from './selection';
import { idle } from './schedule';
import { nextZoom, ZOOM_STEPS, type Zoom } from './zoom';

/** Rendered pages kept at most; farther ones go back to placeholders. */
const MAX_RENDERED = 12;
/** Findings wrapped per slice: a slice stays well under 50 ms even on a dense page. */
const FINDINGS_PER_SLICE = 20;
/** Gap between pages, in CSS pixels (matches the stylesheet). */
const PAGE_GAP = 16;

export type { Zoom } from './zoom';

export interface ViewerSnapshot {
  page: number;
  pageCount: number;
  /** Effective zoom (1 = 100 %), and whether it follows the window's width. */
  zoom: number;
  fit: boolean;
  find: { query: string; total: number; current: number };
}

export interface ViewerOptions {
  doc: Document;
  /** The element holding the pages. */
  container: HTMLElement;
  /** The element that scrolls (the viewer's main area). */
  scroller: HTMLElement;
  pdf: PDFDocumentProxy;
  model: PdfModel;
  /** Highlight findings (false when the reader switched the site off). */
  annotate: boolean;
  label: (page: number) => string;
  imageNotice: string;
  /** Shown on a page pdf.js failed to render. */
  errorNotice: string;
  /** Accessible names of the PDF's links. */
  linkLabels: Pick<LinkLayerOptions, 'externalLabel' | 'internalLabel'>;
  onChange: (snapshot: ViewerSnapshot) => void;
  /** Timings for the benchmark: 'text-layer' and 'highlight', per page, in ms. */
  onTiming?: (kind: 'text-layer' | 'highlight', page: number, ms: number) => void;
  pixelRatio?: number;
}

export class PdfViewer {
  private readonly views: PageView[] = [];
  private observer: IntersectionObserver | null = null;
  private readonly near = new Set<number>();
  private readonly queue = new Set<number>();
  private running = false;
  private zoom = 1;
  private fit = true;
  private current = 1;
  private saved: SavedPlacement[] = [];
  private matches: FindMatch[] = [];
  private matchIndex = -1;
  private query = '';
  private readonly abort = new AbortController();
  private scrollTicking = false;
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly selectionGuard: SelectionGuard;

  constructor(private readonly options: ViewerOptions) {
    this.selectionGuard = new SelectionGuard(options.doc);
  }

  get pageCount(): number {
    return this.options.pdf.numPages;
  }

  get scale(): number {
    return this.zoom * CSS_UNITS;
  }

  /** Lays out every page at the first page's size (corrected as pages are read) and starts observing. */
  async start(initialPage = 1): Promise<void> {
    const { doc, container, pdf } = this.options;
    const first = await pdf.getPage(1);
    const { width, height } = first.getViewport({ scale: 1 });
    this.fit = true;
    this.zoom = this.fitZoom(width);
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const view = new PageView(n, doc, this.options.label(n), this.selectionGuard);
      view.setPoints(width, height, this.scale);
      this.views.push(view);
    }
    container.replaceChildren(...this.views.map((v) => v.el));
    container.style.setProperty('--scale-factor', String(this.scale));

    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), {
      root: this.options.scroller,
      // Render a screen ahead in both directions.
      rootMargin: '100% 0px',
    });
    for (const view of this.views) this.observer.observe(view.el);
    this.options.scroller.addEventListener('scroll', () => this.onScroll(), {
      passive: true,
      signal: this.abort.signal,
    });
    // Fit width follows the window, once it has stopped resizing.
    let resizing: ReturnType<typeof setTimeout> | undefined;
    doc.defaultView?.addEventListener(
      'resize',
      () => {
        clearTimeout(resizing);
        resizing = setTimeout(() => this.fit && this.setZoom('fit'), 200);
      },
      { signal: this.abort.signal },
    );
    if (initialPage > 1) this.goToPage(initialPage);
    this.emit();
  }

  /** Corrects a page's size once it is known (pages of one PDF may differ). */
  async sizePage(page: number): Promise<void> {
    const view = this.views[page - 1];
    if (!view) return;
    const proxy = await this.options.pdf.getPage(page);
    const { width, height } = proxy.getViewport({ scale: 1 });
    view.setPoints(width, height, this.scale);
  }

  destroy(): void {
    this.abort.abort();
    this.observer?.disconnect();
    for (const view of this.views) view.clear();
    this.selectionGuard.destroy();
  }

  // ---- navigation ------------------------------------------------------------

  goToPage(page: number, behavior: ScrollBehavior = 'auto'): void {
    const view = this.views[Math.min(Math.max(1, Math.round(page)), this.views.length) - 1];
    if (!view) return;
    this.options.scroller.scrollTo({ top: view.el.offsetTop - PAGE_GAP / 2, behavior });
    this.current = view.page;
    this.emit();
  }

  get currentPage(): number {
    return this.current;
  }

  setZoom(zoom: Zoom): void {
    const first = this.views[0];
    if (!first) return;
    const keep = this.current;
    const before = { zoom: this.zoom, fit: this.fit };
    if (zoom === 'fit') {
      this.fit = true;
      this.zoom = this.fitZoom(Number.parseFloat(first.el.style.width) / this.scale);
    } else {
      this.fit = false;
      this.zoom = Math.min(Math.max(zoom, ZOOM_STEPS[0]!), ZOOM_STEPS.at(-1)!);
    }
    if (Math.abs(before.zoom - this.zoom) < 1e-3) {
      if (before.fit !== this.fit) this.emit();
      return;
    }
    this.options.container.style.setProperty('--scale-factor', String(this.scale));
    for (const view of this.views) if (view.rendered) view.clear();
    void Promise.all(this.views.map((v) => this.rescale(v))).then(() => {
      this.goToPage(keep);
      // Pages that stay near the viewport get no new intersection event: queue them again.
      for (const page of this.near) this.queue.add(page);
      this.pump();
    });
    this.emit();
  }

  /** One zoom step in or out. */
  zoomBy(direction: 1 | -1): void {
    const next = nextZoom(this.zoom, direction);
    if (next !== undefined) this.setZoom(next);
  }

  private async rescale(view: PageView): Promise<void> {
    const proxy = await this.options.pdf.getPage(view.page);
    const { width, height } = proxy.getViewport({ scale: 1 });
    view.setPoints(width, height, this.scale);
  }

  private fitZoom(pageWidthPts: number): number {
    const available = this.options.scroller.clientWidth - 2 * PAGE_GAP;
    const zoom = available / (pageWidthPts * CSS_UNITS);
    // Wide windows would blow a page up past reading size.
    return Math.min(Math.max(zoom, 0.5), 1.5);
  }

  // ---- rendering ---------------------------------------------------------------

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const page = Number((entry.target as HTMLElement).dataset.page);
      if (entry.isIntersecting) {
        this.near.add(page);
        this.queue.add(page);
      } else {
        this.near.delete(page);
      }
    }
    this.pump();
  }

  private onScroll(): void {
    if (this.scrollTicking) return;
    this.scrollTicking = true;
    requestAnimationFrame(() => {
      this.scrollTicking = false;
      const { scroller } = this.options;
      const middle = scroller.scrollTop + scroller.clientHeight / 3;
      const view = this.views.find((v) => v.el.offsetTop + v.el.offsetHeight > middle);
      if (view && view.page !== this.current) {
        this.current = view.page;
        this.emit();
      }
    });
  }

  /** Renders queued pages one at a time, nearest to the current page first. */
  private pump(): void {
    if (this.running) return;
    this.running = true;
    void (async () => {
      try {
        for (;;) {
          const next = [...this.queue]
            .filter((p) => this.near.has(p))
            .sort((a, b) => Math.abs(a - this.current) - Math.abs(b - this.current))[0];
          this.queue.clear();
          if (next === undefined) return;
          const view = this.views[next - 1];
          if (view && !view.rendered) await this.ensureRendered(view);
          // Pages still near the viewport and not rendered go back in the queue.
          for (const p of this.near) if (!this.views[p - 1]?.rendered) this.queue.add(p);
          this.evict();
        }
      } finally {
        this.running = false;
      }
    })();
  }

  /** Renders a page unless it is rendered or rendering; resolves when its highlights are on. */
  private ensureRendered(view: PageView): Promise<void> {
    let pending = this.inFlight.get(view.page);
    if (!pending) {
      if (view.rendered && view.state !== 'rendering') return Promise.resolve();
      pending = this.renderPage(view)
        .catch(() => {
          view.clear();
          view.showNotice(this.options.errorNotice);
          view.setState('error');
        })
        .finally(() => this.inFlight.delete(view.page));
      this.inFlight.set(view.page, pending);
    }
    return pending;
  }

  private async renderPage(view: PageView): Promise<void> {
    const { pdf, model } = this.options;
    view.setState('rendering');
    const [proxy, entry] = await Promise.all([pdf.getPage(view.page), model.page(view.page)]);
    const { width, height } = proxy.getViewport({ scale: 1 });
    view.setPoints(width, height, this.scale);
    const drawn = await view.render(
      proxy,
      entry.content as Parameters<PageView['render']>[1],
      this.scale,
      this.options.pixelRatio ?? globalThis.devicePixelRatio ?? 1,
      (ms) => this.options.onTiming?.('text-layer', view.page, ms),
    );
    if (!drawn) return;
    const generation = view.currentGeneration;
    // Links come with the page but never hold up its highlights; a PDF whose links cannot be read just has none.
    view
      .showLinks(proxy, entry.content, (dest) => resolveDest(pdf, dest), {
        ...this.options.linkLabels,
        goToPage: (page) => this.goToPage(page),
      })
      .catch(() => undefined);
    if (!entry.text.hasText) {
      view.showNotice(this.options.imageNotice);
      view.setState('image');
      return;
    }
    view.setState('text');
    if (this.options.annotate && entry.analysis) {
      await this.highlightFindings(view, entry.analysis.findings, entry, generation);
      if (!view.isCurrent(generation)) return;
      view.setState('annotated');
    }
    this.paintSaved(view, entry);
    this.paintFind(view, entry);
  }

  /** Wraps a page's findings in slices, yielding to the browser between them. */
  private async highlightFindings(
    view: PageView,
    findings: PdfFinding[],
    entry: PageEntry,
    generation: number,
  ): Promise<void> {
    for (let i = 0; i < findings.length; i += FINDINGS_PER_SLICE) {
      if (i > 0) await idle();
      const layer = view.textLayer;
      if (!layer || !view.isCurrent(generation)) return;
      const started = performance.now();
      // `data-lens-at`: where the finding starts in the page's text, to find its passage on focus.
      const slice = findings
        .slice(i, i + FINDINGS_PER_SLICE)
        .map((f) => ({ start: f.start, end: f.end, attrs: { ...f.attrs, 'data-lens-at': String(f.start) } }));
      view.handles.findings.push(...highlightPage(layer, entry.text, slice));
      this.options.onTiming?.('highlight', view.page, performance.now() - started);
    }
    if (findings.length === 0) this.options.onTiming?.('highlight', view.page, 0);
  }

  /** Sends pages far from the viewport back to placeholders, beyond MAX_RENDERED. */
  private evict(): void {
    const rendered = this.views.filter((v) => v.rendered);
    if (rendered.length <= MAX_RENDERED) return;
    rendered
      .filter((v) => !this.near.has(v.page))
      .sort((a, b) => Math.abs(b.page - this.current) - Math.abs(a.page - this.current))
      .slice(0, rendered.length - MAX_RENDERED)
      .forEach((v) => v.clear());
  }

  // ---- saved passages ---------------------------------------------------------

  /** Shows saved passages (their own style) on the pages where they were found. */
  setSaved(placements: SavedPlacement[]): void {
    this.saved = placements;
    for (const view of this.views) {
      view.clearHighlights('saved');
      const entry = this.options.model.peek(view.page);
      if (entry && view.textLayer) this.paintSaved(view, entry);
    }
  }

  private paintSaved(view: PageView, entry: PageEntry): void {
    const layer = view.textLayer;
    if (!layer) return;
    const ranges = this.saved
      .filter((s) => s.page === view.page)
      .map((s): HighlightRange => ({
        start: s.start,
        end: s.end,
        attrs: { 'data-wps-kind': 'saved', 'data-wps-saved-id': s.id },
      }));
    for (const group of nonOverlappingGroups(ranges)) {
      view.handles.saved.push(...highlightPage(layer, entry.text, group));
    }
  }

  // ---- find --------------------------------------------------------------------

  /**
   * Searches the pages read so far; returns the number of matches. With
   * `move`, shows the first match from the current page; without (more pages
   * were read), the match on show stays where it is.
   */
  find(query: string, move = true): number {
    const shown = this.matches[this.matchIndex];
    this.query = query;
    const texts = Array.from({ length: this.pageCount }, (_, i) => this.options.model.peek(i + 1)?.text.text);
    this.matches = query.trim() ? findInPages(texts, query) : [];
    if (!move && shown) {
      this.matchIndex = this.matches.findIndex((m) => m.page === shown.page && m.start === shown.start);
      this.emit();
      return this.matches.length;
    }
    // Start at the first match at or after the current page.
    const from = this.matches.findIndex((m) => m.page >= this.current);
    this.matchIndex = this.matches.length ? (from >= 0 ? from : 0) : -1;
    this.showMatch();
    return this.matches.length;
  }

  findStep(direction: 1 | -1): void {
    if (!this.matches.length) return;
    this.matchIndex = (this.matchIndex + direction + this.matches.length) % this.matches.length;
    this.showMatch();
  }

  closeFind(): void {
    this.query = '';
    this.matches = [];
    this.matchIndex = -1;
    for (const view of this.views) view.clearHighlights('find');
    this.emit();
  }

  private showMatch(): void {
    for (const view of this.views) view.clearHighlights('find');
    const match = this.matches[this.matchIndex];
    if (match) {
      const view = this.views[match.page - 1];
      const entry = this.options.model.peek(match.page);
      if (view && entry && view.textLayer) this.paintFind(view, entry);
      this.scrollToMark(match.page, 'find');
    }
    this.emit();
  }

  private paintFind(view: PageView, entry: PageEntry): void {
    const match = this.matches[this.matchIndex];
    const layer = view.textLayer;
    if (!match || match.page !== view.page || !layer) return;
    view.clearHighlights('find');
    view.handles.find = highlightPage(layer, entry.text, [
      { start: match.start, end: match.end, attrs: { 'data-lens-find': 'current' } },
    ]);
  }

  // ---- reveal ------------------------------------------------------------------

  /**
   * Scrolls to `text[start, end)` of a page and flashes it. Renders the page
   * first when needed. Resolves true when the range is on screen.
   */
  async reveal(page: number, start: number, end: number): Promise<boolean> {
    const view = this.views[page - 1];
    if (!view) return false;
    this.goToPage(page);
    await this.ensureRendered(view);
    const entry = this.options.model.peek(page) ?? (await this.options.model.page(page));
    const layer = view.textLayer;
    if (!layer) return false;
    view.clearHighlights('flash');
    view.handles.flash = highlightPage(layer, entry.text, [
      { start, end, attrs: { 'data-lens-flash': 'true' } },
    ]);
    const el = view.handles.flash[0]?.elements[0];
    if (!el) return false;
    el.scrollIntoView({ block: 'center' });
    const reduce = this.options.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    setTimeout(() => view.clearHighlights('flash'), reduce ? 4000 : 2000);
    return true;
  }

  /** Scrolls to the first mark of a highlight group on a page, or to the page while it renders. */
  private scrollToMark(page: number, group: HighlightGroup): void {
    const view = this.views[page - 1];
    const el = view?.handles[group][0]?.elements[0];
    if (el) el.scrollIntoView({ block: 'center' });
    else this.goToPage(page);
  }

  // ---- selection ----------------------------------------------------------------

  /** The reader's selection as a page and offsets in that page's joined text, or null. */
  selection(): { page: number; start: number; end: number } | null {
    const selection = this.options.doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    for (const view of this.views) {
      const layer = view.textLayer;
      const entry = this.options.model.peek(view.page);
      if (!layer || !entry || !range.intersectsNode(layer)) continue;
      const offsets = selectionOffsets(layer, entry.text, range);
      if (offsets) return { page: view.page, ...offsets };
    }
    return null;
  }

  // ---- highlights by keyboard ------------------------------------------------------

  /** Moves focus to the next or previous highlight after the focused one (or the current page). */
  focusHighlight(direction: 1 | -1): boolean {
    // One stop per highlight: a highlight split over several spans is several marks.
    const key = (m: HTMLElement) =>
      `${m.closest<HTMLElement>('.pdf-page')?.dataset.page}:${m.dataset.lensAt ?? m.dataset.wpsSavedId ?? ''}`;
    const marks = [...this.options.container.querySelectorAll<HTMLElement>('mark[data-wps-kind]')].filter(
      (m, i, all) =>
        !m.parentElement?.closest('mark[data-wps-kind]') && (i === 0 || key(all[i - 1]!) !== key(m)),
    );
    if (!marks.length) return false;
    const active = this.options.doc.activeElement;
    let index = marks.findIndex((m) => m === active);
    if (index < 0) {
      index = marks.findIndex(
        (m) => Number(m.closest<HTMLElement>('.pdf-page')?.dataset.page) >= this.current,
      );
      if (index < 0) index = 0;
      else if (direction < 0) index -= 1;
    } else {
      index += direction;
    }
    const target = marks[(index + marks.length) % marks.length];
    if (!target) return false;
    target.tabIndex = -1;
    target.focus();
    target.scrollIntoView({ block: 'center' });
    return true;
  }

  private emit(): void {
    this.options.onChange({
      page: this.current,
      pageCount: this.pageCount,
      zoom: this.zoom,
      fit: this.fit,
      find: { query: this.query, total: this.matches.length, current: this.matchIndex + 1 },
    });
  }
}
