/**
 * One pass over a page: passages -> matchers -> highlights, the visible part
 * first and the rest in idle-time slices that stay well under 50 ms.
 *
 * Every piece of work (the passages in view, the walk of the whole page,
 * re-marking after the reader changed which kinds show, re-reading blocks the
 * page changed, clearing) is a generator that does a small step at a time
 * (one passage, or one window of a long passage's text); one pump runs the
 * queued generators in slices, so there is never more than one loop of ours
 * on the main thread and no step is big (huge blocks come in chunks, see
 * ./walk; long texts are matched in windows, see ./windows). The passages in
 * view are urgent: their slices follow each other without waiting for idle
 * time, so the first highlights show at once.
 */
import {
  highlightPassage,
  MARK_SELECTOR,
  removeHighlights,
  removeMarks,
  type HighlightHandle,
  type HighlightRange,
} from '../highlight';
import { displayed, type Finding, type MatchContext, type Matcher } from './matcher';
import { isBlock, type Passage } from './passages';
import { afterPaint, clock, idle, soon, type Yield } from './schedule';
import { isIntact, ownPassages, ownWindow, walkPassages, type WalkedPassage } from './walk';
import { matchInWindows } from './windows';

export type { Finding, Matcher } from './matcher';
export { idle } from './schedule';

export interface AnnotatedPassage {
  /** Stable for the visit (the report's `index`), in the order passages were first read. */
  index: number;
  /** The passage as first read (its text nodes are restored when its marks go). */
  passage: WalkedPassage;
  findings: Finding[];
  handles: HighlightHandle[];
  lang?: string;
  /** What is marked now, to skip re-marking when nothing changes. */
  shownKey: string;
}

/** What a mark of ours stands for. */
export interface MarkInfo {
  entry: AnnotatedPassage;
  finding: Finding;
}

export interface AnnotatorOptions {
  matcher: Matcher;
  /** Called after each slice that changed something. */
  onProgress?: (annotator: Annotator) => void;
  /** Longest a slice may run, in ms (default 8). */
  sliceBudget?: number;
  signal?: AbortSignal;
  /** Which findings are marked (the reader's kinds and themes); all by default. */
  show?: (finding: Finding) => boolean;
  /** Document-wide context for the matchers (the organ). */
  context?: MatchContext;
  /** Called with the start and end of each slice (debug timing). */
  onSlice?: (start: number, end: number) => void;
  /** Called for a single step that took longer than a slice should (debug timing). */
  onLongStep?: (job: string, start: number, end: number) => void;
  /** Called with the start and end of the matchers' first run (their one-time set-up). */
  onWarmUp?: (start: number, end: number) => void;
  /**
   * Runs our DOM writes; the content script wraps them so its mutation
   * observer drops the records they cause.
   */
  write?: <T>(fn: () => T) => T;
  /** Stop (and do nothing more) once this turns false: a newer instance took over. */
  isCurrent?: () => boolean;
  /** Called once the passages in the viewport are marked (or when there is no viewport). */
  onVisible?: () => void;
  /** Marks of ours this annotator did not make (saved passages): never unwrapped as strangers. */
  knows?: (mark: Element) => boolean;
  /** Read the passages in view first (default true; off where there is no layout, as in tests). */
  viewportFirst?: boolean;
}

/** Times a page may undo our marks in one block before we leave that block alone. */
const MAX_REDOS = 4;
/** Nodes a block may have to be read in one step outside the sliced walk. */
const BLOCK_STEPS = 4_000;
/**
 * The walk's marks go into the page at most this often. Every frame after a
 * change to the page lays it out again, and on a page whose main block has
 * ten thousand children that costs tens of ms whatever the change: fewer
 * frames with changes, fewer such tasks. Passages in view are marked at once.
 */
const MARK_INTERVAL = 1_000;

type Work = Generator<void, void, void>;
interface Job {
  /** What the work is, for the debug timing of long steps. */
  name: string;
  work: Work;
  /** Slices back to back (the viewport), not waiting for idle time. */
  urgent: boolean;
}

