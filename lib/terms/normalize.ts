/**
 * Text as the matcher sees it. Page and PDF text carries things that split
 * words without changing them: words hyphenated across lines ("gen-\nder",
 * "gender-\nbased", or "gen- der" once a PDF text layer joins its lines),
 * soft hyphens, zero-width characters, and Arabic vowel marks and tatweel.
 * They are removed here, with a map back to the original offsets, so that
 * mentions always satisfy `text.slice(start, end) === mention.text`.
 */

export interface Normalized {
  text: string;
  /** The text as given. */
  source: string;
  /** `map[i]` is the index in the original of normalized character i; `map[text.length]` is the original length. Absent when nothing changed. */
  map?: number[];
}

/** Cheap test: most passages have none of this and skip the rebuild. */
const NEEDS =
  /[\u00AD\u200B\u200C\u2060\uFEFF\u0640]|\u200D|[\u0610-\u061A]|[\u064B-\u065F]|\u0670|[-\u2010]\s/;

function dropped(c: number): boolean {
  return (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200d) ||
    c === 0x2060 ||
    c === 0xfeff ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640
  );
}
/**
 * A hyphen at a line end inside a word: letter, hyphen, whitespace with at
 * most one line break, then a lower-case letter. Not a suspended hyphen
 * ("gender- and age-sensitive"), which is followed by a conjunction.
 */
const BREAK = /(?<=\p{L})[-\u2010][ \t]*\r?\n?[ \t]*(?=\p{Ll})(?!(?:and|or|et|ou|y|o|e|u|и|или|nor|to)\s)/gu;

export function normalizeText(text: string): Normalized {
  if (!NEEDS.test(text)) return { text, source: text };
  // Mark the characters to drop, then copy the rest with their origins.
  const drop = new Uint8Array(text.length);
  for (const m of text.matchAll(BREAK)) {
    // Only a real break: the hyphen is followed by some whitespace.
    if (m[0].length < 2) continue;
    for (let i = 0; i < m[0].length; i++) drop[m.index + i] = 1;
  }
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (drop[i] || dropped(text.charCodeAt(i))) continue;
    out += text[i];
    map.push(i);
  }
  map.push(text.length);
  return { text: out, source: text, map };
}

/** Converts a [start, end) range of the normalized text back to the original. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (!n.map) return [start, end];
  // The end is one past the last kept character; vowel marks written on that
  // character belong to it (الجنسيّ), other dropped characters stay out.
  let e = n.map[end - 1]! + 1;
  while (e < n.source.length && isMark(n.source.charCodeAt(e))) e++;
  return [n.map[start]!, e];
}

function isMark(c: number): boolean {
  return (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670;
}
