/**
 * Starts the viewer on a PDF: opens it with pdf.js, reads page 1 for the
 * document's identity, lays the pages out, reads the rest in the background,
 * and connects the protocol (lib/pdf/lens), the keyboard and the hover card.
 * Returns the state and actions the views render. The world (document,
 * location, messaging, settings) comes in as arguments.
 */
import type { Handlers } from '../messaging';
import type { PdfFinding } from './analyze';
import type { Args, MessageType, Result } from '../messaging/protocol';
import { translator } from '../i18n';
import { pdf as messages } from '../i18n/catalog/pdf';
import type { PageAnalyzer } from './analyzer';
import { PdfModel } from './document';
import { keyAction } from './keys';
import { PdfLens } from './lens';
import { classifyOpenError, openPdf, type PDFDocumentProxy } from './pdfjs';
import { idle } from './schedule';
import { createStore, type Store } from './store';
import type { CardApi, CardPosition, CardSubject, ChromeState, ViewerApi, ViewerError } from './ui';
import { fileNameOf } from './url';
import { PdfViewer } from './viewer';

const t = translator(messages);

export interface ViewerWorld {
  doc: Document;
  /** The element that scrolls, holding `list`. */
  scroller: HTMLElement;
  /** Where the page sections go. */
  list: HTMLElement;
  /** The PDF's original URL (validated: http(s), UN host). */
  url: string;
  /** `#page=N` of the viewer's address. */
  initialPage?: number;
  /** The PDF's site when the reader switched 1325 Lens off for it. */
  disabledSite?: string;
  send: <T extends MessageType>(type: T, args: Args<T>) => Promise<Result<T> | undefined>;
  listen: (handlers: Handlers) => () => void;
  /** Leaves for the browser's own viewer. */
  openInBrowser: (url: string) => void;
  /** Opens the side panel for this tab (in the click's user gesture); false when the browser refuses. */
  openSidePanel: () => Promise<boolean>;
  /** Where pages are joined and recognized: a worker in the viewer (default: this thread). */
  analyzer?: PageAnalyzer;
}

export interface CardState {
  subject: CardSubject;
  position: CardPosition;
}

export interface ViewerSession {
  chrome: Store<ChromeState>;
  card: Store<{ card: CardState | null }>;
  api: ViewerApi;
  cardApi: CardApi;
  destroy(): void;
}

/** A title worth showing: the symbol, else the PDF's own title unless it is a file name, else the file name. */
export function chooseTitle(symbol: string | undefined, metaTitle: string | undefined, url: string): string {
  if (symbol) return symbol;
  const title = metaTitle?.trim();
  if (
    title &&
    !/\.(docx?|pdf|rtf|wpd)$/i.test(title) &&
    !/^microsoft word\b/i.test(title) &&
    !/^untitled$/i.test(title)
  ) {
    return title;
  }
  return fileNameOf(url) || url;
}

/** Opens the PDF; rejects with a `ViewerError` the views can show. */
export async function openDocument(
  url: string,
  assets: { base: string; worker: string },
): Promise<PDFDocumentProxy> {
  try {
    return await openPdf(url, assets);
  } catch (error) {
    const kind = classifyOpenError(error);
    const failure: ViewerError =
      kind === 'password'
        ? { kind: 'password', url }
        : kind === 'not-pdf'
          ? { kind: 'not-pdf', url }
          : { kind: 'load', url, reason: error instanceof Error ? error.message : String(error) };
    throw failure;
  }
}