export class Annotator {
  private readonly byIndex = new Map<number, AnnotatedPassage>();
  private readonly byRoot = new Map<Element, AnnotatedPassage[]>();
  private readonly marks = new WeakMap<Element, MarkInfo>();
  private readonly doneOwn = new WeakSet<Element>();
  private readonly redos = new WeakMap<Element, number>();
  /** Where each block's own (non-blank) text ended when it was read. */
  private readonly ownLength = new WeakMap<Element, number>();
  private readonly queue: Job[] = [];
  private readonly budget: number;
  private show: (finding: Finding) => boolean;
  private nextIndex = 0;
  /** Languages whose matchers have run once (see warmUp). */
  private readonly warmed = new Set<string | undefined>();
  /** Document order of the blocks the walks met (pre-order), for the report. */
  private readonly order = new WeakMap<Element, number>();
  private nextOrder = 0;
  private pumping: Promise<void> | null = null;
  private changed = false;
  /** Passages the walk read, waiting to be marked (see MARK_INTERVAL). */
  private readonly toMark: AnnotatedPassage[] = [];
  private lastMarking = -Infinity;
  /** True while the urgent work (the passages in view) runs: marks go in at once. */
  private urgentNow = false;
  /** True once the first full walk has finished. */
  complete = false;
  /** Where the time of the slices went (the benchmark prints it): matchers, marking. */
  readonly stats = { matchMs: 0, markMs: 0, passagesRead: 0 };

  constructor(
    private readonly root: Element,
    private readonly options: AnnotatorOptions,
    private readonly yieldToBrowser: Yield = idle,
    private readonly yieldSoon: Yield = soon,
  ) {
    this.budget = options.sliceBudget ?? 8;
    this.show = options.show ?? (() => true);
  }

  /** Every annotated passage (with findings), in the order first read. */
  get passages(): AnnotatedPassage[] {
    return [...this.byIndex.values()].filter((e) => e.passage.root.isConnected);
  }

  /**
   * Where a block stands in the page, as the walks met it: document order for
   * the page as first read; blocks added later come after those read before.
   */
  orderOf(block: Element): number {
    return this.order.get(block) ?? Number.MAX_SAFE_INTEGER;
  }

  /** The passage with report index `index`. */
  entry(index: number): AnnotatedPassage | undefined {
    return this.byIndex.get(index);
  }

  /** What a mark element stands for, or undefined when it is not a live mark of ours. */
  markInfo(el: Element): MarkInfo | undefined {
    return this.marks.get(el);
  }

  /** Annotates the visible passages first, then the whole page, in slices. */
  async run(): Promise<void> {
    const sample = firstWords(this.root, 3_000);
    // The matcher's one-time set-up (a lexicon compiling its expressions)
    // comes first, in a task of its own: the visible passages need it.
    await this.warmUp([' '], sample);
    if (!this.alive()) return;
    if (this.visibleFirst()) {
      await afterPaint(500);
      if (!this.alive()) return;
      this.enqueue('visible', this.visible(), true);
      await this.idle();
    } else {
      this.options.onVisible?.();
    }
    // The rest of the set-up (expressions compiled on their first matches) on
    // the page's first words, a task each, before the walk.
    await this.warmUp(sample.match(/[\s\S]{1,600}(?=\s|$)/g) ?? [], sample);
    this.enqueue('walk', this.walk(this.root));
    await this.idle();
    this.complete = this.alive();
  }

  /** Resolves when no work is queued. */
  idle(): Promise<void> {
    return this.pumping ?? Promise.resolve();
  }

  /** Changes which findings are marked and re-marks the passages that differ, in slices. */
  setShow(show: (finding: Finding) => boolean): Promise<void> {
    this.show = show;
    this.enqueue('rerender', this.rerender([...this.byIndex.values()]));
    return this.idle();
  }

  /**
   * Reads again blocks the page changed (`blocks`: their own text) and added
   * (`subtrees`: every block inside), and forgets passages the page removed.
   */
  refresh(blocks: Iterable<Element>, subtrees: Iterable<Element>): Promise<void> {
    this.enqueue('reread', this.reread([...blocks], [...subtrees]));
    return this.idle();
  }

  /** Removes every mark this annotator made, at once. */
  clear(): void {
    this.queue.length = 0;
    this.toMark.length = 0;
    const handles = [...this.byIndex.values()].flatMap((e) => e.handles);
    this.write(() => removeHighlights(handles));
    this.forgetAll();
  }

