/**
 * What the viewer knows about a PDF's text, page by page: each page's text
 * content, its joined text and its analysis, read in document order in the
 * background (one page per slice, yielding between pages so scrolling never
 * waits), and on demand for a page the reader reaches first. No DOM: the
 * pdf.js document comes in through `PdfSource`.
 */
import { detectLanguage, lexiconLanguage } from '../terms';
import type { AnalyzeOptions, PageAnalysis } from './analyze';
import { inThreadAnalyzer, type PageAnalyzer } from './analyzer';
import { documentIdentity, organOf, type DocumentIdentity } from './identity';
import type { PageText } from './text';

/** The part of a pdf.js document the model reads. */
export interface PdfSource {
  numPages: number;
  fingerprints: readonly (string | null)[];
  getPage(pageNumber: number): Promise<{
    getTextContent(): Promise<{ items: unknown[]; lang?: string | null }>;
  }>;
}

export interface PageEntry {
  page: number;
  /** pdf.js text content, kept so the text layer renders exactly what was analyzed. */
  content: { items: unknown[]; lang?: string | null };
  text: PageText;
  /** Null when annotation is off (the reader switched the site off). */
  analysis: PageAnalysis | null;
}

export interface ModelOptions {
  url: string;
  /** False when the reader switched 1325 Lens off for the PDF's site: text is read, nothing recognized. */
  annotate: boolean;
  /** Resolves when the browser has time for the next page; the default yields a macrotask. */
  yieldToBrowser?: () => Promise<unknown>;
  /** Called after each page read in the background pass. */
  onPage?: (entry: PageEntry) => void;
  /** Records how long one page's join and analysis took (ms), for the benchmark. */
  onTiming?: (page: number, ms: number) => void;
  /** Where pages are joined and recognized (default: this thread). */
  analyzer?: PageAnalyzer;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class PdfModel {
  readonly pageCount: number;
  readonly fingerprint: string;
  identity: DocumentIdentity;
  /** The document's language: its /Lang, else detected from page 1 (undefined for a scan). */
  lang: string | undefined;
  private readonly entries = new Map<number, Promise<PageEntry>>();
  private readonly done: (PageEntry | undefined)[];
  private firstPage: Promise<PageEntry> | null = null;

  constructor(
    private readonly source: PdfSource,
    private readonly options: ModelOptions,
  ) {
    this.pageCount = source.numPages;
    this.fingerprint = source.fingerprints[0] ?? '';
    this.identity = documentIdentity({ url: options.url, fingerprint: this.fingerprint });
    this.done = new Array<PageEntry | undefined>(this.pageCount);
  }

  /** Reads page 1 and settles the document's identity (its symbol is in page 1's header). */
  start(): Promise<PageEntry> {
    this.firstPage ??= (async () => {
      const page = await this.source.getPage(1);
      const content = await page.getTextContent();
      const joined = await this.analyzer(1, content.items, null);
      // The PDF's declared language, else the first page's: one language for
      // the whole document, so a page of acronyms is still read as French.
      this.lang = lexiconLanguage(content.lang ?? undefined) ?? detectLanguage(joined.text.text);
      this.identity = documentIdentity({
        url: this.options.url,
        firstPageText: joined.text.text,
        fingerprint: this.fingerprint,
      });
      return this.settle(
        1,
        content,
        this.options.annotate ? await this.analyzer(1, content.items, this.analyzeOptions()) : joined,
      );
    })();
    return this.firstPage;
  }

  /** A page's entry, read now if the background pass has not reached it. */
  page(pageNumber: number): Promise<PageEntry> {
    if (pageNumber < 1 || pageNumber > this.pageCount)
      return Promise.reject(new RangeError(`No page ${pageNumber}`));
    let entry = this.entries.get(pageNumber);
    if (!entry) {
      entry = this.start().then((first) => (pageNumber === 1 ? first : this.read(pageNumber)));
      this.entries.set(pageNumber, entry);
      entry.catch(() => this.entries.delete(pageNumber));
    }
    return entry;
  }

  /** The page's entry if it has been read. */
  peek(pageNumber: number): PageEntry | undefined {
    return this.done[pageNumber - 1];
  }

  /** Pages read from page 1 without a gap: what the report may list. */
  contiguous(): PageEntry[] {
    const out: PageEntry[] = [];
    for (const entry of this.done) {
      if (!entry) break;
      out.push(entry);
    }
    return out;
  }

  /** Pages read so far whose text layer is empty (scans), in page order. */
  pagesWithoutText(): number[] {
    return this.done.filter((e): e is PageEntry => !!e && !e.text.hasText).map((e) => e.page);
  }

  get complete(): boolean {
    return this.contiguous().length === this.pageCount;
  }

  /** Reads every page in order, yielding to the browser between pages. Stops when `signal` aborts. */
  async readAll(signal?: AbortSignal): Promise<void> {
    const pause = this.options.yieldToBrowser ?? macrotask;
    for (let n = 1; n <= this.pageCount; n += 1) {
      if (signal?.aborted) return;
      const entry = await this.page(n).catch(() => undefined);
      if (entry) this.options.onPage?.(entry);
      await pause();
    }
  }

  private async read(pageNumber: number): Promise<PageEntry> {
    const page = await this.source.getPage(pageNumber);
    const content = await page.getTextContent();
    const options = this.options.annotate ? this.analyzeOptions() : null;
    return this.settle(pageNumber, content, await this.analyzer(pageNumber, content.items, options));
  }

  private analyzeOptions(): AnalyzeOptions {
    const organ = organOf(this.identity.documentSymbol);
    return { ...(this.lang ? { lang: this.lang } : {}), ...(organ ? { organ } : {}) };
  }

  private settle(
    pageNumber: number,
    content: PageEntry['content'],
    result: { text: PageText; analysis: PageAnalysis | null; ms: number },
  ): PageEntry {
    const entry: PageEntry = { page: pageNumber, content, text: result.text, analysis: result.analysis };
    this.done[pageNumber - 1] = entry;
    this.options.onTiming?.(pageNumber, result.ms);
    return entry;
  }

  private get analyzer(): PageAnalyzer {
    return this.options.analyzer ?? inThreadAnalyzer;
  }
}
