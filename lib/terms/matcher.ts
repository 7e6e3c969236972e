/**
 * Compiles a language's lexicon into one matcher that reads a passage once.
 *
 * Every form of every term is filed under its literal beginnings (keys.ts).
 * One native expression (the finder) skips through the passage to the places
 * where a beginning can start a word (in Chinese, anywhere; in Arabic, also
 * after a word's prefixes و ف ب ل ك ال); there the forms filed under that
 * beginning are tried, usually one or two, each by its own small expression.
 * One big alternation of every whole term was the first design; V8 runs such
 * an expression tens of times slower, because every alternative is tried at
 * every word.
 *
 * The set-up is cheap, as the first passage of a page pays for it: only the
 * forms' beginnings are read up front. A form's expression is compiled when
 * the passage first reaches its beginning, and only if the passage holds the
 * rest of its words (V8 compiles an expression again, to machine code, on its
 * second run). `prepare` does all of it ahead of time, in steps that fit an
 * idle slice.
 *
 * When several terms match at one place, names win over themed terms, themed
 * terms over context words, and then the longest match: "violence against
 * women" is one mention, not "violence" followed by "women". Names and
 * themed terms never overlap; a context word may overlap a later term.
 */
import { leadingPrefixes } from './keys';
import { compilePattern, LETTERS, requiredText, type Letters } from './pattern';
import type { Lexicon, LexiconEntry } from './lexicon/types';

export interface RawMatch {
  start: number;
  end: number;
  entry: LexiconEntry;
}

/** How much time is left in the current slice, as `requestIdleCallback`'s deadline tells it. */
export interface Deadline {
  timeRemaining(): number;
}

export interface CompiledLexicon {
  lang: string;
  /** Matches in order of start; context words (only when `withCues`) may overlap later terms. */
  scan(text: string, withCues?: boolean): RawMatch[];
  /**
   * Does the one-time set-up ahead of use, while `deadline` leaves time (all
   * of it without one). True once nothing is left to do.
   */
  prepare(deadline?: Deadline): boolean;
}

interface Form {
  entry: LexiconEntry;
  source: string;
  /** Matched against the passage as written (acronyms) rather than lower-cased. */
  exact: boolean;
  /** 0 names, 1 themed terms, 2 context words. */
  priority: number;
  order: number;
  /** Its literal beginnings, lower-cased (keys.ts). */
  prefixes?: readonly string[];
  /** Text every match holds besides its beginning, read on first use. */
  needs?: Piece[];
  /** Compiled on first use. */
  re?: RegExp;
}

/** A piece of text a form needs, and where the current scan last found it. */
interface Piece {
  text: string;
  /** The scan that looked for it last, and where it found it then (-1: nowhere after). */
  scan: number;
  at: number;
}

/** The forms that start with one literal beginning, filed under its first three characters. */
interface Beginning {
  prefix: string;
  /** Every form, and only names and themed terms (what page highlights need). */
  forms: Form[][];
}

/** Which forms a scan looks for (an index into `Beginning.forms`). */
const ALL = 0;
const THEMED = 1;

/**
 * The characters of words, for the scripts the lexicons cover (Latin,
 * Cyrillic, Arabic) and digits: a term starts where a word does. As a table
 * for the scan and as a class for the finder.
 */
const WORD_CLASS =
  '\\u0030-\\u0039\\u0041-\\u005A\\u0061-\\u007A\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0400-\\u04FF\\u0620-\\u063F\\u0641-\\u0669\\u066E-\\u06D3\\u06FA-\\u06FC';
const WORD = new Uint8Array(0x700);
for (const [, from, to] of WORD_CLASS.matchAll(/u(\w{4})-\\u(\w{4})/g))
  WORD.fill(1, parseInt(from!, 16), parseInt(to!, 16) + 1);
const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** Whether the character at `i` is part of a word (false outside the text). */
const isWordChar = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 0x700 && WORD[c] === 1;
};

/** The prefixes an Arabic word may carry before the stem a term starts with (see `@` in pattern.ts). */
const AR_PREFIX =
  '[\\u0648\\u0641]?(?:[\\u0628\\u0643\\u0644]?\\u0627\\u0644|\\u0644\\u0644|[\\u0628\\u0643\\u0644])?';
const AR_PREFIXES = new RegExp(`^${AR_PREFIX}$`);
/** The longest of them (و + ب + ال). */
const AR_PREFIX_MAX = 4;

/** How many forms `prepare` reads between two looks at the clock. */
const STEP = 8;