  /** Removes every mark in slices (the reader switched the site off: no long task). */
  clearSliced(): Promise<void> {
    this.queue.length = 0;
    this.toMark.length = 0;
    const entries = [...this.byIndex.values()];
    this.forgetAll();
    this.enqueue('unmark', this.unmark(entries));
    return this.idle();
  }

  // ---- scheduling ------------------------------------------------------------------

  private enqueue(name: string, work: Work, urgent = false): void {
    if (urgent) this.queue.unshift({ name, work, urgent });
    else this.queue.push({ name, work, urgent });
    this.pumping ??= this.pump().finally(() => {
      this.pumping = null;
    });
  }

  private async pump(): Promise<void> {
    while (this.queue.length > 0 || this.toMark.length > 0) {
      const urgent = this.queue[0]?.urgent ?? false;
      const deadline = await (urgent ? this.yieldSoon() : this.yieldToBrowser());
      if (!this.alive()) {
        this.queue.length = 0;
        this.toMark.length = 0;
        return;
      }
      const started = clock();
      const limit = Math.min(this.budget, Math.max(2, deadline.timeRemaining()));
      this.urgentNow = urgent;
      // Marks of the walk, in a batch, when it is time (or when nothing else is left).
      if (
        !urgent &&
        this.toMark.length > 0 &&
        (this.queue.length === 0 || started - this.lastMarking >= MARK_INTERVAL)
      ) {
        this.lastMarking = started;
        while (this.toMark.length > 0 && clock() - started < limit / 2) {
          const entry = this.toMark.shift()!;
          if (this.byIndex.get(entry.index) === entry) this.render(entry);
        }
      }
      while (clock() - started < limit) {
        const job = this.queue[0];
        // Finish urgent work before anything else, but not in the same slice as idle work.
        if (!job || job.urgent !== urgent) break;
        const stepStart = clock();
        if (job.work.next().done) this.queue.shift();
        const stepEnd = clock();
        if (stepEnd - stepStart > this.budget * 2) this.options.onLongStep?.(job.name, stepStart, stepEnd);
      }
      this.urgentNow = false;
      this.options.onSlice?.(started, clock());
      if (this.changed) {
        this.changed = false;
        this.options.onProgress?.(this);
      }
    }
  }

  /**
   * Runs the matchers on `pieces`, one task each, marking nothing: a lexicon
   * compiles its expressions on first use, and that one-time cost should not
   * land in a slice of highlights. The first run also tells a matcher that
   * detects the language which one the page is in (the page's first words).
   */
  private async warmUp(pieces: string[], sample: string): Promise<void> {
    const lang = langOf(this.root);
    this.warmed.add(lang);
    const context = { ...this.options.context, ...(lang ? { lang } : {}) };
    for (const piece of pieces) {
      await this.yieldSoon();
      if (!this.alive()) return;
      const started = clock();
      this.options.matcher(piece.trim() ? piece : sample.slice(0, 300) || ' ', context);
      this.options.onWarmUp?.(started, clock());
    }
  }

  private alive(): boolean {
    return !this.options.signal?.aborted && (this.options.isCurrent?.() ?? true);
  }

  private write<T>(fn: () => T): T {
    return this.options.write ? this.options.write(fn) : fn();
  }

  private visibleFirst(): boolean {
    if (this.options.viewportFirst === false) return false;
    const doc = this.root.ownerDocument;
    return typeof doc.elementFromPoint === 'function' && doc.visibilityState !== 'hidden';
  }

  // ---- work ----------------------------------------------------------------------

  /**
   * The blocks under a grid of points in the viewport, annotated before
   * anything else, one row of points per step: hit-testing is cheap on most
   * pages but costs about a millisecond a point over a block of ten thousand
   * children.
   */
  private *visible(): Work {
    const seen = new Set<Element>();
    for (const row of this.viewportRows()) {
      for (const block of this.blocksAt(row, seen)) {
        if (this.doneOwn.has(block)) continue;
        const pieces = ownPassages(block, BLOCK_STEPS);
        if (!pieces) continue; // too big to read in one step: the walk will get it
        this.doneOwn.add(block);
        for (const piece of pieces) yield* this.annotate(piece);
      }
      yield;
    }
    this.options.onVisible?.();
  }

  private *walk(root: Element, skipKnown = false): Work {
    const skip = (block: Element) => {
      if (!this.order.has(block)) this.order.set(block, this.nextOrder++);
      return this.doneOwn.has(block) || (skipKnown && this.byRoot.has(block));
    };
    for (const passage of walkPassages(root, { skip })) {
      if (passage) yield* this.annotate(passage);
      yield;
    }
  }