export async function startViewer(world: ViewerWorld, pdf: PDFDocumentProxy): Promise<ViewerSession> {
  const { doc, url } = world;
  const annotate = !world.disabledSite;
  let title = fileNameOf(url) || url;
  let metaTitle: string | undefined;
  void pdf
    .getMetadata()
    .then((meta) => {
      const info = meta.info as { Title?: unknown } | undefined;
      metaTitle = typeof info?.Title === 'string' ? info.Title : undefined;
      setTitle();
    })
    .catch(() => undefined);

  const chrome = createStore<ChromeState>({
    title,
    url,
    page: world.initialPage ?? 1,
    pageCount: pdf.numPages,
    zoom: 1,
    fit: true,
    read: 0,
    pagesWithoutText: [],
    ...(world.disabledSite ? { disabledSite: world.disabledSite } : {}),
    find: { open: false, query: '', total: 0, current: 0, pending: true },
  });
  const card = createStore<{ card: CardState | null }>({ card: null });

  const timing = (name: string, page: number, ms: number) => {
    // User Timing entries: cheap, and what the benchmark reads.
    try {
      performance.measure(`lens:pdf:${name}`, {
        start: performance.now() - ms,
        duration: ms,
        detail: { page },
      });
    } catch {
      // Older engines: timings are for the benchmark only.
    }
  };

  let lens: PdfLens | null = null;
  const model = new PdfModel(pdf, {
    url,
    annotate,
    yieldToBrowser: idle,
    ...(world.analyzer ? { analyzer: world.analyzer } : {}),
    onPage: (entry) => {
      // Pages of one PDF may differ in size: correct the placeholder before the reader gets there.
      void viewer.sizePage(entry.page).catch(() => undefined);
      chrome.set({ read: model.contiguous().length, pagesWithoutText: model.pagesWithoutText() });
      lens?.update();
      const { query } = chrome.get().find;
      if (query) refreshFind(query, false);
      else if (model.complete) chrome.set({ find: { ...chrome.get().find, pending: false } });
    },
    onTiming: (page, ms) => timing('analyze', page, ms),
  });

  const viewer = new PdfViewer({
    doc,
    container: world.list,
    scroller: world.scroller,
    pdf,
    model,
    annotate,
    label: (page) => t('pageRegion', { page }),
    imageNotice: t('imagePage'),
    errorNotice: t('pageError'),
    linkLabels: {
      externalLabel: (name) => t('linkExternal', { name }),
      internalLabel: (page) => t('linkToPage', { page }),
    },
    onChange: (snapshot) =>
      chrome.set({
        page: snapshot.page,
        zoom: snapshot.zoom,
        fit: snapshot.fit,
        find: { ...chrome.get().find, total: snapshot.find.total, current: snapshot.find.current },
      }),
    onTiming: (kind, page, ms) => timing(kind, page, ms),
  });

  function setTitle() {
    title = chooseTitle(model.identity.documentSymbol, metaTitle, url);
    chrome.set({ title });
    doc.title = t('windowTitle', { title });
  }

  /** Searches again; `move` goes to the first match from the current page, else the shown match stays. */
  function refreshFind(query: string, move: boolean) {
    const total = viewer.find(query, move);
    chrome.set({ find: { ...chrome.get().find, query, total, pending: !model.complete } });
  }

  await model.start();
  setTitle();
  await viewer.start(world.initialPage);

  lens = new PdfLens({
    url,
    title: () => title,
    lang: () => model.lang ?? 'und',
    model,
    viewer,
    enabled: annotate,
    send: world.send,
    listen: world.listen,
  });
  lens.start();

  const reading = new AbortController();
  void model.readAll(reading.signal).then(() => {
    world.scroller.setAttribute('aria-busy', 'false');
    chrome.set({ read: model.contiguous().length, find: { ...chrome.get().find, pending: false } });
    lens?.update(true);
  });

  const api: ViewerApi = {
    goToPage: (page) => viewer.goToPage(page),
    zoomBy: (direction) => viewer.zoomBy(direction),
    setZoom: (zoom) => viewer.setZoom(zoom),
    openInBrowser: () => world.openInBrowser(url),
    find: (query) => refreshFind(query, true),
    findStep: (direction) => viewer.findStep(direction),
    closeFind: () => {
      viewer.closeFind();
      chrome.set({ find: { ...chrome.get().find, open: false, query: '', total: 0, current: 0 } });
      world.scroller.focus({ preventScroll: true });
    },
    openFind: () => chrome.set({ find: { ...chrome.get().find, open: true } }),
    focusHighlight: (direction) => void viewer.focusHighlight(direction),
  };

  const stopKeys = listenKeys(doc, api);
  const cardApi = wireCard(world, card, {
    passageIndexAt: (page, offset) => lens?.passageIndexAt(page, offset) ?? null,
    findingAt: (page, offset) => model.peek(page)?.analysis?.findings.find((f) => f.start === offset),
  });

  return {
    chrome,
    card,
    api,
    cardApi,
    destroy() {
      reading.abort();
      stopKeys();
      lens?.stop();
      viewer.destroy();
      void pdf.destroy();
    },
  };
}

function listenKeys(doc: Document, api: ViewerApi): () => void {
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    const inTextField =
      !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const action = keyAction({
      key: e.key,
      code: e.code,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      altKey: e.altKey,
      shiftKey: e.shiftKey,
      inTextField,
    });
    if (!action) return;
    e.preventDefault();
    if (action.type === 'find') api.openFind();
    else if (action.type === 'zoom') api.zoomBy(action.direction);
    else if (action.type === 'zoom-fit') api.setZoom('fit');
    else if (action.type === 'highlight') api.focusHighlight(action.direction);
    else if (action.type === 'page') api.goToPage(currentPage(doc) + action.direction);
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}

