/**
 * The prefilter's hits that can lead to a mention, found from the digits
 * every mention holds, for a text written in Latin-1 (English, French,
 * Spanish, Swedish; scan.ts sends any other text to `scanEveryHit`).
 *
 * In such a text a reference's number follows its word directly: "resolution"
 * and its kin, then spaces (one line break at most), up to three letters of an
 * OCR slip or a special session ("S05", "ES-10/19"), and the first digit. (The
 * Russian and Arabic words, which may put an organ's name before the number,
 * Chinese, whose word follows the number, "№", "رقم" and the digits other than
 * 0-9 are all beyond Latin-1.) So the only
 * words for "resolution" worth a look are those right before a run of digits,
 * and the prefilter runs on those few characters. A slash is a hit of its own
 * wherever it stands: a symbol's digits come after it.
 *
 * The hits are woken in text order with the prefilter's resume rule, so the
 * mentions are those `scanEveryHit` finds: a hit left out wakes nothing, and
 * reads nothing past its own word that a later hit could need (a slash, which
 * can read a whole symbol, is never left out).
 */
import type { ScanContext } from './draft';
import { isWordChar } from './draft';
import { PREFILTER_SOURCE, wake } from './prefilter';

/**
 * A slash that may follow a symbol's series (a capital, or `$`, `5`, `8` for an
 * OCR'd S, spaces aside: the check `scanExplicit` starts with), or a digit
 * right after a word ending like "resolution(s)", "decision", "SCR", spaces
 * (none after SCR) and up to three letters of an OCR slip or a special session
 * between. `[/0-9]` is written negated, as in scan.ts, and the engine checks
 * what stands before only at those characters: one pass over the text with
 * few stops.
 */
const CANDIDATE =
  /[^\0-.:-\uffff](?:(?<=[A-Z$58][ \t]*\/)|(?<=(?:[nsNS][ \t\n\u00a0]+|R[ \t\u00a0]*)[SOlIE-]{0,3}[0-9]))/g;
/** The prefilter, run on the word before a number. */
const WORD_HITS = new RegExp(PREFILTER_SOURCE, 'g');

const SLASH = 0x2f;
const NEWLINE = 0x0a;
const HYPHEN = 0x2d;

/** "S05 (1991)" (OCR), "ES-10/19": letters an item may start with before its first digit. */
function isItemLead(c: number): boolean {
  return c === 0x53 || c === 0x4f || c === 0x6c || c === 0x49 || c === 0x45 || c === HYPHEN;
}

/** Spaces and line breaks between a word and its number. */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === NEWLINE || c === 0xa0;
}

function wordStart(text: string, end: number): number {
  let i = end;
  for (; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    const ascii = c < 0x80;
    if (
      ascii
        ? !((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a))
        : !isWordChar(text[i - 1])
    )
      break;
  }
  return i;
}

/**
 * Where the word that may introduce a number whose first digit is at `at`
 * starts, or -1 when the word before cannot: every Latin-script word for
 * "resolution" or "decision" ends in n or s ("resoluciones", "DÉCISION"), and
 * "SCR" in R.
 */
function wordBefore(text: string, at: number): number {
  let p = at;
  for (let k = 0; k < 3 && p > 0 && isItemLead(text.charCodeAt(p - 1)); k++) p--;
  while (p > 0 && isBlank(text.charCodeAt(p - 1))) p--;
  const last = text.charCodeAt(p - 1);
  if (last !== 0x6e && last !== 0x73 && last !== 0x4e && last !== 0x53 && last !== 0x52) return -1;
  let start = wordStart(text, p);
  // "resolu-\ntion": a word split at a line end.
  if (start >= 2 && text.charCodeAt(start - 1) === NEWLINE && text.charCodeAt(start - 2) === HYPHEN)
    start = wordStart(text, start - 2);
  return start;
}

/**
 * Wakes the scanners of the prefilter's hits that can lead to a mention (see
 * the file's comment). `ctx.text` must hold no character beyond U+00FF.
 */
export function scanLatin1NearDigits(ctx: ScanContext): void {
  const { text } = ctx;
  let resume = 0; // the prefilter's position: hits before it were read by an earlier scanner
  CANDIDATE.lastIndex = 0;
  while (CANDIDATE.test(text)) {
    const at = CANDIDATE.lastIndex - 1;
    if (at < resume) continue;
    if (text.charCodeAt(at) === SLASH) {
      resume = wake(ctx, at, '/');
    } else {
      const word = wordBefore(text, at);
      if (word < 0) continue;
      const from = Math.max(word, resume);
      const window = text.slice(from, at);
      WORD_HITS.lastIndex = 0;
      for (let m = WORD_HITS.exec(window); m; m = WORD_HITS.exec(window)) {
        const hit = from + m.index;
        if (hit >= resume) resume = wake(ctx, hit, m[0]);
        if (resume - from > WORD_HITS.lastIndex) WORD_HITS.lastIndex = Math.min(resume - from, window.length);
      }
    }
    if (resume > CANDIDATE.lastIndex) CANDIDATE.lastIndex = resume;
  }
}
