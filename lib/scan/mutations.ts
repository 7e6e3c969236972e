/**
 * Watches the page for changes (lazy-loaded content, single-page navigation,
 * a page that edits or removes our marks) and reports the blocks to read
 * again, debounced and with back-off, so a page that never stops changing
 * costs us little and cannot make us loop:
 *
 * - our own writes go through `write()`, which drops the records they cause,
 *   so marking never triggers marking;
 * - changes are collected cheaply and handled after `debounce` ms of quiet
 *   (at most `maxWait` ms after the first), the delay doubling (to
 *   `maxDelay`) while the page keeps changing;
 * - past `maxPending` blocks a batch collapses into one re-read of the root.
 */
import { isBlock, isSkipped } from './passages';

export interface MutationBatch {
  /** Blocks whose own text (or our marks in it) changed. */
  blocks: Set<Element>;
  /** Elements the page added: every block inside is read. */
  subtrees: Set<Element>;
}

export interface WatcherOptions {
  /** Handles a batch; the next batch waits until it resolves. */
  onBatch: (batch: MutationBatch) => Promise<void> | void;
  debounce?: number;
  maxWait?: number;
  maxDelay?: number;
  maxPending?: number;
  signal?: AbortSignal;
  /** Timers and clock (tests pass fake ones); the real ones, captured at load, by default. */
  timers?: Timers;
}

export interface Timers {
  set: (fn: () => void, ms: number) => unknown;
  clear: (id: unknown) => void;
  now: () => number;
}

const REAL: Timers = {
  set: setTimeout.bind(globalThis),
  clear: clearTimeout.bind(globalThis) as (id: unknown) => void,
  now: performance.now.bind(performance),
};

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private blocks = new Set<Element>();
  private subtrees = new Set<Element>();
  private timer: unknown = null;
  private readonly timers: Timers;
  private firstPending = 0;
  private lastBatchEnd = -Infinity;
  private delay: number;
  private busy = false;
  private stopped = false;
  /** Batches handled so far (tests and the debug log read it). */
  batches = 0;

  constructor(
    private readonly root: Element,
    private readonly options: WatcherOptions,
  ) {
    this.delay = options.debounce ?? 150;
    this.timers = options.timers ?? REAL;
    this.observer = new MutationObserver((records) => this.collect(records));
    options.signal?.addEventListener('abort', () => this.stop());
  }

  start(): void {
    if (this.stopped) return;
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  /** Runs our own DOM writes; the records they cause are dropped, the page's kept. */
  write<T>(fn: () => T): T {
    const before = this.observer.takeRecords();
    if (before.length > 0) this.collect(before);
    try {
      return fn();
    } finally {
      this.observer.takeRecords();
    }
  }

  private collect(records: MutationRecord[]): void {
    if (this.stopped) return;
    for (const record of records) {
      const target = record.target;
      if (record.type === 'characterData') {
        this.addBlock(target.parentNode);
        continue;
      }
      this.addBlock(target);
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) this.addSubtree(node as Element);
      }
    }
    if (this.blocks.size + this.subtrees.size > (this.options.maxPending ?? 2_000)) {
      // So much changed that reading everything again is cheaper than sorting it out.
      this.blocks.clear();
      this.subtrees.clear();
      this.subtrees.add(this.root);
    }
    if (this.blocks.size + this.subtrees.size > 0) this.schedule();
  }

  private addBlock(node: Node | null): void {
    const block = this.blockOf(node);
    if (block) this.blocks.add(block);
  }

  private addSubtree(el: Element): void {
    if (!this.blockOf(el.parentNode)) return; // inside a skipped subtree, or gone
    if (isSkipped(el)) return;
    this.subtrees.add(el);
  }

  /** The nearest block at or above `node` inside the root, or null inside skipped content. */
  private blockOf(node: Node | null): Element | null {
    let block: Element | null = null;
    for (let n = node; n; n = n.parentNode) {
      if (n.nodeType !== 1) return block;
      const el = n as Element;
      if (isSkipped(el)) return null;
      if (!block && (isBlock(el) || el === this.root)) block = el;
      if (el === this.root) return block;
    }
    return null; // detached, or outside the root
  }

  private schedule(): void {
    if (this.busy) return; // picked up when the running batch ends
    const t = this.timers.now();
    if (this.timer === null) {
      this.firstPending = t;
      // Changes right after the last batch: the page keeps changing, back off.
      const maxDelay = this.options.maxDelay ?? 4_000;
      const base = this.options.debounce ?? 150;
      this.delay = t - this.lastBatchEnd < this.delay * 2 ? Math.min(this.delay * 2, maxDelay) : base;
    } else {
      this.timers.clear(this.timer);
    }
    const maxWait = Math.max(this.options.maxWait ?? 1_000, this.delay);
    const wait = Math.max(0, Math.min(this.delay, this.firstPending + maxWait - t));
    this.timer = this.timers.set(() => void this.flush(), wait);
  }

  private async flush(): Promise<void> {
    this.timer = null;
    if (this.stopped) return;
    const batch: MutationBatch = { blocks: this.blocks, subtrees: this.subtrees };
    this.blocks = new Set();
    this.subtrees = new Set();
    this.busy = true;
    try {
      await this.options.onBatch(batch);
    } finally {
      this.busy = false;
      this.batches += 1;
      this.lastBatchEnd = this.timers.now();
      if (this.blocks.size + this.subtrees.size > 0) this.schedule();
    }
  }
}
