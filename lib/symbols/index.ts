/**
 * UN document symbol recognizer. `findSymbols` finds every explicit symbol
 * (`S/2007/567`, `S/RES/1325 (2000)`, `A/79/634-S/2024/869`, parts "and
 * Add.1") and every numbered reference in prose ("its resolutions 1820 (2008)
 * and 1888 (2009)", "General Assembly resolution 70/1", "UNSCR 1325") in the
 * six UN languages, and gives each its canonical symbol(s) and undocs.org link.
 *
 * One prefilter pass finds the places worth a look (a slash, a word for
 * "resolution" or "decision", "SCR"); each place is then parsed on its own,
 * so a passage with none of them costs one native regex scan.
 */
import { scanChinese } from './chinese';
import type { Draft, ScanContext } from './draft';
import { scanExplicit } from './explicit';
import { undocsUrl } from './parse';
import { hyphenatedTriggerAt, scanProse, triggerAt } from './prose';
import type { FindSymbolsOptions, SymbolMention } from './types';

export type { FindSymbolsOptions, SymbolKind, SymbolMention } from './types';
export type { ParsedSymbol, ResolutionRef } from './parse';
export { formatSymbol, kindOf, parseSymbol, undocsUrl } from './parse';
export { scYearOf, scYearRange } from './sc-years';

/**
 * Where a symbol or a reference may start: a slash, the middle of a word for
 * "resolution"/"decision" in the Latin-script languages (re-sol-ution,
 * dé-cisi-on), the Russian, Arabic and Chinese words, "SCR", and a hyphen at the
 * end of a line (a word split by PDF text extraction, "resolu-\ntion"). Plain literals
 * keep the engine's fast search; each hit is checked by the scanner it wakes.
 */
const PREFILTER = /\/|sol|SOL|cisi|CISI|SCR|езолюц|ЕЗОЛЮЦ|ешени|ЕШЕНИ|قرار|مقرر|[决決]|-\n/g;

/** Keeps the first of overlapping mentions (they come sorted by start, longer first). */
function withoutOverlaps(drafts: Draft[]): Draft[] {
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Draft[] = [];
  let end = -1;
  for (const d of drafts) {
    if (d.start >= end && d.end > d.start) {
      out.push(d);
      end = d.end;
    }
  }
  return out;
}

function scan(text: string, options: FindSymbolsOptions): SymbolMention[] {
  const re = PREFILTER;
  re.lastIndex = 0;
  let m = re.exec(text);
  // Most passages cite nothing: one native scan and out.
  if (!m) return [];
  const ctx: ScanContext = {
    text,
    docOrgan: options.organ,
    docOrganKnown: options.organ !== undefined,
    out: [],
  };
  for (; m; m = re.exec(text)) {
    const hit = m.index;
    const word = m[0];
    let resume: number;
    if (word === '/') resume = scanExplicit(ctx, hit);
    else if (word === '决' || word === '決') {
      const next = text[hit + 1];
      resume = next === '议' || next === '議' || next === '定' ? scanChinese(ctx, hit, word + next) : hit + 1;
    } else {
      const trigger = word === '-\n' ? hyphenatedTriggerAt(text, hit) : triggerAt(text, hit, word);
      resume = trigger ? scanProse(ctx, trigger) : hit + 1;
    }
    if (resume > re.lastIndex) re.lastIndex = resume;
  }
  if (ctx.out.length === 0) return [];
  return withoutOverlaps(ctx.out).map((d) => {
    const mention: SymbolMention = {
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      canonical: d.canonical,
      kind: d.kind,
      url: d.canonical[0] ? undocsUrl(d.canonical[0]) : '',
    };
    if (d.ambiguous) mention.ambiguous = true;
    if (d.warning) mention.warning = d.warning;
    if (d.ocr) mention.ocr = true;
    return mention;
  });
}

/**
 * Finds the UN document symbols a text cites, sorted and non-overlapping.
 * `options.organ` is the organ of the document the text comes from (it decides
 * "its resolution"); without it the text's own symbol or preamble is used.
 * Never throws: text that cannot be read gives no mentions.
 */
export function findSymbols(text: string, options: FindSymbolsOptions = {}): SymbolMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return scan(text, options ?? {});
  } catch {
    return [];
  }
}