  private *rerender(entries: AnnotatedPassage[]): Work {
    for (const entry of entries) {
      if (this.byIndex.get(entry.index) === entry) this.render(entry);
      yield;
    }
  }

  private *reread(blocks: Element[], subtrees: Element[]): Work {
    this.forgetDetached();
    for (const block of blocks) {
      yield* this.rereadBlock(block);
      yield;
    }
    for (const el of subtrees) {
      if (!el.isConnected) continue;
      this.dropStrangers(el);
      if (isBlock(el)) yield* this.rereadBlock(el);
      yield* this.walk(el, true);
    }
  }

  private *unmark(entries: AnnotatedPassage[]): Work {
    for (const entry of entries) {
      this.write(() => removeHighlights(entry.handles));
      yield;
    }
  }

  // ---- passages --------------------------------------------------------------------

  /** Matches one passage (window by window when long) and marks what it should show. */
  private *annotate(passage: WalkedPassage, index?: number): Work {
    if (passage.chunk === 0) this.doneOwn.add(passage.root);
    this.ownLength.set(passage.root, passage.offset + passage.text.length);
    const lang = langOf(passage.root);
    const context = { ...this.options.context, ...(lang ? { lang } : {}) };
    if (!this.warmed.has(lang)) {
      // A language met for the first time: its matcher sets itself up in a step of its own.
      this.warmed.add(lang);
      yield;
      const started = clock();
      this.options.matcher(' ', context);
      this.options.onWarmUp?.(started, clock());
      yield;
    }
    const findings = yield* this.timedMatch(passage.text, context);
    if (findings.length === 0 || !passage.root.isConnected) return;
    const entry: AnnotatedPassage = {
      index: index ?? this.nextIndex++,
      passage,
      findings,
      handles: [],
      shownKey: '',
      ...(lang ? { lang } : {}),
    };
    this.byIndex.set(entry.index, entry);
    const list = this.byRoot.get(passage.root);
    if (list) list.push(entry);
    else this.byRoot.set(passage.root, [entry]);
    this.changed = true;
    if (this.urgentNow) this.render(entry, true);
    else this.toMark.push(entry);
  }

  /** matchInWindows, with the matchers' time counted (pauses between windows excluded). */
  private *timedMatch(text: string, context: MatchContext): Generator<void, Finding[], void> {
    this.stats.passagesRead += 1;
    const windows = matchInWindows(this.options.matcher, text, context);
    for (;;) {
      const started = clock();
      const next = windows.next();
      this.stats.matchMs += clock() - started;
      if (next.done) return next.value;
      yield;
    }
  }

  /** Marks what `entry` should show now; returns false when nothing had to change. */
  private render(entry: AnnotatedPassage, fresh = false): boolean {
    const shown =
      (this.redos.get(entry.passage.root) ?? 0) > MAX_REDOS ? [] : displayed(entry.findings, this.show);
    const key = shown.map((f) => `${f.start}-${f.end}`).join(',');
    if (key === entry.shownKey && !fresh) return false;
    const started = clock();
    this.write(() => {
      removeHighlights(entry.handles);
      entry.handles = [];
      entry.shownKey = key;
      if (shown.length === 0) return;
      const target = this.current(entry);
      if (!target) return;
      const ranges: HighlightRange[] = shown.map((f) => ({
        start: f.start + target.shift,
        end: f.end + target.shift,
        attrs: f.attrs,
      }));
      entry.handles = highlightPassage(target.passage, ranges);
      for (const handle of entry.handles) {
        const finding = shown[ranges.indexOf(handle.range)];
        if (!finding) continue;
        for (const el of handle.elements) this.marks.set(el, { entry, finding });
      }
    });
    this.stats.markMs += clock() - started;
    this.changed = true;
    return true;
  }

  /** The entry's text nodes as they are now (unchanged unless marks were nested in them). */
  private current(entry: AnnotatedPassage): { passage: Passage; shift: number } | null {
    if (isIntact(entry.passage)) return { passage: entry.passage, shift: 0 };
    return ownWindow(entry.passage.root, entry.passage.offset, entry.passage.text);
  }