/** The page the toolbar shows (kept in its input). */
function currentPage(doc: Document): number {
  const input = doc.querySelector<HTMLInputElement>('[data-testid="page-input"]');
  return Number(input?.value) || 1;
}

interface Lookups {
  passageIndexAt: (page: number, offset: number) => number | null;
  findingAt: (page: number, offset: number) => PdfFinding | undefined;
}

/** The card's subject for a highlight element, or null for anything else. */
function subjectOf(mark: HTMLElement, lookups: Lookups): CardSubject | null {
  const page = Number(mark.closest<HTMLElement>('.pdf-page')?.dataset.page);
  const at = Number(mark.dataset.lensAt);
  if (!Number.isInteger(page) || !Number.isInteger(at)) return null;
  const finding = lookups.findingAt(page, at);
  if (!finding) return null;
  const passageIndex = lookups.passageIndexAt(page, at);
  const symbol = finding.symbol?.canonical[0];
  if (finding.kind === 'symbol' && symbol) {
    return { kind: 'symbol', symbol, url: finding.symbol?.url ?? '', passageIndex };
  }
  if (finding.kind === 'term' && finding.term) {
    return { kind: 'term', text: finding.text, themes: finding.term.themes, passageIndex };
  }
  return null;
}

/** Shows the card on hover and keyboard focus of a highlight; Escape or a click elsewhere hides it. */
function wireCard(world: ViewerWorld, card: Store<{ card: CardState | null }>, lookups: Lookups): CardApi {
  const { doc, list } = world;
  const view = doc.defaultView;
  let hideTimer: ReturnType<typeof setTimeout> | null = null;
  const cancelHide = () => {
    if (hideTimer) clearTimeout(hideTimer);
    hideTimer = null;
  };
  const show = (mark: HTMLElement) => {
    cancelHide();
    const subject = subjectOf(mark, lookups);
    if (!subject) return null;
    const rect = mark.getBoundingClientRect();
    const innerWidth = view?.innerWidth ?? 800;
    const innerHeight = view?.innerHeight ?? 800;
    const width = Math.min(352, innerWidth - 32);
    const left = Math.max(8, Math.min(rect.left, innerWidth - width - 8));
    // Below the highlight, or above it in the lower half of the window (the card is at most 45 % high).
    const position: CardPosition =
      rect.top > innerHeight / 2
        ? { bottom: innerHeight - rect.top + 6, left }
        : { top: rect.bottom + 6, left };
    card.set({ card: { subject, position } });
    return subject;
  };
  /** Focusing or clicking a highlight (not hovering it) selects its passage in the side panel. */
  const select = (subject: CardSubject | null) => {
    if (subject?.passageIndex === null || subject?.passageIndex === undefined) return;
    void world.send('page/focused-passage', { passageIndex: subject.passageIndex }).catch(() => undefined);
  };
  const markOf = (target: EventTarget | null) =>
    (target as Element | null)?.closest?.<HTMLElement>(
      'mark[data-wps-kind="symbol"], mark[data-wps-kind="term"]',
    ) ?? null;
  list.addEventListener('mouseover', (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
  });
  list.addEventListener('mouseout', (e) => {
    if (markOf(e.target)) hideTimer = setTimeout(() => card.set({ card: null }), 400);
  });
  list.addEventListener('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) select(show(mark));
  });
  list.addEventListener('click', (e) => {
    const mark = markOf(e.target);
    if (mark && e.isTrusted) select(show(mark));
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && card.get().card) card.set({ card: null });
  });
  doc.addEventListener('mouseover', (e) => {
    if ((e.target as Element | null)?.closest?.('.pdf-card')) cancelHide();
  });
  world.scroller.addEventListener('scroll', () => card.get().card && card.set({ card: null }), {
    passive: true,
  });

  return {
    lookup: async (symbol) => (await world.send('kb/lookup', { symbol }).catch(() => null)) ?? null,
    showInPanel(subject) {
      void world.openSidePanel();
      void world
        .send('panel/open', {
          ...(subject.passageIndex !== null ? { passageIndex: subject.passageIndex } : {}),
          ...(subject.kind === 'symbol' ? { symbol: subject.symbol } : {}),
        })
        .catch(() => undefined);
    },
    close: () => card.set({ card: null }),
  };
}
