/**
 * The content script's behaviour, given the page's document: annotate it
 * (visible part first, the rest in idle slices, changes as they come), keep
 * the side panel informed, answer its requests, show cards on highlights,
 * re-anchor the reader's saved passages, and follow the reader's settings
 * live. The entrypoint only wires this to WXT.
 */
import { browser } from 'wxt/browser';
import type { CardApi, CardTarget, SaveOutcome } from './card-api';
import { describeRange } from '../anchoring/dom';
import { revealRange, rangeOverNodes } from '../highlight/flash';
import { resolveLocale, setLocale } from '../i18n';
import { onMessages, sendToExtension, type PageReport, type PassageDraft } from '../messaging';
import type { SavedPassage } from '../model/saved-passage';
import {
  DEFAULT_SETTINGS,
  debugTimingItem,
  isSiteEnabled,
  loadSettings,
  watchSettings,
  type Settings,
} from '../settings';
import { Annotator } from './annotate';
import { CardController, type CardSurface } from './card-controller';
import { documentIdentity, type DocumentIdentity } from './document';
import { DocumentTextCache } from './doc-text';
import { filterKey, findingFilter } from './filter';
import { claimInstance } from './instance';
import { kindOf, pageMatcher, type Finding, type Matcher } from './matcher';
import { MutationWatcher, type MutationBatch } from './mutations';
import { buildReport } from './report';
import { SavedLayer } from './saved';
import { clock, idle } from './schedule';
import { createTiming, TIMING, type Timing } from './timing';
import { ownWindow } from './walk';

export interface PageLensOptions {
  /** Creates the card's shadow root (WXT's `createShadowRootUi` in the entrypoint). No cards without it. */
  createSurface?: () => Promise<CardSurface>;
  /** The recognizers (tests pass stubs); symbols and the lexicon by default. */
  matcher?: Matcher;
}

/** At most one `page/updated` per this many ms while annotating: a 1 MB page sends a handful, not hundreds. */
const UPDATE_INTERVAL = 1_000;

/** True while the extension that injected us is still there (false after a reload or uninstall). */
function runtimeAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
}

