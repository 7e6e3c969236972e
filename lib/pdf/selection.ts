/**
 * Selecting text on the text layers without the selection jumping to the end
 * of the page, as pdf.js's own viewer does it (TextLayerBuilder in
 * web/text_layer_builder.js).
 *
 * In Chromium a drag that ends over a blank part of a text layer (a gap
 * between spans, the space right of a line) hits the layer itself, whose
 * selection position is its end: the selection runs to the last line. So each
 * layer gets an empty "end of content" block. While a selection is being made
 * it covers the layer under the spans (`.textLayer.selecting .endOfContent`
 * in viewer.css), and at every `selectionchange` it is moved right after the
 * span where the selection's moving end is: a blank hit then lands next to
 * the current end. When the selection is done it goes back to the end of its
 * layer.
 *
 * The block holds no text node, so whatever reads a layer's text (the
 * highlighter's `layerPassage`, `selectionOffsets`, and through them saving,
 * find and the lens) sees the same text wherever it sits.
 */

/** Class of the block; the CSS and anything walking a layer's elements know it by this. */
export const END_OF_CONTENT = 'endOfContent';

/**
 * Where the block goes for a selection boundary at (`node`, `offset`) in
 * `layer`: before `before` in `parent`. `movingStart` when the reader is
 * moving the selection's start (dragging backwards): the block goes before
 * the span instead of after it. Null when the boundary is not in a span of
 * the layer (on the layer itself, on the block, outside).
 */
export function endOfContentPlace(
  layer: Element,
  node: Node,
  offset: number,
  movingStart: boolean,
): { parent: Node; before: Node | null } | null {
  if (node === layer || !layer.contains(node)) return null;
  // The layer's child holding the boundary: a span, with our marks inside it.
  let child: Node = node;
  while (child.parentNode && child.parentNode !== layer) child = child.parentNode;
  if (isEndOfContent(child)) return null;
  if (movingStart) return { parent: layer, before: child };
  if (atStartOf(child, node, offset)) {
    // An end at the very start of a span selects nothing of it (Chromium puts
    // it there when the pointer is past a line): go after the last span with text.
    let previous = child.previousSibling;
    while (previous && !previous.textContent) previous = previous.previousSibling;
    if (!previous) return null;
    child = previous;
  }
  return { parent: layer, before: child.nextSibling };
}

function isEndOfContent(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).classList.contains(END_OF_CONTENT);
}

/** True when no text of `child` comes before (`node`, `offset`). */
function atStartOf(child: Node, node: Node, offset: number): boolean {
  const range = child.ownerDocument!.createRange();
  range.setStart(child, 0);
  range.setEnd(node, offset);
  return range.toString().length === 0;
}

/**
 * The blocks of every text layer of the viewer, and the one set of document
 * listeners that moves them, there while any layer is tracked.
 */
export class SelectionGuard {
  /** Each tracked layer and its block. */
  private readonly layers = new Map<HTMLElement, HTMLElement>();
  private listeners: AbortController | null = null;
  private pointerDown = false;
  /** The selection at the last change, to tell which end is moving. */
  private previous: Range | null = null;

  /**
   * `moveEnd: false` leaves the block at the end (Firefox resolves blank hits
   * well on its own, and pdf.js does not move it there either).
   */
  constructor(
    private readonly doc: Document,
    private readonly moveEnd = !isFirefox(doc),
  ) {}

  /** Gives a rendered layer its block (last child) and starts listening if needed. */
  attach(layer: HTMLElement): void {
    if (this.layers.has(layer)) return;
    const end = this.doc.createElement('div');
    end.className = END_OF_CONTENT;
    end.setAttribute('aria-hidden', 'true');
    layer.append(end);
    this.layers.set(layer, end);
    this.listen();
  }

  /** Forgets a layer that is going away; the last one out stops the listeners. */
  detach(layer: HTMLElement): void {
    const end = this.layers.get(layer);
    if (!end) return;
    this.layers.delete(layer);
    end.remove();
    layer.classList.remove('selecting');
    if (this.layers.size === 0) this.stop();
  }

  /** Teardown: every layer forgotten, the listeners removed. */
  destroy(): void {
    for (const layer of [...this.layers.keys()]) this.detach(layer);
    this.stop();
  }

  private stop(): void {
    this.listeners?.abort();
    this.listeners = null;
    this.previous = null;
    this.pointerDown = false;
  }

  private listen(): void {
    if (this.listeners) return;
    this.listeners = new AbortController();
    const options = { signal: this.listeners.signal };
    const win = this.doc.defaultView;
    this.doc.addEventListener(
      'pointerdown',
      (event) => {
        this.pointerDown = true;
        // A press on a layer starts a selection there: its block covers it from now on.
        const target = event.target as Element | null;
        const layer = target?.closest?.('.textLayer');
        if (layer && this.layers.has(layer as HTMLElement)) layer.classList.add('selecting');
      },
      options,
    );
    this.doc.addEventListener(
      'pointerup',
      () => {
        this.pointerDown = false;
        this.resetAll();
      },
      options,
    );
    win?.addEventListener(
      'blur',
      () => {
        this.pointerDown = false;
        this.resetAll();
      },
      options,
    );
    // Shift+arrows extend a selection without the pointer: nothing to guard then.
    this.doc.addEventListener(
      'keyup',
      () => {
        if (!this.pointerDown) this.resetAll();
      },
      options,
    );
    this.doc.addEventListener('selectionchange', () => this.onSelectionChange(), options);
  }

  /** Puts a block back at the end of its layer, unselectable, and the layer out of selecting. */
  private reset(end: HTMLElement, layer: HTMLElement): void {
    if (end.parentNode !== layer || end !== layer.lastChild) layer.append(end);
    end.classList.remove('active');
    layer.classList.remove('selecting');
  }

  private resetAll(): void {
    this.layers.forEach((end, layer) => this.reset(end, layer));
    this.previous = null;
  }

  private onSelectionChange(): void {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0 || (selection.isCollapsed && !this.pointerDown)) {
      this.resetAll();
      return;
    }
    const range = selection.getRangeAt(0);
    // Layers the selection touches keep their block over them; the others are reset.
    this.layers.forEach((end, layer) => {
      if (range.intersectsNode(layer)) layer.classList.add('selecting');
      else this.reset(end, layer);
    });
    if (!this.moveEnd) return;
    const previous = this.previous;
    // The start moves when the end stayed where it was, or the new range ends where the old one started.
    const movingStart =
      !!previous &&
      (range.compareBoundaryPoints(Range.END_TO_END, previous) === 0 ||
        range.compareBoundaryPoints(Range.START_TO_END, previous) === 0);
    const node = movingStart ? range.startContainer : range.endContainer;
    const offset = movingStart ? range.startOffset : range.endOffset;
    const layer = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('.textLayer');
    const end = layer ? this.layers.get(layer as HTMLElement) : undefined;
    const place = layer && end ? endOfContentPlace(layer, node, offset, movingStart) : null;
    if (end && place && place.before !== end) {
      place.parent.insertBefore(end, place.before);
      // Next to the selection's end, a hit on it is a position there.
      end.classList.add('active');
    }
    this.previous = range.cloneRange();
  }
}

/** Firefox knows `-moz-user-select`; Chromium does not. */
function isFirefox(doc: Document): boolean {
  const css = doc.defaultView?.CSS;
  return !!css?.supports?.('-moz-user-select', 'none');
}
