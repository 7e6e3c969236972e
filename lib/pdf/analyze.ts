/**
 * Runs the recognizers on one page's joined text: symbol and term mentions,
 * the highlights they become, and the page's passages (paragraphs carrying
 * mentions) for the side panel. DOM-free: the same `findSymbols` and
 * `findTerms` as on HTML pages, on the text `lib/pdf/text` joined.
 */
import type { PassageReport } from '../messaging/protocol';
import { findSymbols, type FindSymbolsOptions, type SymbolMention } from '../symbols';
import { findTerms, type TermMention } from '../terms';
import type { PageText } from './text';

/** One highlight on a page: a range of `PageText.text` and the attributes its marks carry. */
export interface PdfFinding {
  start: number;
  end: number;
  text: string;
  kind: 'symbol' | 'term';
  symbol?: SymbolMention;
  term?: TermMention;
  attrs: Record<string, string>;
}

/** A paragraph of the page that carries mentions; offsets of mentions are relative to `start`. */
export interface PagePassage {
  start: number;
  end: number;
  text: string;
  symbols: SymbolMention[];
  terms: TermMention[];
}

export interface PageAnalysis {
  /** 1-based page number. */
  page: number;
  text: PageText;
  /** Non-overlapping, in text order: what gets highlighted. */
  findings: PdfFinding[];
  passages: PagePassage[];
}

export interface AnalyzeOptions {
  lang?: string;
  organ?: FindSymbolsOptions['organ'];
}

function symbolAttrs(m: SymbolMention): Record<string, string> {
  return {
    'data-wps-kind': 'symbol',
    'data-wps-symbol': m.canonical[0] ?? '',
    ...(m.canonical.length > 1 ? { 'data-wps-symbols': m.canonical.join('|') } : {}),
    ...(m.ambiguous ? { 'data-wps-ambiguous': 'true' } : {}),
  };
}

function termAttrs(m: TermMention): Record<string, string> {
  return {
    'data-wps-kind': 'term',
    'data-wps-term': m.termId,
    'data-wps-themes': m.themes.join(' '),
  };
}

/** Symbols first; a term overlapping a symbol (or an earlier term) is not highlighted twice. */
function nonOverlapping(findings: PdfFinding[]): PdfFinding[] {
  const sorted = [...findings].sort(
    (a, b) => a.start - b.start || (a.kind === b.kind ? b.end - a.end : a.kind === 'symbol' ? -1 : 1),
  );
  const out: PdfFinding[] = [];
  for (const f of sorted) {
    const last = out.at(-1);
    if (last && f.start < last.end) {
      if (f.kind === 'symbol' && last.kind === 'term') out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

/** Finds symbols and terms on one page and groups them into passages. */
export function analyzePage(page: number, text: PageText, options: AnalyzeOptions = {}): PageAnalysis {
  if (!text.hasText) return { page, text, findings: [], passages: [] };
  const symbolOptions: FindSymbolsOptions = {};
  if (options.lang) symbolOptions.lang = options.lang;
  if (options.organ) symbolOptions.organ = options.organ;
  const symbols = findSymbols(text.text, symbolOptions);
  const terms = findTerms(text.text, options.lang ? { lang: options.lang } : {});

  const findings = nonOverlapping([
    ...symbols.map((m): PdfFinding => ({ ...range(m), kind: 'symbol', symbol: m, attrs: symbolAttrs(m) })),
    ...terms.map((m): PdfFinding => ({ ...range(m), kind: 'term', term: m, attrs: termAttrs(m) })),
  ]);

  const passages: PagePassage[] = [];
  for (const p of text.paragraphs) {
    const inside = <T extends { start: number; end: number }>(m: T) => m.start >= p.start && m.end <= p.end;
    const shift = <T extends { start: number; end: number }>(m: T): T => ({
      ...m,
      start: m.start - p.start,
      end: m.end - p.start,
    });
    const ps = symbols.filter(inside).map(shift);
    const pt = terms.filter(inside).map(shift);
    if (ps.length + pt.length === 0) continue;
    passages.push({
      start: p.start,
      end: p.end,
      text: text.text.slice(p.start, p.end),
      symbols: ps,
      terms: pt,
    });
  }
  return { page, text, findings, passages };
}

function range(m: { start: number; end: number; text: string }) {
  return { start: m.start, end: m.end, text: m.text };
}

/** The report form of a page's passages, numbered from `firstIndex`. */
export function passageReports(analysis: PageAnalysis, firstIndex: number): PassageReport[] {
  return analysis.passages.map((p, i) => ({
    index: firstIndex + i,
    text: p.text,
    symbols: p.symbols,
    terms: p.terms,
    page: analysis.page,
  }));
}
