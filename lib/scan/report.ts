/** Summarizes what an annotator found, for the side panel. */
import type { PageReport, PassageReport, SavedAnchorStatus, SymbolSummary } from '../messaging/protocol';
import type { SymbolMention } from '../symbols';
import type { TermMention } from '../terms';
import type { AnnotatedPassage, Annotator } from './annotate';

export interface ReportExtras {
  documentSymbol?: string;
  documentKey?: string;
  saved?: SavedAnchorStatus[];
}

/**
 * The page report: symbols summarized, and every passage with symbols or
 * terms (in document order, each with its stable `index`). A disabled page
 * reports nothing found.
 */
export function buildReport(
  annotator: Annotator | null,
  page: { url: string; title: string; lang: string },
  status: PageReport['status'],
  extras: ReportExtras = {},
): PageReport {
  const entries = status === 'disabled' || !annotator ? [] : inPageOrder(annotator);
  const symbols = new Map<string, SymbolSummary>();
  const passages: PassageReport[] = [];
  for (const entry of entries) {
    const mentions: SymbolMention[] = [];
    const terms: TermMention[] = [];
    for (const f of entry.findings) {
      if (f.term) terms.push(f.term);
      const mention = f.symbol;
      if (!mention) continue;
      mentions.push(mention);
      const canonical = mention.canonical[0];
      if (!canonical) continue;
      const known = symbols.get(canonical);
      if (known) known.count += 1;
      else
        symbols.set(canonical, {
          canonical,
          kind: mention.kind,
          url: mention.url,
          count: 1,
          firstText: f.text,
        });
    }
    passages.push({ index: entry.index, text: entry.passage.text, symbols: mentions, terms });
  }
  return {
    ...page,
    ...(extras.documentSymbol ? { documentSymbol: extras.documentSymbol } : {}),
    documentKey: extras.documentKey ?? `url:${page.url.replace(/#.*$/, '')}`,
    status,
    symbols: [...symbols.values()],
    passages,
    saved: extras.saved ?? [],
  };
}

/**
 * The annotator's passages by their place in the page, as its walks met them
 * (a number per block: sorting thousands of passages with
 * `compareDocumentPosition` took a tenth of a second on big pages).
 */
export function inPageOrder(annotator: Annotator): AnnotatedPassage[] {
  return annotator.passages.sort(
    (a, b) =>
      annotator.orderOf(a.passage.root) - annotator.orderOf(b.passage.root) ||
      a.passage.chunk - b.passage.chunk ||
      a.index - b.index,
  );
}

/** Sorts passages by their place in the page (chunks of one block by chunk). */
export function inDocumentOrder(entries: AnnotatedPassage[]): AnnotatedPassage[] {
  return [...entries].sort((a, b) => {
    const ra = a.passage.root;
    const rb = b.passage.root;
    if (ra === rb) return a.passage.chunk - b.passage.chunk;
    const position = ra.compareDocumentPosition(rb);
    // A block's own text is reported before the blocks nested in it.
    if (position & 0x10 /* rb inside ra */) return -1;
    if (position & 0x08 /* ra inside rb */) return 1;
    return position & 0x04 /* rb follows */ ? -1 : 1;
  });
}
