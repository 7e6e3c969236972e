/**
 * Compiles a language's lexicon into one matcher that reads a passage once.
 *
 * Every form of every term is compiled to a small sticky regular expression
 * and indexed by its literal beginning (keys.ts). One native expression of all
 * those beginnings (the finder) skips through the passage to the places where
 * some form can start; there the index gives the few forms to try, usually one
 * or two. One big alternation of every whole term was the first design; V8
 * runs such an expression tens of times slower, because every alternative is
 * tried at every word.
 *
 * When several terms match at one place, names win over themed terms, themed
 * terms over context words, and then the longest match: "violence against
 * women" is one mention, not "violence" followed by "women". Names and
 * themed terms never overlap; a context word may overlap a later term.
 */
import { KEY_LENGTH, leadingPrefixes } from './keys';
import { compilePattern, LETTERS, type Letters } from './pattern';
import type { Lexicon, LexiconEntry } from './lexicon/types';

export interface RawMatch {
  start: number;
  end: number;
  entry: LexiconEntry;
}

export interface CompiledLexicon {
  lang: string;
  /** Matches in order of start; context words (only when `withCues`) may overlap later terms. */
  scan(text: string, withCues?: boolean): RawMatch[];
}

interface Candidate {
  entry: LexiconEntry;
  re: RegExp;
  /** Matched against the passage as written (acronyms) rather than lower-cased. */
  exact: boolean;
  /** Literal beginnings, lower-cased: a cheap test before the expression runs. */
  prefixes: string[];
  priority: number;
  order: number;
}

/** The letters of each language's script (see LETTERS in pattern.ts). */
const SCRIPT_LETTERS: Record<string, Letters> = {
  en: 'latin',
  fr: 'latin',
  es: 'latin',
  ru: 'cyrillic',
  ar: 'arabic',
  zh: 'han',
};
/**
 * Whether a character belongs to a word, for the scripts the lexicons cover
 * (Latin, Cyrillic, Arabic) and digits: a plain range test, as the scan
 * visits every character.
 */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x400 && c <= 0x4ff) ||
    (c >= 0x620 && c <= 0x669 && c !== 0x640) ||
    (c >= 0x66e && c <= 0x6d3) ||
    (c >= 0x6fa && c <= 0x6fc)
  );
}
/** The prefixes an Arabic word may carry before the stem a term starts with (see `@` in pattern.ts). */
const AR_PREFIXES =
  /^[\u0648\u0641]?(?:[\u0628\u0643\u0644]?\u0627\u0644|\u0644\u0644|[\u0628\u0643\u0644])?$/;

function isCue(m: RawMatch): boolean {
  return !m.entry.entity && m.entry.themes.length === 0;
}

function priority(e: LexiconEntry): number {
  return e.entity ? 0 : e.themes.length > 0 ? 1 : 2;
}

/** Forms filed by the first letters they can start with. */
class FormIndex {
  private byKey = new Map<string, Candidate[]>();
  private everywhere: Candidate[] = [];
  private merged = new Map<string, Candidate[]>();
  private literals = new Set<string>();
  private finderRe: RegExp | undefined;

  add(candidate: Candidate, prefixes: string[] | null): void {
    if (!prefixes) {
      this.everywhere.push(candidate);
      return;
    }
    for (const p of prefixes) this.literals.add(p);
    for (const key of new Set(prefixes.map((p) => p.slice(0, KEY_LENGTH)))) {
      const list = this.byKey.get(key);
      if (list) list.push(candidate);
      else this.byKey.set(key, [candidate]);
    }
  }

  /**
   * One native expression of every literal beginning, which skips at native
   * speed over the text where no form can start (most of it).
   */
  finder(): RegExp {
    if (!this.finderRe) {
      const literals = [...this.literals].sort((a, b) => b.length - a.length).map(escapeRegExp);
      // A form that can start anywhere is looked for at every character.
      this.finderRe = new RegExp(
        this.everywhere.length || !literals.length ? '[\\s\\S]' : literals.join('|'),
        'g',
      );
    }
    return this.finderRe;
  }