export function startPageLens(doc: Document, signal: AbortSignal, options: PageLensOptions = {}): void {
  // A PDF shown by the browser's own viewer: nothing of the page to read here;
  // the side panel offers to open it in our viewer instead (lib/pdf).
  if (!doc.body || doc.contentType === 'application/pdf') return;
  const matcher = options.matcher ?? pageMatcher();
  let settings: Settings = DEFAULT_SETTINGS;
  let status: PageReport['status'] = 'loading';
  let timing: Timing = createTiming(false);
  let annotator: Annotator | null = null;
  let watcher: MutationWatcher | null = null;
  let cards: CardController | null = null;
  let session: AbortController | null = null;
  let identity: DocumentIdentity = documentIdentity(doc);
  let lastUrl = doc.location.href;
  let stopped = false;
  /** Aborted only when this instance stops for good; a paused annotator still clears its marks. */
  const life = new AbortController();
  const cleanups: (() => void)[] = [];

  const write = <T>(fn: () => T): T => (watcher ? watcher.write(fn) : fn());
  const saved = new SavedLayer(write);
  const docText = new DocumentTextCache(() => doc.body);
  const host = () => doc.location.hostname;

  const instance = claimInstance(doc, () => stop(), runtimeAlive);
  const current = () => {
    if (stopped) return false;
    if (instance.isCurrent()) return true;
    stop(); // a newer instance took over, or the extension is gone: leave the page as it was
    return false;
  };

  // WXT aborts `signal` when it believes a newer copy of this script started,
  // from an event on `document` a page can also dispatch. Stop only when that
  // is true (our runtime is gone or a newer instance claimed the page).
  signal.addEventListener('abort', () => {
    if (!runtimeAlive() || !instance.isCurrent()) stop();
  });

  // ---- reporting -----------------------------------------------------------------

  const page = () => ({ url: doc.location.href, title: doc.title, lang: doc.documentElement.lang || 'und' });
  const report = (): PageReport =>
    buildReport(annotator, page(), status, {
      ...(identity.documentSymbol ? { documentSymbol: identity.documentSymbol } : {}),
      documentKey: identity.documentKey,
      saved: saved.status,
    });
  let lastSent = -Infinity;
  let updateTimer: ReturnType<typeof setTimeout> | null = null;
  const notify = (urgent = false) => {
    if (stopped) return;
    if (updateTimer !== null) {
      if (!urgent) return;
      clearTimeout(updateTimer);
    }
    const wait = urgent ? 0 : Math.max(0, lastSent + UPDATE_INTERVAL - clock());
    updateTimer = setTimeout(() => {
      updateTimer = null;
      if (!current()) return;
      lastSent = clock();
      void sendToExtension('page/updated', report()).catch(() => undefined);
    }, wait);
  };

  // ---- annotation ----------------------------------------------------------------

  const checkUrl = () => {
    if (doc.location.href === lastUrl) return false;
    lastUrl = doc.location.href;
    identity = documentIdentity(doc);
    return true;
  };

  const onBatch = async (batch: MutationBatch) => {
    if (!current()) return;
    docText.invalidate();
    const moved = checkUrl();
    await annotator?.refresh(batch.blocks, batch.subtrees);
    if (moved) void loadSaved();
    notify();
  };

  const start = async () => {
    const body = doc.body;
    if (!body || !current()) return;
    session = new AbortController();
    status = 'loading';
    watcher = new MutationWatcher(body, { onBatch, signal: session.signal });
    watcher.start();
    const a = new Annotator(body, {
      matcher,
      show: findingFilter(settings),
      context: identity.organ ? { organ: identity.organ } : {},
      write,
      signal: life.signal,
      isCurrent: current,
      knows: (mark) => saved.idOf(mark) !== undefined,
      onSlice: (s, e) => timing.slice(s, e),
      onWarmUp: (s, e) => timing.warmUp(s, e),
      onLongStep: (job, s, e) => timing.longStep(job, s, e),
      onVisible: () => timing.mark(TIMING.firstViewport),
      onProgress: () => notify(),
    });
    annotator = a;
    if (options.createSurface) {
      cards = new CardController({
        doc,
        describe,
        createSurface: options.createSurface,
        api: cardApi,
        onFocusPassage: (passageIndex) =>
          void sendToExtension('page/focused-passage', { passageIndex }).catch(() => undefined),
        isCurrent: current,
        signal: session.signal,
      });
    }
    notify(true);
    await a.run();
    if (annotator !== a || !current()) return;
    status = 'ready';
    timing.mark(TIMING.ready, { passages: a.passages.length, ...a.stats });
    notify(true);
    await loadSaved();
  };

  /** The reader switched the site off: remove everything, in slices. */
  const pause = async () => {
    status = 'disabled';
    session?.abort();
    session = null;
    watcher = null;
    cards = null;
    const a = annotator;
    annotator = null;
    saved.clear();
    notify(true);
    await a?.clearSliced();
  };

  function stop(): void {
    if (stopped) return;
    stopped = true;
    session?.abort();
    life.abort();
    // `clear` is synchronous: a newer instance starts right after this returns.
    annotator?.clear();
    saved.clear();
    annotator = null;
    watcher = null;
    if (updateTimer !== null) clearTimeout(updateTimer);
    for (const fn of cleanups.splice(0)) fn();
    instance.release();
  }

  // ---- saved passages --------------------------------------------------------------

  let savedRun = 0;
  const disabled = () => status === 'disabled';
  const loadSaved = async () => {
    const run = ++savedRun;
    if (status === 'disabled' || !current()) return;
    let records: SavedPassage[] = [];
    try {
      const answer = await sendToExtension('passages/for-page', {
        url: doc.location.href,
        documentKey: identity.documentKey,
      });
      records = Array.isArray(answer) ? answer : [];
    } catch {
      records = []; // nothing stored yet, or the background is restarting: try again on the next change
    }
    if (records.length === 0 && saved.status.length === 0) return;
    const text = await docText.get();
    await idle();
    if (run !== savedRun || disabled() || !current()) return;
    saved.setShown(settings.kinds.saved);
    saved.apply(records, text);
    notify(true);
  };

  // ---- cards ---------------------------------------------------------------------

  const targets = new WeakMap<Finding, CardTarget>();
  const savedTargets = new Map<string, CardTarget>();
  function describe(mark: Element): CardTarget | null {
    const savedId = saved.idOf(mark);
    if (savedId) {
      let target = savedTargets.get(savedId);
      if (!target) {
        const record = saved.record(savedId);
        target = { kind: 'saved', savedId, text: record?.selectors.quote.exact.slice(0, 200) ?? '' };
        savedTargets.set(savedId, target);
      }
      return target;
    }
    const info = annotator?.markInfo(mark);
    if (!info) return null;
    let target = targets.get(info.finding);
    if (!target) {
      const f = info.finding;
      const passageIndex = info.entry.index;
      target =
        kindOf(f) === 'term' && f.term
          ? { kind: 'term', text: f.text, termId: f.term.termId, themes: [...f.term.themes], passageIndex }
          : {
              kind: 'symbol',
              text: f.text,
              symbol: f.symbol?.canonical[0] ?? f.text,
              url: f.symbol?.url ?? '',
              passageIndex,
            };
      targets.set(info.finding, target);
    }
    return target;
  }

  const cardApi: Omit<CardApi, 'close'> = {
    lookup: async (symbol) => (await sendToExtension('kb/lookup', { symbol }).catch(() => null)) ?? null,
    showInPanel: async (target) => {
      const passageIndex = 'passageIndex' in target ? target.passageIndex : undefined;
      const args = {
        ...(passageIndex !== undefined ? { passageIndex } : {}),
        ...(target.kind === 'symbol' ? { symbol: target.symbol } : {}),
      };
      // Sent synchronously from the card's click: Chrome lets the background
      // open the side panel only while that user gesture lasts.
      const opened = (await sendToExtension('panel/open', args).catch(() => false)) === true;
      if (opened && passageIndex !== undefined) {
        // A panel that just opened asks for the page first; tell it again which passage.
        setTimeout(
          () => void sendToExtension('page/focused-passage', { passageIndex }).catch(() => undefined),
          700,
        );
      }
      return opened;
    },
    save: async (): Promise<SaveOutcome> => {
      const draft = await describeSelection();
      if (!draft) return { ok: false, reason: 'no-selection' };
      try {
        const answer = await sendToExtension('passages/save', draft);
        return answer ? { ok: true } : { ok: false, reason: 'unavailable' };
      } catch (error) {
        return {
          ok: false,
          reason: 'error',
          message: String(error instanceof Error ? error.message : error),
        };
      }
    },
  };

  // ---- requests from the side panel ------------------------------------------------

  async function describeSelection(): Promise<PassageDraft | null> {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0).cloneRange();
    const text = await docText.get();
    const selectors = describeRange(text, range);
    if (!selectors) return null;
    return {
      ...page(),
      documentKey: identity.documentKey,
      ...(identity.documentSymbol ? { documentSymbol: identity.documentSymbol } : {}),
      selectors,
    };
  }

  const reveal = ({ passageIndex, savedId }: { passageIndex?: number; savedId?: string }): boolean => {
    if (savedId !== undefined) {
      const marks = saved.marks(savedId);
      const range = rangeOverNodes(marks.length > 0 ? marks : saved.roots(savedId));
      if (!range) return false;
      revealRange(range, marks);
      return true;
    }
    const entry = passageIndex === undefined ? undefined : annotator?.entry(passageIndex);
    if (!entry || !entry.passage.root.isConnected) return false;
    const marks = entry.handles.flatMap((h) => h.elements);
    const piece = ownWindow(entry.passage.root, entry.passage.offset, entry.passage.text);
    const range = rangeOverNodes(piece ? piece.passage.nodes.map((n) => n.node) : [entry.passage.root]);
    if (!range) return false;
    revealRange(range, marks);
    return true;
  };

  const stopMessages = onMessages({
    'page/get': () => (current() ? report() : null),
    'page/reveal': (args) => current() && reveal(args),
    'selection/describe': () => (current() ? describeSelection() : null),
    'page/saved-changed': () => {
      if (current()) {
        docText.invalidate();
        void loadSaved();
      }
    },
  });
  cleanups.push(stopMessages);

  // ---- settings ------------------------------------------------------------------

  const applyLocale = (s: Settings) =>
    setLocale(resolveLocale(s.uiLanguage, doc.defaultView?.navigator.languages ?? ['en']));

  const applySettings = (next: Settings) => {
    const before = settings;
    settings = next;
    applyLocale(next);
    cards?.refresh();
    const wasOn = isSiteEnabled(before, host()) && status !== 'disabled';
    const isOn = isSiteEnabled(next, host());
    if (wasOn && !isOn) {
      void pause();
    } else if (!wasOn && isOn) {
      void start();
    } else if (isOn) {
      if (filterKey(before) !== filterKey(next))
        void annotator?.setShow(findingFilter(next)).then(() => notify());
      saved.setShown(next.kinds.saved);
    }
  };

  const onPopState = () => {
    if (checkUrl()) {
      docText.invalidate();
      void loadSaved();
      notify(true);
    }
  };
  doc.defaultView?.addEventListener('popstate', onPopState);
  cleanups.push(() => doc.defaultView?.removeEventListener('popstate', onPopState));

  void (async () => {
    const [loaded, debug] = await Promise.all([
      loadSettings().catch(() => DEFAULT_SETTINGS),
      debugTimingItem.getValue().catch(() => false),
    ]);
    if (!current()) return;
    timing = createTiming(debug === true);
    timing.mark(TIMING.start);
    settings = loaded;
    applyLocale(loaded);
    cleanups.push(watchSettings((next) => current() && applySettings(next)));
    if (isSiteEnabled(loaded, host())) await start();
    else {
      status = 'disabled';
      notify(true);
    }
  })();
}
