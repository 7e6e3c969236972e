/**
 * One page of the viewer: a placeholder of the page's size until it nears the
 * viewport, then its canvas and pdf.js text layer, the highlights on it, the
 * layer of the PDF's links above them, and the notice for a page without text. Rendering can be undone to free memory
 * far from the viewport; the page keeps its size so scrolling does not jump.
 */
import type { HighlightHandle } from '../highlight';
import { removeHighlights } from '../highlight';
import { buildLinkLayer, type LinkLayerOptions, type PlacedLink } from './link-layer';
import { linkBox, readLinks, textUnder, type TextItemLike } from './links';
import {
  renderCanvas,
  renderTextLayer,
  type PDFPageProxy,
  type RenderedLayer,
  type TextContent,
} from './pdfjs';
import type { SelectionGuard } from './selection';

/** `data-state` of a page section: what a reader (or a test) can rely on. */
export type PageState = 'empty' | 'rendering' | 'text' | 'image' | 'annotated' | 'error';

export type HighlightGroup = 'findings' | 'saved' | 'find' | 'flash';

export class PageView {
  readonly el: HTMLElement;
  private canvas: HTMLCanvasElement | null = null;
  private layerEl: HTMLElement | null = null;
  private layer: RenderedLayer | null = null;
  private notice: HTMLElement | null = null;
  private linksEl: HTMLElement | null = null;
  private cancelCanvas: (() => void) | null = null;
  /** Bumped by every render and clear, so a stale render stops. */
  private generation = 0;
  readonly handles: Record<HighlightGroup, HighlightHandle[]> = {
    findings: [],
    saved: [],
    find: [],
    flash: [],
  };
  /** Width and height in PDF points (scale 1, no CSS units). */
  private points = { width: 612, height: 792 };
  private scale = 0;
  state: PageState = 'empty';

  constructor(
    readonly page: number,
    doc: Document,
    label: string,
    /** Keeps drags over blank page from selecting to the page's end; shared by all pages. */
    private readonly selection?: SelectionGuard,
  ) {
    this.el = doc.createElement('section');
    this.el.className = 'pdf-page';
    this.el.dataset.page = String(page);
    this.el.setAttribute('aria-label', label);
    this.setState('empty');
  }

  get textLayer(): HTMLElement | null {
    return this.layer ? this.layerEl : null;
  }

  /** Rendered, rendering, or failed for good (a failed page is not retried in a loop). */
  get rendered(): boolean {
    return this.state !== 'empty';
  }

  setState(state: PageState): void {
    this.state = state;
    this.el.dataset.state = state;
  }

  /** Sets the page's size in points; the section is sized at `scale`. */
  setPoints(width: number, height: number, scale: number): void {
    if (width === this.points.width && height === this.points.height && scale === this.scale) return;
    this.points = { width, height };
    this.applyScale(scale);
  }

  applyScale(scale: number): void {
    this.scale = scale;
    this.el.style.width = `${Math.floor(this.points.width * scale)}px`;
    this.el.style.height = `${Math.floor(this.points.height * scale)}px`;
    this.el.style.setProperty('--scale-factor', String(scale));
  }

  /**
   * Draws the canvas and the text layer. Resolves when the text layer is in
   * the DOM (the canvas may still be painting); returns false when a newer
   * render or a clear overtook this one.
   */
  async render(
    proxy: PDFPageProxy,
    content: TextContent,
    scale: number,
    pixelRatio: number,
    onTextLayer: (ms: number) => void,
  ): Promise<boolean> {
    this.clear();
    const generation = this.generation;
    this.setState('rendering');
    const doc = this.el.ownerDocument;
    const canvas = doc.createElement('canvas');
    canvas.className = 'pdf-canvas';
    canvas.setAttribute('aria-hidden', 'true');
    const layerEl = doc.createElement('div');
    layerEl.className = 'textLayer';
    this.el.append(canvas, layerEl);
    this.canvas = canvas;
    this.layerEl = layerEl;
    // While the reader drags a selection, links let the pointer through, so it can cross them
    // (the page's 'dragging'; the layer's own 'selecting' belongs to selection.ts).
    layerEl.addEventListener('pointerdown', () => {
      this.el.classList.add('dragging');
      doc.defaultView?.addEventListener('pointerup', () => this.el.classList.remove('dragging'), {
        once: true,
      });
    });

    const painting = renderCanvas(proxy, canvas, scale, pixelRatio);
    this.cancelCanvas = painting.cancel;
    painting.promise.catch(() => undefined);
    const started = performance.now();
    let layer: RenderedLayer;
    try {
      layer = await renderTextLayer(proxy, content, layerEl, scale);
    } catch (error) {
      if (generation !== this.generation) return false;
      throw error;
    }
    if (generation !== this.generation) {
      layer.cancel();
      return false;
    }
    onTextLayer(performance.now() - started);
    this.layer = layer;
    this.selection?.attach(layerEl);
    return true;
  }