/** Builds the single matcher of one language; nothing is compiled until it is used or prepared. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const han = lexicon.script === 'han';
  const arabic = lexicon.lang === 'ar';
  // The letters of the language's script (see LETTERS in pattern.ts).
  const letters =
    ({ ru: 'cyrillic', ar: 'arabic', zh: 'han' } as Record<string, Letters>)[lexicon.lang] ?? 'latin';
  // A term must end at a word's end (Chinese has no word boundaries).
  const boundary = han ? '' : `(?![0-9${LETTERS[letters]}])`;
  // How far into a word a stem may be: after an Arabic word's prefixes.
  const reach = arabic ? AR_PREFIX_MAX : 0;
  const forms: Form[] = [];
  lexicon.entries.forEach((entry, order) => {
    const priority = entry.entity ? 0 : entry.themes.length > 0 ? 1 : 2;
    for (const source of entry.forms)
      forms.push({ entry, source, exact: !!entry.caseSensitive, priority, order });
  });
  /** The forms by beginning, under the beginning's first three characters. */
  const beginnings = new Map<string, Beginning[]>();
  /** Bit 1: a beginning of one character is this one; bit 2: one of two starts with it. */
  const short = new Uint8Array(0x10000);
  /** The finder of each mode (see `scan`), once every form is filed. */
  const finders: RegExp[] = [];
  /** Counts scans, so that a form's pieces know whether they were looked for in this one. */
  let scans = 0;
  /** Forms filed so far, and compiled so far (by `prepare`); the finders warmed (a bit per mode). */
  let filed = 0;
  let compiled = 0;
  let warmed = 0;

  /** Files forms under their beginnings, all of them or while the deadline leaves time. */
  const file = (deadline?: Deadline): boolean => {
    while (filed < forms.length) {
      if (deadline && filed % STEP === 0 && deadline.timeRemaining() <= 0) return false;
      const form = forms[filed++]!;
      const prefixes = leadingPrefixes(form.source);
      // The lexicon test holds every form to a literal beginning.
      if (!prefixes) throw new Error(`A lexicon form has no literal beginning: "${form.source}"`);
      form.prefixes = prefixes;
      for (const prefix of prefixes) {
        const key = prefix.slice(0, 3);
        let list = beginnings.get(key);
        if (!list) beginnings.set(key, (list = []));
        let beginning = list.find((b) => b.prefix === prefix);
        if (!beginning) list.push((beginning = { prefix, forms: [[], []] }));
        beginning.forms[ALL]!.push(form);
        if (form.priority < 2) beginning.forms[THEMED]!.push(form);
        if (prefix.length < 3) short[prefix.charCodeAt(0)]! |= prefix.length;
      }
    }
    return true;
  };

  /**
   * The finder of a mode: the places where a beginning starts a word (after
   * a character that is not part of a word, and in Arabic its prefixes), or
   * anywhere in Chinese. Its `lastIndex` after a match is where the word starts.
   */
  const finder = (mode: number): RegExp => {
    let re = finders[mode];
    if (!re) {
      file();
      const prefixes: string[] = [];
      for (const list of beginnings.values())
        for (const b of list) if (b.forms[mode]!.length) prefixes.push(b.prefix);
      const ahead = alternation(prefixes);
      re = finders[mode] = new RegExp(
        han ? `(?=${ahead})` : `[^${WORD_CLASS}](?=${arabic ? AR_PREFIX : ''}(?:${ahead}))`,
        'g',
      );
    }
    return re;
  };

  const compile = (f: Form): RegExp =>
    (f.re = new RegExp(
      `(?:${compilePattern(f.source, lexicon.script, !f.exact, letters)})${boundary}`,
      'uy',
    ));

  /** The longest (rarest) pieces of text every match of a form holds, but its beginning. */
  const needs = (f: Form): Piece[] =>
    requiredText(f.source, !f.exact)
      .filter((t) => !f.prefixes!.some((p) => p.startsWith(t) || t.startsWith(p)))
      .sort((a, b) => b.length - a.length)
      .slice(0, 2)
      .map((text) => ({ text, scan: -1, at: -1 }));

  /**
   * Whether each piece occurs in the passage at or after `at`. Where it was
   * found is kept for the rest of the scan, which only moves on.
   */
  const has = (pieces: Piece[], hay: string, at: number): boolean => {
    for (const piece of pieces) {
      if (piece.scan !== scans || (piece.at >= 0 && piece.at < at)) {
        piece.scan = scans;
        piece.at = hay.indexOf(piece.text, at);
      }
      if (piece.at < 0) return false;
    }
    return true;
  };

  /**
   * The best match of the forms whose literal beginning is at `stem`, each
   * run from `at` (where the word starts, before any Arabic prefixes).
   */
  const best = (
    text: string,
    lower: string,
    at: number,
    stem: number,
    mode: number,
  ): RawMatch | undefined => {
    let winner: RawMatch | undefined;
    let winnerPriority = Infinity;
    let winnerOrder = Infinity;
    const shorter = short[lower.charCodeAt(stem)]!;
    // Beginnings of one, two, and three or more characters.
    for (let length = 1; length <= 3 && stem + length <= lower.length; length++) {
      if (length < 3 && !(shorter & length)) continue;
      for (const { prefix, forms } of beginnings.get(lower.slice(stem, stem + length)) ?? []) {
        if (prefix.length > 3 && !lower.startsWith(prefix, stem)) continue;
        for (const f of forms[mode]!) {
          // A form whose other words are not all in the passage is neither
          // compiled nor run.
          const pieces = (f.needs ??= needs(f));
          const hay = f.exact ? text : lower;
          if (pieces.length > 0 && !has(pieces, hay, at)) continue;
          const re = f.re ?? compile(f);
          re.lastIndex = at;
          if (!re.test(hay)) continue;
          const end = re.lastIndex;
          if (end <= at) continue;
          const better =
            f.priority < winnerPriority ||
            (f.priority === winnerPriority &&
              (end > winner!.end || (end === winner!.end && f.order < winnerOrder)));
          if (better) {
            winner = { start: at, end, entry: f.entry };
            winnerPriority = f.priority;
            winnerOrder = f.order;
          }
        }
      }
    }
    return winner;
  };

  return {
    lang: lexicon.lang,

    scan(text, withCues = true) {
      const mode = withCues ? ALL : THEMED;
      const find = finder(mode);
      const lower = lowerCase(text);
      const n = lower.length;
      const out: RawMatch[] = [];
      scans++;
      // Terms may start at `from` or after; `word` is where the word around `from` starts.
      let from = 0;
      while (from < n) {
        let word = from;
        if (han) {
          find.lastIndex = from;
          if (!find.test(lower)) break;
          word = from = find.lastIndex;
        } else if (from > 0) {
          while (from - word <= reach && isWordChar(lower, word - 1)) word--;
          if (from - word > reach || !isWordChar(lower, from - 1)) {
            // Not within reach of a word's start: the finder skips to the
            // next place (it matches the character before the word).
            find.lastIndex = from - 1;
            if (!find.test(lower)) break;
            word = from = find.lastIndex;
          }
        }
        // The stems from here: the word's start, and in Arabic each place
        // after a prefix (والعنف); each term is run from the word's start.
        let stem = from;
        let resume = -1;
        for (; stem <= word + reach && stem < n; stem++) {
          if (stem > word) {
            if (!isWordChar(lower, stem - 1)) break;
            if (!AR_PREFIXES.test(lower.slice(word, stem))) continue;
          }
          const m = best(text, lower, han ? stem : word, stem, mode);
          if (!m) continue;
          out.push(m);
          // Words inside a term or a name are part of it; a context word hides
          // nothing ("political participation of women" keeps its themed term).
          if (m.entry.entity || m.entry.themes.length > 0) {
            resume = Math.max(m.end, stem + 1);
            break;
          }
        }
        from = resume >= 0 ? resume : stem;
      }
      return out;
    },

    prepare(deadline) {
      const late = () => !!deadline && deadline.timeRemaining() <= 0;
      if (!file(deadline)) return false;
      // Then the finders and the forms' expressions, one at a time. V8
      // compiles an expression to bytecode on its first run and to machine
      // code on the second: both happen here rather than on a page.
      for (const mode of [THEMED, ALL]) {
        if (warmed & (1 << mode)) continue;
        if (late()) return false;
        if (!finders[mode]) {
          finder(mode);
          if (late()) return false;
        }
        warm(finders[mode]!);
        warmed |= 1 << mode;
      }
      while (compiled < forms.length) {
        if (late()) return false;
        const f = forms[compiled++]!;
        f.needs ??= needs(f);
        warm(f.re ?? compile(f));
      }
      return true;
    },
  };
}

