/**
 * Cheap language detection for a passage: the script first (Han, Arabic,
 * Cyrillic), then, for Latin script, a handful of function words that tell
 * English, French and Spanish apart. It reads at most the first 600
 * characters. It runs before every passage the content script matches when
 * the page does not say its language, so it costs a fraction of the matcher:
 * one native test rules the other scripts out, and words are looked up in
 * place, without a substring each.
 */
import type { Lang } from './lexicon/types';

const SAMPLE = 600;
const LATIN_SAMPLE = 400;

/**
 * Function words (and a few WPS words) that belong to one Latin-script
 * language only: counting them in the first few hundred characters is enough
 * to tell the three apart. A word counts when it is a whole run of ASCII
 * letters, digits and underscores, in any case (what `\b…\b` with the `i`
 * flag finds); French also counts the elisions l', d' and qu' (straight or
 * curly apostrophe).
 */
export const FUNCTION_WORDS = {
  en: 'the of and to is are for with that on by this women girls against which from be has have',
  fr: 'les des du et est sont pour dans une aux au sur qui par ces cette leur leurs femme femmes filles',
  es: 'los las del y el lo mi su sus por para con una al como mujeres mujer contra son',
} as const;
/** Letters one language uses and the others do not (either case): short headings have few function words. */
export const LANGUAGE_LETTERS = { fr: 'çèêëïœàùâîôû', es: 'ñ¿¡áíóú' } as const;

/** The scripts counted before Latin: Cyrillic, Arabic, Han. */
const OTHER_SCRIPTS = /[\u0400-\u04ff\u0600-\u06ff\u3400-\u4dbf\u4e00-\u9fff]/;
/** The letters counted as Latin. */
const LATIN_LETTERS = /[A-Za-z\u00c0-\u024f]/;

/** The language of a text among the six UN languages, or undefined when it has no letters. */
export function detectLanguage(text: string): Lang | undefined {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // Most passages are in one script: Latin text needs no count.
  if (!OTHER_SCRIPTS.test(sample)) return LATIN_LETTERS.test(sample) ? latinLanguage(sample) : undefined;
  let han = 0;
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
  }
  // A Chinese passage quotes Latin symbols and numbers; a few Han characters decide.
  if (han > 0 && han * 4 >= latin) return 'zh';
  if (arabic >= cyrillic && arabic > latin / 2 && arabic > 0) return 'ar';
  if (cyrillic > latin / 2 && cyrillic > 0) return 'ru';
  if (latin === 0) return undefined;
  return latinLanguage(sample);
}

/** Bits of the languages a word or a letter counts for. */
const EN = 1;
const FR = 2;
const ES = 4;

/**
 * The function words in an open-addressing table keyed by a hash of their
 * lower-cased letters, so a passage's word is hashed as it is read and
 * compared only when its hash is there.
 */
const SIZE = 256;
const SLOT_WORD: string[] = new Array<string>(SIZE).fill('');
const SLOT_HASH = new Int32Array(SIZE);
const SLOT_BITS = new Uint8Array(SIZE);
const step = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;
(['en', 'fr', 'es'] as const).forEach((lang, i) => {
  for (const word of FUNCTION_WORDS[lang].split(' ')) {
    let h = 0;
    for (let k = 0; k < word.length; k++) h = step(h, word.charCodeAt(k));
    let slot = h & (SIZE - 1);
    while (SLOT_WORD[slot] && SLOT_WORD[slot] !== word) slot = (slot + 1) & (SIZE - 1);
    SLOT_WORD[slot] = word;
    SLOT_HASH[slot] = h;
    SLOT_BITS[slot]! |= 1 << i;
  }
});
const LETTER_BITS = new Map<number, number>();
for (const [letters, bit] of [
  [LANGUAGE_LETTERS.fr, FR],
  [LANGUAGE_LETTERS.es, ES],
] as const) {
  for (const ch of letters + letters.toUpperCase()) LETTER_BITS.set(ch.charCodeAt(0), bit);
}
/** ASCII letters, digits and "_" (what `\w` is without the `u` flag). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = Number((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95);
}
const isAsciiWord = (c: number) => c < 128 && ASCII_WORD[c] === 1;

function latinLanguage(text: string): Lang {
  const end = Math.min(text.length, LATIN_SAMPLE);
  let en = 0;
  let fr = 0;
  let es = 0;
  for (let i = 0; i < end;) {
    const c = text.charCodeAt(i);
    if (!isAsciiWord(c)) {
      if (c >= 0xa1) {
        const bit = LETTER_BITS.get(c);
        if (bit === FR) fr++;
        else if (bit === ES) es++;
      }
      i++;
      continue;
    }
    // In a run of ASCII letters, digits and "_", `| 0x20` lower-cases the
    // letters and changes nothing a function word could match.
    const start = i;
    let h = 0;
    do h = step(h, text.charCodeAt(i++) | 0x20);
    while (i < end && isAsciiWord(text.charCodeAt(i)));
    const length = i - start;
    for (let slot = h & (SIZE - 1); SLOT_WORD[slot]; slot = (slot + 1) & (SIZE - 1)) {
      const word = SLOT_WORD[slot]!;
      if (SLOT_HASH[slot] !== h || word.length !== length) continue;
      let k = 0;
      while (k < length && (text.charCodeAt(start + k) | 0x20) === word.charCodeAt(k)) k++;
      if (k < length) continue;
      const bits = SLOT_BITS[slot]!;
      if (bits & EN) en++;
      if (bits & FR) fr++;
      if (bits & ES) es++;
      break;
    }
    // French elisions: l', d', qu'.
    const next = i < end ? text.charCodeAt(i) : 0;
    if (next === 0x27 || next === 0x2019) {
      const first = c | 0x20;
      if (
        (length === 1 && (first === 0x6c || first === 0x64)) ||
        (length === 2 && first === 0x71 && (text.charCodeAt(start + 1) | 0x20) === 0x75)
      ) {
        fr++;
      }
    }
  }
  // Ties go to the first of en, fr, es.
  return es > en && es > fr ? 'es' : fr > en ? 'fr' : 'en';
}
