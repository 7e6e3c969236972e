/**
 * Text as the matcher sees it. Page and PDF text carries things that split
 * words without changing them: words hyphenated across lines ("gen-\nder",
 * "gender-\nbased", or "gen- der" once a PDF text layer joins its lines),
 * soft hyphens, zero-width characters, and Arabic vowel marks and tatweel.
 * They are removed here, with a map back to the original offsets, so that
 * mentions always satisfy `text.slice(start, end) === mention.text`.
 *
 * It runs before every passage, so the work is native where it can be: one
 * class scan says whether there is anything to remove (usually not), and the
 * text is rebuilt from slices between what is removed, with the map kept as
 * the places where the offsets shift rather than one entry per character.
 */

export interface Normalized {
  text: string;
  /** The text as given. */
  source: string;
  /**
   * Where offsets shift, absent when nothing changed: from normalized index
   * `at[k]` on, the original index is the normalized one plus `shift[k]`.
   */
  at?: number[];
  shift?: number[];
}

/** Characters dropped wherever they are: soft hyphen, zero-width characters, Arabic vowel marks and tatweel. */
const DROPPED = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\u0610-\\u061A\\u0640\\u064B-\\u065F\\u0670';
/**
 * What may need removing: those, and hyphens (only a hyphen before a space
 * may be a break). The class lists code points by escape; none is meant to
 * combine with the one before it.
 */
// eslint-disable-next-line no-misleading-character-class
const CANDIDATES = new RegExp(`[-\\u2010${DROPPED}]`, 'g');
/** What `\s` matches. */
const SPACE = /\s/;

/** Whether there is anything to remove: a dropped character, or a hyphen before whitespace. */
function needsNormalizing(text: string): boolean {
  CANDIDATES.lastIndex = 0;
  // `test` rather than `exec`: no match object per hyphen.
  while (CANDIDATES.test(text)) {
    const i = CANDIDATES.lastIndex - 1;
    const c = text.charCodeAt(i);
    if ((c !== 0x2d && c !== 0x2010) || SPACE.test(text.charAt(i + 1))) return true;
  }
  return false;
}

/**
 * What to remove, in order: a hyphen at a line end inside a word (letter,
 * hyphen, whitespace with at most one line break, then a lower-case letter;
 * not a suspended hyphen, "gender- and age-sensitive", followed by a
 * conjunction), or a character dropped everywhere. The hyphen comes first
 * and the letter before it is checked after, so that the scan looks for a
 * hyphen rather than testing every letter.
 */
const REMOVE = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- code points by escape, as in CANDIDATES
  `[-\u2010](?<=\\p{L}.)[ \t]*\r?\n?[ \t]*(?=\\p{Ll})(?!(?:and|or|et|ou|y|o|e|u|и|или|nor|to)\\s)|[${DROPPED}]`,
  'gu',
);

export function normalizeText(text: string): Normalized {
  if (!needsNormalizing(text)) return { text, source: text };
  let out = '';
  const at: number[] = [];
  const shift: number[] = [];
  let from = 0;
  for (const m of text.matchAll(REMOVE)) {
    // A hyphen is a break only when some whitespace follows it.
    if (m[0] === '-' || m[0] === '\u2010') continue;
    out += text.slice(from, m.index);
    from = m.index + m[0].length;
    // Characters from here on come `from - out.length` later in the original.
    if (at[at.length - 1] === out.length) shift[shift.length - 1] = from - out.length;
    else {
      at.push(out.length);
      shift.push(from - out.length);
    }
  }
  out += text.slice(from);
  return { text: out, source: text, at, shift };
}

/** The original index of normalized character `i`. */
function original(n: Normalized, i: number): number {
  const at = n.at!;
  let k = at.length - 1;
  while (k >= 0 && at[k]! > i) k--;
  return k < 0 ? i : i + n.shift![k]!;
}

/** Converts a [start, end) range of the normalized text back to the original. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (!n.at) return [start, end];
  // The end is one past the last kept character; vowel marks written on that
  // character belong to it (الجنسيّ), other dropped characters stay out.
  let e = original(n, end - 1) + 1;
  while (e < n.source.length && isMark(n.source.charCodeAt(e))) e++;
  return [original(n, start), e];
}

function isMark(c: number): boolean {
  return (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670;
}
