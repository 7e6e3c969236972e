/**
 * The viewer as a "page" of the protocol, like the content script on HTML
 * pages: it reports its findings (`page/updated`, throttled), answers the side
 * panel (`page/get`, `page/reveal`, `selection/describe`,
 * `page/saved-changed`) and re-anchors the document's saved passages
 * (`passages/for-page`). Going through the same messages as HTML pages keeps
 * one path for the panel and the background.
 */
import type { Handlers } from '../messaging';
import type { Args, MessageType, PageReport, PassageDraft, Result } from '../messaging/protocol';
import type { SavedPassage } from '../model/saved-passage';
import type { PdfModel } from './document';
import { buildPdfReport } from './report';
import { describeOnPage, placeSaved } from './saved';
import type { PdfViewer } from './viewer';

/** How often `page/updated` may go out while the document is being read. */
const REPORT_INTERVAL = 400;

export interface LensDeps {
  /** The PDF's original URL: what passages are saved under. */
  url: string;
  title: () => string;
  lang: () => string;
  model: PdfModel;
  viewer: Pick<PdfViewer, 'reveal' | 'selection' | 'setSaved'>;
  /** False when the reader switched the PDF's site off. */
  enabled: boolean;
  send: <T extends MessageType>(type: T, args: Args<T>) => Promise<Result<T> | undefined>;
  listen: (handlers: Handlers) => () => void;
}

/** A passage of the report, located in the document. */
interface Located {
  page: number;
  start: number;
  end: number;
}

export class PdfLens {
  private saved: SavedPassage[] = [];
  private placements = new Map<string, Located>();
  private statuses: PageReport['saved'] = [];
  private placementsKey = '[]';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastSent = 0;
  private stopListening: (() => void) | null = null;

  constructor(private readonly deps: LensDeps) {}

  /** Starts answering the panel; call once the document's identity is known (page 1 read). */
  start(): void {
    this.stopListening = this.deps.listen({
      'page/get': () => this.report(),
      'page/reveal': (args) => this.reveal(args),
      'selection/describe': () => this.describeSelection(),
      'page/saved-changed': () => this.loadSaved(),
    });
    void this.loadSaved();
    this.update(true);
  }

  stop(): void {
    this.stopListening?.();
    if (this.timer) clearTimeout(this.timer);
  }

  /** The report as of now: passages of the pages read from page 1 without a gap. */
  report(): PageReport {
    const { model } = this.deps;
    const contiguous = model.contiguous();
    return buildPdfReport({
      url: this.deps.url,
      title: this.deps.title(),
      lang: this.deps.lang(),
      identity: model.identity,
      status: !this.deps.enabled ? 'disabled' : model.complete ? 'ready' : 'loading',
      pageCount: model.pageCount,
      fingerprint: model.fingerprint,
      analyses: contiguous.flatMap((e) => (e.analysis ? [e.analysis] : [])),
      pagesWithoutText: model.pagesWithoutText(),
      saved: this.statuses,
    });
  }

  /** Tells the panel the findings changed: at once when `now` or the document is done, else throttled. */
  update(now = false): void {
    const due =
      now || this.deps.model.complete ? 0 : Math.max(0, this.lastSent + REPORT_INTERVAL - Date.now());
    if (this.timer) {
      if (due > 0) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.lastSent = Date.now();
      // Re-anchor what the newly read pages decide.
      this.place();
      void this.deps.send('page/updated', this.report()).catch(() => undefined);
    }, due);
  }

  /** Asks for the document's saved passages and places them. */
  async loadSaved(): Promise<void> {
    if (!this.deps.enabled) return;
    const { model } = this.deps;
    const saved = await this.deps
      .send('passages/for-page', { url: this.deps.url, documentKey: model.identity.documentKey })
      .catch(() => undefined);
    this.saved = Array.isArray(saved) ? saved : [];
    this.place();
    this.update(true);
  }

  private place(): void {
    if (!this.saved.length && !this.statuses.length) return;
    const { model } = this.deps;
    const texts = Array.from({ length: model.pageCount }, (_, i) => model.peek(i + 1)?.text.text);
    const { placements, statuses } = placeSaved(this.saved, texts);
    this.statuses = statuses;
    const key = JSON.stringify(placements);
    if (key === this.placementsKey) return;
    this.placementsKey = key;
    this.placements = new Map(placements.map((p) => [p.id, p]));
    this.deps.viewer.setSaved(placements);
  }

  /** Where a report passage is: its page and range in that page's text. */
  private passageAt(index: number): Located | null {
    let seen = 0;
    for (const entry of this.deps.model.contiguous()) {
      const passages = entry.analysis?.passages ?? [];
      if (index < seen + passages.length) {
        const p = passages[index - seen]!;
        return { page: entry.page, start: p.start, end: p.end };
      }
      seen += passages.length;
    }
    return null;
  }

  /** The report index of the passage holding `offset` of `page`, for `page/focused-passage`. */
  passageIndexAt(page: number, offset: number): number | null {
    let seen = 0;
    for (const entry of this.deps.model.contiguous()) {
      const passages = entry.analysis?.passages ?? [];
      if (entry.page === page) {
        const i = passages.findIndex((p) => offset >= p.start && offset < p.end);
        return i >= 0 ? seen + i : null;
      }
      seen += passages.length;
    }
    return null;
  }

  private async reveal(args: { passageIndex?: number; savedId?: string }): Promise<boolean> {
    const target =
      args.savedId !== undefined
        ? (this.placements.get(args.savedId) ?? null)
        : args.passageIndex !== undefined
          ? this.passageAt(args.passageIndex)
          : null;
    if (!target) return false;
    return this.deps.viewer.reveal(target.page, target.start, target.end);
  }

  private describeSelection(): PassageDraft | null {
    const selection = this.deps.viewer.selection();
    if (!selection) return null;
    const { model } = this.deps;
    const entry = model.peek(selection.page);
    if (!entry) return null;
    const { documentSymbol, documentKey } = model.identity;
    return {
      url: this.deps.url,
      title: this.deps.title(),
      lang: this.deps.lang(),
      documentKey,
      ...(documentSymbol ? { documentSymbol } : {}),
      selectors: describeOnPage(entry.text.text, selection.page, selection.start, selection.end),
    };
  }
}
