/**
 * The matcher against its specification. The matcher is built for speed (a
 * native finder, beginnings filed by their first characters, expressions
 * compiled on first use and skipped when the passage lacks their words, a
 * normalization that only runs when there is something to remove). The
 * reference below is the plain reading of the same rules: at every place a
 * term can start, every form whose literal beginning is there is run, and
 * the best match wins. Both must find exactly the same terms, at the same
 * offsets, in any text built from the lexicon's own words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTerms, LANGS, type Lang } from '../../../lib/terms';
import { parsedPrefixes } from '../../../lib/terms/keys';
import { ar } from '../../../lib/terms/lexicon/ar';
import { en } from '../../../lib/terms/lexicon/en';
import { es } from '../../../lib/terms/lexicon/es';
import { fr } from '../../../lib/terms/lexicon/fr';
import { ru } from '../../../lib/terms/lexicon/ru';
import type { Lexicon, LexiconEntry } from '../../../lib/terms/lexicon/types';
import { zh } from '../../../lib/terms/lexicon/zh';
import { normalizeText, toOriginal } from '../../../lib/terms/normalize';
import { compilePattern, LETTERS, type Letters } from '../../../lib/terms/pattern';

const LEXICONS: Record<Lang, Lexicon> = { en, fr, es, ru, ar, zh };
const SCRIPT: Record<Lang, Letters> = {
  en: 'latin',
  fr: 'latin',
  es: 'latin',
  ru: 'cyrillic',
  ar: 'arabic',
  zh: 'han',
};
/** Letters and digits of the scripts the lexicons cover: a term starts where a word does. */
const WORD =
  /[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]|[\u0300-\u036F]|[\u0400-\u04FF\u0620-\u063F\u0641-\u0669\u066E-\u06D3\u06FA-\u06FC]/;
/** The prefixes an Arabic word may carry before a term's stem: و/ف, then ب/ك/ل and/or ال, or لل. */
const AR_PREFIXES =
  /^[\u0648\u0641]?(?:[\u0628\u0643\u0644]?\u0627\u0644|\u0644\u0644|[\u0628\u0643\u0644])?$/;
/** Soft hyphen, zero-width characters, Arabic vowel marks and tatweel: never part of the text matched. */
const DROPPED = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0640]|[\u0610-\u061A]|[\u064B-\u065F]|\u0670/;
const VOWEL_MARK = /[\u0610-\u061A]|[\u064B-\u065F]|\u0670/;
/** A hyphen at a line end inside a word (not before a conjunction, as in "gender- and age-sensitive"). */
const BREAK = /(?<=\p{L})[-\u2010][ \t]*\r?\n?[ \t]*(?=\p{Ll})(?!(?:and|or|et|ou|y|o|e|u|и|или|nor|to)\s)/gu;

/** Normalization, the plain way: each removed character marked, the rest copied with its origin. */
function referenceNormalize(text: string): { text: string; map: number[] } {
  const drop = new Set<number>();
  for (const m of text.matchAll(BREAK)) {
    if (m[0].length > 1) for (let i = 0; i < m[0].length; i++) drop.add(m.index + i);
  }
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (drop.has(i) || DROPPED.test(text[i]!)) continue;
    out += text[i];
    map.push(i);
  }
  return { text: out, map };
}

/** The text in lower case, character for character (those that lower-case to two stay as written). */
function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
}

interface RefForm {
  entry: LexiconEntry;
  re: RegExp;
  prefixes: string[];
  priority: number;
  order: number;
}

const compiled = new Map<Lang, RefForm[]>();
function formsOf(lang: Lang): RefForm[] {
  let forms = compiled.get(lang);
  if (!forms) {
    const lexicon = LEXICONS[lang];
    const letters = SCRIPT[lang];
    const boundary = lexicon.script === 'han' ? '' : `(?![0-9${LETTERS[letters]}])`;
    forms = lexicon.entries.flatMap((entry, order) =>
      entry.forms.map((form) => ({
        entry,
        re: new RegExp(
          `(?:${compilePattern(form, lexicon.script, !entry.caseSensitive, letters)})${boundary}`,
          'uy',
        ),
        prefixes: parsedPrefixes(form) ?? [''],
        priority: entry.entity ? 0 : entry.themes.length ? 1 : 2,
        order,
      })),
    );
    compiled.set(lang, forms);
  }
  return forms;
}