  /**
   * Puts the page's links (its Link annotations with a safe address or a
   * destination in the document) over it. Internal links whose page cannot be
   * found are left out. Does nothing when a newer render or a clear overtook it.
   */
  async showLinks(
    proxy: PDFPageProxy,
    content: { items: readonly unknown[] },
    resolve: (dest: unknown) => Promise<number | null>,
    options: LinkLayerOptions,
  ): Promise<void> {
    const generation = this.generation;
    const links = readLinks(await proxy.getAnnotations({ intent: 'display' }));
    if (!links.length || generation !== this.generation) return;
    const viewport = proxy.getViewport({ scale: 1 });
    const items = content.items.filter((item): item is TextItemLike => 'str' in (item as object));
    const placed = await Promise.all(
      links.map(async (link): Promise<PlacedLink | null> => {
        const box = linkBox(viewport.convertToViewportRectangle(link.rect) as number[], viewport);
        if (!box) return null;
        if (link.kind === 'external') {
          return { kind: 'external', box, href: link.href, name: textUnder(link.rect, items) || link.href };
        }
        const page = await resolve(link.dest);
        return page === null ? null : { kind: 'internal', box, page };
      }),
    );
    const shown = placed.filter((link): link is PlacedLink => link !== null);
    if (generation !== this.generation || !shown.length) return;
    this.linksEl?.remove();
    this.linksEl = buildLinkLayer(this.el.ownerDocument, shown, options);
    this.el.append(this.linksEl);
  }

  get linkLayer(): HTMLElement | null {
    return this.linksEl;
  }

  /** Shows the "cannot read this page" notice. */
  showNotice(text: string): void {
    if (this.notice) return;
    const notice = this.el.ownerDocument.createElement('p');
    notice.className = 'pdf-page-notice';
    notice.setAttribute('role', 'note');
    notice.textContent = text;
    this.notice = notice;
    this.el.append(notice);
  }

  clearHighlights(group: HighlightGroup): void {
    removeHighlights(this.handles[group]);
    this.handles[group] = [];
  }

  /** Back to a placeholder: canvas, text layer and highlights go; the notice stays. */
  clear(): void {
    this.generation += 1;
    this.cancelCanvas?.();
    this.cancelCanvas = null;
    this.layer?.cancel();
    for (const group of Object.keys(this.handles) as HighlightGroup[]) this.handles[group] = [];
    this.layer = null;
    this.canvas?.remove();
    if (this.layerEl) this.selection?.detach(this.layerEl);
    this.layerEl?.remove();
    this.linksEl?.remove();
    this.linksEl = null;
    this.el.classList.remove('dragging');
    if (this.canvas) {
      // Release the bitmap now rather than at garbage collection.
      this.canvas.width = 0;
      this.canvas.height = 0;
    }
    this.canvas = null;
    this.layerEl = null;
    if (this.state !== 'error') this.setState('empty');
  }

  /** Re-lays the text layer after a zoom, keeping its marks. */
  updateLayer(scale: number): void {
    this.layer?.update(scale);
  }

  isCurrent(generation: number): boolean {
    return generation === this.generation;
  }

  get currentGeneration(): number {
    return this.generation;
  }
}