  /** The forms filed under the first three, two and one letters at `at`, and those that start anywhere. */
  at(lower: string, at: number): Candidate[] {
    const key = lower.slice(at, at + KEY_LENGTH);
    let list = this.merged.get(key);
    if (!list) {
      const set = new Set<Candidate>();
      for (let n = key.length; n > 0; n--) for (const c of this.byKey.get(key.slice(0, n)) ?? []) set.add(c);
      for (const c of this.everywhere) set.add(c);
      list = [...set];
      // Bounded: keys are the beginnings of the lexicon's own forms.
      if (this.merged.size < 4096) this.merged.set(key, list);
    }
    return list;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Builds the single matcher of one language. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const han = lexicon.script === 'han';
  const arabic = lexicon.lang === 'ar';
  const letters = SCRIPT_LETTERS[lexicon.lang] ?? 'latin';
  // A term must end at a word's end (Chinese has no word boundaries).
  const boundary = han ? '' : `(?![0-9${LETTERS[letters]}])`;
  // Two indexes: every entry, and only names and themed terms (page highlights
  // need no context words, and skipping them is much faster).
  const all = new FormIndex();
  const themed = new FormIndex();
  lexicon.entries.forEach((entry, order) => {
    // One expression per form, filed under that form's own first letters: a
    // place in the text is tried against the forms that can start there.
    for (const form of entry.forms) {
      const exact = entry.caseSensitive === true;
      const re = new RegExp(`(?:${compilePattern(form, lexicon.script, !exact, letters)})${boundary}`, 'uy');
      const prefixes = leadingPrefixes(form);
      const candidate: Candidate = {
        entry,
        re,
        exact,
        prefixes: prefixes ?? [''],
        priority: priority(entry),
        order,
      };
      all.add(candidate, prefixes);
      if (candidate.priority < 2) themed.add(candidate, prefixes);
    }
  });

  return {
    lang: lexicon.lang,
    scan(text, withCues = true) {
      const index = withCues ? all : themed;
      const out: RawMatch[] = [];
      const lower = lowerCase(text);
      let winner: RawMatch | undefined;
      let winnerPriority = Infinity;
      let winnerOrder = Infinity;
      // Tries the forms whose literal beginning is at `stemAt` (a word, or an
      // Arabic word after its prefixes); each expression runs from `at`.
      const tryAll = (at: number, stemAt: number, list: Candidate[]) => {
        for (const c of list) {
          let literal = false;
          for (const p of c.prefixes) {
            if (lower.startsWith(p, stemAt)) {
              literal = true;
              break;
            }
          }
          if (!literal) continue;
          c.re.lastIndex = at;
          if (!c.re.test(c.exact ? text : lower)) continue;
          const end = c.re.lastIndex;
          if (end <= at) continue;
          const better =
            c.priority < winnerPriority ||
            (c.priority === winnerPriority &&
              (end > winner!.end || (end === winner!.end && c.order < winnerOrder)));
          if (better) {
            winner = { start: at, end, entry: c.entry };
            winnerPriority = c.priority;
            winnerOrder = c.order;
          }
        }
      };

      const finder = index.finder();
      finder.lastIndex = 0;
      let f: RegExpExecArray | null;
      while ((f = finder.exec(lower)) !== null) {
        const stem = f.index;
        // Where the word starts: a term starts with a word (Chinese: anywhere),
        // or, in Arabic, with the prefixes before its stem (والعنف).
        let start = stem;
        if (!han) while (start > 0 && isWordChar(lower.charCodeAt(start - 1))) start--;
        if (start === stem || (arabic && AR_PREFIXES.test(lower.slice(start, stem)))) {
          tryAll(start, stem, index.at(lower, stem));
        }
        const m = winner;
        winner = undefined;
        winnerPriority = Infinity;
        winnerOrder = Infinity;
        if (m) out.push(m);
        // Words inside a term or a name are part of it; a context word hides
        // nothing ("political participation of women" keeps its themed term).
        finder.lastIndex = m && !isCue(m) ? m.end : stem + 1;
      }
      return out;
    },
  };
}

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