/**
 * The terms of a text, the slow way. A term starts a word (in Arabic also
 * after the word's prefixes, and is then read from the word's start; in
 * Chinese anywhere); there every form one of whose literal beginnings is in
 * the text is tried. Names beat themed terms, which beat context words, then
 * the longest, then the first in the lexicon. A term or name hides the words
 * inside it; a context word hides nothing. Without `cues`, only terms with
 * themes are reported.
 */
function referenceTerms(text: string, lang: Lang, cues: boolean): string[] {
  const han = LEXICONS[lang].script === 'han';
  const { text: normalized, map } = referenceNormalize(text);
  const lower = lowerCase(normalized);
  const forms = formsOf(lang).filter((f) => cues || f.priority < 2);
  const out: string[] = [];
  let p = 0;
  while (p < lower.length) {
    let at = p;
    if (!han) {
      while (at > 0 && WORD.test(lower[at - 1]!)) at--;
      if (at !== p && !(lang === 'ar' && AR_PREFIXES.test(lower.slice(at, p)))) {
        p++;
        continue;
      }
    }
    let best: { end: number; f: RefForm } | undefined;
    for (const f of forms) {
      if (!f.prefixes.some((prefix) => lower.startsWith(prefix, p))) continue;
      f.re.lastIndex = at;
      if (!f.re.test(f.entry.caseSensitive ? normalized : lower) || f.re.lastIndex <= at) continue;
      const end = f.re.lastIndex;
      if (
        !best ||
        f.priority < best.f.priority ||
        (f.priority === best.f.priority && (end > best.end || (end === best.end && f.order < best.f.order)))
      ) {
        best = { end, f };
      }
    }
    if (!best) {
      p++;
      continue;
    }
    // Back to the text as written; vowel marks on the last letter belong to it.
    let end = map[best.end - 1]! + 1;
    while (end < text.length && VOWEL_MARK.test(text[end]!)) end++;
    // Names and context words hide or not, but are only reported with `cues`.
    if (cues || best.f.entry.themes.length > 0) out.push(`${map[at]}-${end} ${best.f.entry.id}`);
    p = best.f.priority === 2 ? p + 1 : Math.max(best.end, p + 1);
  }
  return out;
}

/** The words of a lexicon's forms, as they appear in text, with the language's small words around them. */
function wordsOf(lang: Lang): string[] {
  const words = new Set<string>();
  for (const entry of LEXICONS[lang].entries) {
    for (const form of entry.forms) {
      for (const w of form.split(/[\s~_|()?*+[\]\\{}.@]+/)) if (w && !/[<=!:^$]/.test(w)) words.add(w);
    }
  }
  return [...words];
}

const SMALL: Record<Lang, string[]> = {
  en: ['the', 'of', 'and', 'in', 'for', 'on', 'UN', 'Women', 'SEA'],
  fr: ['les', 'des', 'de', 'la', 'et', 'à', 'l’', 'd’', 'qu’'],
  es: ['los', 'las', 'de', 'la', 'y', 'el', 'en'],
  ru: ['и', 'в', 'по', 'на', 'о', 'с', 'для'],
  ar: ['و', 'ال', 'ب', 'لل', 'ف', 'وال', 'في', 'على', 'من', 'َ', 'ّ', 'ـ'],
  zh: ['的', '和', '在', '对', '与', '、', '，', 'S/RES/1325'],
};
/** What sits between words in real text: spaces, punctuation, line breaks, hyphens, marks. */
const BETWEEN = [
  ' ',
  ' ',
  ' ',
  ', ',
  '. ',
  '\n',
  '-',
  '- ',
  '-\n',
  '‑',
  '\u00AD',
  '\u200B',
  '’',
  "'",
  '«',
  '»',
  '(',
  '1325',
];

/** A small seeded random source, so that fast-check can shrink what it generates. */
function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) % n) as number;
  };
}

/**
 * Text that a form's pattern may well match: an alternative of each group,
 * optional parts or not, an inflection, a gap of a few words, an Arabic
 * prefix. Not always a match (lookarounds are dropped), which is fine:
 * both readings must agree on whatever text it is.
 */