/**
 * Runs an expression twice on text of each kind V8 stores (Latin-1, and
 * two-byte, as a curly apostrophe makes it), so that it has been compiled to
 * machine code for both.
 */
function warm(re: RegExp): void {
  for (const text of [' ', ' ', '\u2019', '\u2019']) {
    re.lastIndex = 0;
    re.test(text);
  }
}

/**
 * An expression that matches where one of `words` starts, shaped like a trie
 * ("ab|ac|b" → "a[bc]|b"): V8 tries the alternatives of an alternation one
 * by one, so a flat list of hundreds is slow at every word.
 */
function alternation(words: string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    const rest = byFirst.get(w[0]!);
    if (rest) rest.push(w.slice(1));
    else byFirst.set(w[0]!, [w.slice(1)]);
  }
  const single: string[] = [];
  const longer: string[] = [];
  for (const [c, rests] of byFirst) {
    // A word that ends here is enough: whatever continues it matches too.
    if (rests.includes('')) single.push(hex(c));
    else longer.push(hex(c) + (rests.length === 1 ? escape(rests[0]!) : `(?:${alternation(rests)})`));
  }
  if (single.length > 1) longer.push(`[${single.join('')}]`);
  else longer.push(...single);
  return longer.join('|');
}

const escape = (text: string) => text.replace(/[\s\S]/g, hex);

/**
 * The passage in lower case, character for character, so that offsets stay
 * the same. A few characters lower-case to two (İ → i̇); those stay as written.
 */
function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
