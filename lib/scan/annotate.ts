/**
 * One pass over a page: passages -> matchers -> highlights, the visible part
 * first and the rest in idle-time slices that stay well under 50 ms.
 */
import { highlightPassage, removeHighlights, type HighlightHandle, type HighlightRange } from '../highlight';
import type { SymbolMention } from '../symbols';
import { isBlock, ownText, passagesIn, type Passage } from './passages';

/** A match in a passage's text, with the attributes its mark carries. */
export interface Finding extends HighlightRange {
  text: string;
  /** The symbol mention behind a `symbol` finding. */
  symbol?: SymbolMention;
}

/** Runs the recognizers on one passage's text. Must be pure and fast. */
export type Matcher = (text: string) => Finding[];

export interface AnnotatedPassage {
  passage: Passage;
  findings: Finding[];
  handles: HighlightHandle[];
}

export interface AnnotatorOptions {
  matcher: Matcher;
  /** Called after each slice that changed something. */
  onProgress?: (annotator: Annotator) => void;
  /** Longest a slice may run, in ms. */
  sliceBudget?: number;
  signal?: AbortSignal;
}

type Yield = () => Promise<{ timeRemaining(): number }>;

/** Waits for idle time where the browser has it, else yields to the event loop. */
export function idle(): Promise<{ timeRemaining(): number }> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(resolve, { timeout: 200 });
    } else {
      setTimeout(() => resolve({ timeRemaining: () => 16 }), 0);
    }
  });
}

export class Annotator {
  readonly passages: AnnotatedPassage[] = [];
  private readonly done = new WeakSet<Element>();
  private readonly budget: number;

  constructor(
    private readonly root: Element,
    private readonly options: AnnotatorOptions,
    private readonly yieldToBrowser: Yield = idle,
  ) {
    this.budget = options.sliceBudget ?? 12;
  }

  /** Annotates the visible passages now, then the whole page in slices. */
  async run(): Promise<void> {
    const { signal } = this.options;
    this.annotateVisible();
    this.options.onProgress?.(this);
    const walk = passagesIn(this.root, (block) => this.done.has(block));
    for (;;) {
      const deadline = await this.yieldToBrowser();
      if (signal?.aborted) return;
      const started = performance.now();
      const limit = Math.min(this.budget, Math.max(4, deadline.timeRemaining()));
      let changed = false;
      let finished = false;
      while (performance.now() - started < limit) {
        const next = walk.next();
        if (next.done) {
          finished = true;
          break;
        }
        changed = this.annotate(next.value) || changed;
      }
      if (changed) this.options.onProgress?.(this);
      if (finished) return;
    }
  }

  /** Removes every mark this annotator made. */
  clear(): void {
    removeHighlights(this.passages.flatMap((p) => p.handles));
    this.passages.length = 0;
  }

  private annotate(passage: Passage): boolean {
    this.done.add(passage.root);
    const findings = this.options.matcher(passage.text);
    if (findings.length === 0) return false;
    const handles = highlightPassage(passage, findings);
    this.passages.push({ passage, findings, handles });
    return true;
  }

  /** The blocks under a grid of points in the viewport, annotated before anything else. */
  private annotateVisible(): void {
    const doc = this.root.ownerDocument;
    const view = doc.defaultView;
    if (!view || typeof doc.elementFromPoint !== 'function') return;
    const seen = new Set<Element>();
    const width = view.innerWidth;
    const height = view.innerHeight;
    for (let y = 8; y < height; y += 24) {
      for (const x of [width * 0.2, width * 0.5, width * 0.8]) {
        const el = doc.elementFromPoint(x, y);
        if (!el || seen.has(el) || !this.root.contains(el)) continue;
        seen.add(el);
        let block: Element | null = el;
        while (block && block !== this.root && !isBlock(block)) block = block.parentElement;
        if (!block || this.done.has(block)) continue;
        const passage = ownText(block);
        if (passage) this.annotate(passage);
        else this.done.add(block);
      }
    }
  }
}