function phrase(form: string, pick: (n: number) => number, filler: string[]): string {
  let i = 0;
  const sequence = (inGroup: boolean): string => {
    let out = '';
    while (i < form.length) {
      const c = form[i]!;
      if (inGroup && (c === '|' || c === ')')) break;
      i++;
      let piece: string;
      if (c === '(') {
        if (form[i] === '?') {
          // A lookaround or (?:…): skip the marker, read the group.
          const look = form[i + 1] === '<' ? 3 : 2;
          const isLook = form[i + 1] !== ':';
          i += look;
          const alternatives = [sequence(true)];
          while (form[i] === '|') {
            i++;
            alternatives.push(sequence(true));
          }
          i++;
          piece = isLook ? '' : alternatives[pick(alternatives.length)]!;
        } else {
          const alternatives = [sequence(true)];
          while (form[i] === '|') {
            i++;
            alternatives.push(sequence(true));
          }
          i++;
          piece = alternatives[pick(alternatives.length)]!;
        }
      } else if (c === '[') {
        const end = form.indexOf(']', i);
        const chars = form.slice(i, end).replace(/\\[a-z]\{?[^}\]]*\}?|.-./g, '');
        i = end + 1;
        piece = chars ? chars[pick(chars.length)]! : 'a';
      } else if (c === '\\') {
        const next = form[i++]!;
        if (form[i] === '{') i = form.indexOf('}', i) + 1;
        piece = /[pPwW]/.test(next) ? 'abc' : /[sS]/.test(next) ? ' ' : next;
      } else if (c === '_' && (form[i - 2] ?? ' ') === ' ') {
        piece = Array.from({ length: pick(4) }, () => filler[pick(filler.length)]!).join(' ');
      } else if (c === '~') piece = ['-', ' ', '', '-\n'][pick(4)]!;
      else if (c === "'") piece = ["'", '’'][pick(2)]!;
      else if (c === '*') piece = ['', 'а', 'ов', 'ة', 'ات', 's', 'es'][pick(7)]!;
      else if (c === '@') piece = ['', 'و', 'ال', 'بال', 'لل', 'وال'][pick(6)]!;
      else if (c === ' ') piece = [' ', '  ', '\n'][pick(3)]!;
      else piece = c;
      // Quantifiers: `?` may drop it, `+` and `{…}` keep it once.
      if (form[i] === '?') {
        i++;
        if (pick(2)) piece = '';
      } else if (form[i] === '+') i++;
      else if (form[i] === '{') i = form.indexOf('}', i) + 1;
      out += piece;
    }
    return out;
  };
  return sequence(false);
}

function textIn(lang: Lang) {
  const words = wordsOf(lang).concat(SMALL[lang]);
  const forms = LEXICONS[lang].entries.flatMap((e) => e.forms);
  const word = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => w.toUpperCase()),
    fc.constantFrom(...words).map((w) => w[0]!.toUpperCase() + w.slice(1)),
    fc.tuple(fc.constantFrom(...forms), fc.integer()).map(([f, seed]) => phrase(f, random(seed), words)),
  );
  return fc
    .array(fc.tuple(word, fc.constantFrom(...BETWEEN)), { minLength: 1, maxLength: 24 })
    .map((parts) => parts.map(([w, b]) => (lang === 'zh' && b === ' ' ? w : w + b)).join(''));
}

describe('findTerms against the plain reading of the lexicon', () => {
  it.each(LANGS.map((l) => [l]))('%s: the same terms at the same offsets', (lang) => {
    fc.assert(
      fc.property(textIn(lang), fc.boolean(), (text, cues) => {
        const found = findTerms(text, { lang, cues }).map((m) => `${m.start}-${m.end} ${m.termId}`);
        expect(found).toEqual(referenceTerms(text, lang, cues));
      }),
      { numRuns: 250 },
    );
  });

  it('finds the same in text with words of every language and stray characters', () => {
    const words = LANGS.flatMap((l) => wordsOf(l).slice(0, 60));
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words, ...BETWEEN), fc.string({ maxLength: 3 })), { maxLength: 20 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...LANGS), fc.boolean(), (t, lang, cues) => {
        const found = findTerms(t, { lang, cues }).map((m) => `${m.start}-${m.end} ${m.termId}`);
        expect(found).toEqual(referenceTerms(t, lang, cues));
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalizeText against the plain reading', () => {
  const pieces = [
    'gender',
    '-',
    '- ',
    '-\n',
    ' ',
    'based',
    'and',
    'العنف',
    'َ',
    'ّ',
    'ـ',
    '\u00AD',
    '\u200D',
    'x',
    'É',
  ];
  it('removes the same characters and maps every one back to the same place', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const fast = normalizeText(text);
        const plain = referenceNormalize(text);
        expect(fast.text).toBe(plain.text);
        for (let i = 0; i < plain.text.length; i++) expect(toOriginal(fast, i, i + 1)[0]).toBe(plain.map[i]);
      }),
      { numRuns: 300 },
    );
  });

  it('hands back a text with nothing to remove as it is', () => {
    const text = 'Conflict-related sexual violence, well-known and long-standing.';
    expect(normalizeText(text)).toEqual({ text, source: text });
  });
});