  /** Re-reads one block's own text after the page changed it. */
  private *rereadBlock(block: Element): Work {
    const old = this.byRoot.get(block) ?? [];
    if (!block.isConnected) {
      this.forget(old);
      return;
    }
    if (old.length > 0 && this.untouched(block, old)) return;
    if (old.length > 0) this.redos.set(block, (this.redos.get(block) ?? 0) + 1);
    this.write(() => removeHighlights(old.flatMap((e) => e.handles)));
    this.forget(old);
    this.doneOwn.delete(block);
    const pieces = ownPassages(block) ?? [];
    this.doneOwn.add(block);
    for (const piece of pieces) {
      // Keep a passage's index when its text is unchanged, so the side panel's
      // selection survives the page redrawing it.
      const same = old.find((e) => e.passage.chunk === piece.chunk && e.passage.text === piece.text);
      yield* this.annotate(piece, same?.index);
    }
  }

  /** True when the block's text and our marks in it are as we left them. */
  private untouched(block: Element, entries: AnnotatedPassage[]): boolean {
    const pieces = ownPassages(block, BLOCK_STEPS);
    const last = pieces?.[pieces.length - 1];
    if (!pieces || !last || last.offset + last.text.length !== this.ownLength.get(block)) return false;
    const byChunk = new Map(pieces.map((p) => [p.chunk, p.text]));
    if (entries.some((e) => byChunk.get(e.passage.chunk) !== e.passage.text)) return false;
    for (const entry of entries) {
      for (const handle of entry.handles) {
        let length = 0;
        for (const el of handle.elements) {
          if (!el.isConnected || !block.contains(el)) return false;
          length += el.textContent?.length ?? 0;
        }
        if (length !== handle.range.end - handle.range.start) return false;
      }
    }
    return true;
  }

  /** Unwraps marks of ours under `el` that we do not know (copied or left over by the page). */
  private dropStrangers(el: Element): void {
    const strangers = [...el.querySelectorAll(MARK_SELECTOR)].filter(
      (m) => !this.marks.has(m) && !this.options.knows?.(m),
    );
    if (strangers.length > 0) this.write(() => removeMarks(strangers));
  }

  private forget(entries: AnnotatedPassage[]): void {
    for (const entry of entries) this.byIndex.delete(entry.index);
    if (entries.length > 0) this.changed = true;
    const root = entries[0]?.passage.root;
    if (root) this.byRoot.delete(root);
  }

  private forgetDetached(): void {
    for (const [root, entries] of this.byRoot) if (!root.isConnected) this.forget(entries);
  }

  private forgetAll(): void {
    this.byIndex.clear();
    this.byRoot.clear();
    this.changed = true;
  }

  /** The y of each row of points over the viewport, top to bottom. */
  private viewportRows(): number[] {
    const height = this.root.ownerDocument.defaultView?.innerHeight ?? 0;
    const rows: number[] = [];
    for (let y = 8; y < height; y += 24) rows.push(y);
    return rows;
  }

  /** The blocks under the points of one row (new ones only). */
  private blocksAt(y: number, seen: Set<Element>): Element[] {
    const doc = this.root.ownerDocument;
    const width = doc.defaultView?.innerWidth ?? 0;
    const blocks: Element[] = [];
    for (const x of [width * 0.2, width * 0.5, width * 0.8]) {
      const el = doc.elementFromPoint(x, y);
      if (!el || seen.has(el) || !this.root.contains(el)) continue;
      seen.add(el);
      let block: Element | null = el;
      while (block && block !== this.root && !isBlock(block)) block = block.parentElement;
      if (!block || seen.has(block)) continue;
      seen.add(block);
      blocks.push(block);
    }
    return blocks;
  }
}

/** About `max` characters of the text at the start of `root` (scripts and our UI left out). */
function firstWords(root: Element, max: number): string {
  let text = '';
  for (const passage of walkPassages(root, { maxNodes: 50 })) {
    if (passage) text += `${passage.text.trim()} `;
    if (text.length >= max) break;
  }
  return text.slice(0, max);
}

/** The language of an element's text, from the nearest `lang` attribute (`ar-EG` -> `ar`). */
export function langOf(el: Element): string | undefined {
  const tagged = el.closest('[lang]');
  const lang = tagged?.getAttribute('lang')?.trim().toLowerCase();
  return lang ? lang.split('-')[0] : undefined;
}
