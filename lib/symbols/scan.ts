/**
 * One passage from text to mentions: which of the prefilter's hits to visit
 * (all of them, or only those near digits), then the scanners' drafts checked
 * for overlaps and turned into mentions with their undocs.org links.
 *
 * Where the time goes (measured with npm run bench:symbols, against one
 * `/S\/RES\/\d+/g` over the same passages): that baseline skips ahead several
 * characters at a time on the rare "S/RES/", while anything that must find
 * every digit or every word for "resolution" reads each character, two to
 * four times slower per character. So a passage is read by the cheapest
 * patterns that cannot miss a mention (in Latin-1 text a single one, which
 * stops only where a number or a slash may belong to a mention), and the
 * scanners run only where they stop.
 */
import type { Draft, ScanContext } from './draft';
import { scanLatin1NearDigits } from './digits';
import { undocsUrl } from './parse';
import { scanEveryHit } from './prefilter';
import type { FindSymbolsOptions, SymbolMention } from './types';

/**
 * Every mention holds a digit (0-9, Arabic-Indic ٠-٩ ۰-۹ or full-width ０-９):
 * an explicit symbol in one of its components (`scanExplicit` drops bodies
 * without), a reference in its number, Chinese too. One test for all three
 * ranges reads a Russian, Arabic or Chinese text half again faster than two
 * tests would; it also lets through the Arabic letters between the two
 * Arabic-Indic ranges (U+066A–U+06EF), which only costs those passages the
 * full look. Written negated: V8 scans such a class about twice as fast as
 * `[0-9…]`, whose low seven bits Cyrillic а–й and Arabic ذ–ع share, which
 * defeats the engine's skip table (measured with npm run bench:symbols).
 */
const DIGIT = /[^\0-/:-\u065f\u06fa-\uff0f\uff1a-\uffff]/;
/**
 * A character beyond Latin-1: found at once in Russian, Arabic or Chinese
 * text, and free on a one-byte string (a page's Latin-1 paragraph), which
 * cannot hold one.
 */
const BEYOND_LATIN1 = /[^\0-\xff]/;

/** Which prefilter hits to visit: `near-digits` where the text allows it, or `every` one (the reference). */
export type Walk = 'near-digits' | 'every';

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

/** The mentions of one passage; may throw on a bug (`findSymbols` catches). */
export function scanText(
  text: string,
  options: FindSymbolsOptions,
  walk: Walk = 'near-digits',
): SymbolMention[] {
  const latin1 = walk === 'near-digits' && !BEYOND_LATIN1.test(text);
  // Latin-1 text goes straight to digits.ts, whose single pass is also its digit test.
  if (!latin1 && !DIGIT.test(text)) return [];
  const ctx: ScanContext = {
    text,
    docOrgan: options.organ,
    docOrganKnown: options.organ !== undefined,
    out: [],
  };
  // In Latin-1 text the prefilter need only look right before numbers (digits.ts);
  // elsewhere, where the words of Russian, Arabic and Chinese references stand
  // farther from their numbers, it reads the whole text.
  if (latin1) scanLatin1NearDigits(ctx);
  else scanEveryHit(ctx);
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
