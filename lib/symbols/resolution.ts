/**
 * From a resolution number, its year or session and the organ decided from
 * the context to the canonical symbol, with the year check for the Security
 * Council (resolutions are numbered in order through the years).
 */
import type { Organ, PrefixOrgan } from './organs';
import { formatResolution, type ResolutionRef } from './parse';
import { romanValue } from './roman';
import { scYearOf, scYearRange } from './sc-years';

/** What a reference writes after the number. */
export type NumberForm =
  | { type: 'year'; year: number }
  | { type: 'slash'; first: number; second: number; part?: string; special?: string }
  | { type: 'roman'; session: string; part?: string }
  | { type: 'bare' };

/** What the words around a reference say about its organ. */
export interface OrganClues {
  /** Named right before (English), between word and number (Russian, Arabic), or right after. */
  explicit?: PrefixOrgan['organ'] | undefined;
  /** The sentence's subject, only when the reference is possessive ("by its resolution"). */
  sentence?: Organ | undefined;
  document?: 'S' | 'A' | 'E' | undefined;
  /** "decision" rather than "resolution". */
  decision?: boolean;
}

export interface Resolved {
  canonical?: string;
  warning?: string;
}

/** The General Assembly met in regular sessions I to XXX before numbering sessions in 1976. */
const LAST_ROMAN_GA_SESSION = 30;

/**
 * Answers of `scResolution` by number and year: a text cites the same few
 * resolutions again and again, and handing back the same canonical string
 * spares building it and lets later look-ups by it (`kindOf`, `undocsUrl`)
 * reuse its hash. Cleared when full.
 */
const SC_ANSWERS = new Map<number, Readonly<Resolved>>();

/** Security Council resolution `n`, with its year filled in or checked. */
export function scResolution(n: number, year: number | undefined): Resolved {
  const memo =
    Number.isInteger(n) &&
    n >= 0 &&
    n < 10_000 &&
    (year === undefined || (Number.isInteger(year) && year >= 0 && year < 10_000));
  if (!memo) return scResolutionOf(n, year);
  const key = year === undefined ? n : 10_000 + n * 10_000 + year;
  let answer = SC_ANSWERS.get(key);
  if (answer === undefined) {
    if (SC_ANSWERS.size >= 2048) SC_ANSWERS.clear();
    answer = Object.freeze(scResolutionOf(n, year));
    SC_ANSWERS.set(key, answer);
  }
  return answer;
}

function scResolutionOf(n: number, year: number | undefined): Resolved {
  const range = scYearRange(n);
  if (!range) return {};
  if (year === undefined) {
    const known = scYearOf(n);
    return known === undefined ? {} : { canonical: formatResolution({ organ: 'S', number: n, year: known }) };
  }
  const canonical = formatResolution({ organ: 'S', number: n, year });
  if (year >= range[0] && year <= range[1]) return { canonical };
  const adopted = range[1] === Infinity ? `in ${range[0]} or later` : `in ${range[0]}`;
  return {
    canonical,
    warning: `Security Council resolution ${n} was adopted ${adopted}, not in ${year}: check the number and the year.`,
  };
}

function resolved(ref: ResolutionRef): Resolved {
  return { canonical: formatResolution(ref) };
}

/**
 * The canonical symbol of a numbered reference, or `{}` when no organ can be
 * decided (the mention is then ambiguous).
 */
export function resolveReference(n: number, form: NumberForm, clues: OrganClues): Resolved {
  // `clues.sentence` and `clues.document` may be read from the text on first use
  // (see `lazyClues` in prose.ts): the rules below read them only where they decide.
  const explicit = clues.explicit;

  if (clues.decision) {
    // Only the UN Compensation Commission numbers decisions "267 (2009)"; General
    // Assembly and ECOSOC decisions have no document symbol of their own.
    if (form.type !== 'year') return {};
    const gc = explicit === 'GC' || (explicit === undefined && clues.sentence === 'GC');
    return gc ? resolved({ organ: 'S/AC.26', number: n, year: form.year }) : {};
  }

  switch (form.type) {
    case 'year':
      // Only the Security Council writes "N (YYYY)"; another body named before it has no S/RES symbol.
      if (explicit === 'OTHER' || explicit === 'GC' || explicit === 'HRC' || explicit === 'CHR') return {};
      return scResolution(n, form.year);

    case 'roman': {
      const bare = form.session.replace(/^E?S-/, '');
      const value = romanValue(bare);
      if (value === undefined) return {};
      let organ: 'A' | 'E' | undefined;
      if (explicit === 'E' || explicit === 'COUNCIL') organ = 'E';
      else if (explicit === 'A') organ = 'A';
      else if (explicit !== undefined) return {};
      else if (clues.sentence === 'E' || (clues.sentence === undefined && clues.document === 'E'))
        organ = 'E';
      else if (clues.sentence !== undefined && clues.sentence !== 'A' && clues.sentence !== 'S') return {};
      // Sessions after XXX, and special sessions only at the Assembly, decide the organ by themselves.
      else if (value <= LAST_ROMAN_GA_SESSION || form.session !== bare) organ = 'A';
      if (!organ) return {};
      const out: ResolutionRef = { organ, number: n, session: form.session };
      if (form.part) out.part = form.part;
      return resolved(out);
    }

    case 'slash': {
      const { first, second } = form;
      if (form.special) {
        // "S-26/2", "ES-10/19": special sessions of the Assembly (or of the Human Rights Council).
        if (explicit === 'HRC' || (explicit === undefined && clues.sentence === 'HRC')) {
          return /^S-/.test(form.special)
            ? resolved({ organ: 'A/HRC', session: form.special, number: second })
            : {};
        }
        if (explicit !== undefined && explicit !== 'A') return {};
        return resolved({ organ: 'A', session: form.special, number: second });
      }
      if (first >= 1946) {
        // "1980/67": ECOSOC (and its former Commission on Human Rights) number by year.
        const context = explicit ?? clues.sentence ?? clues.document;
        if (context === 'E' || context === 'COUNCIL')
          return resolved({ organ: 'E', year: first, number: second });
        if (context === 'CHR') return resolved({ organ: 'E/CN.4', year: first, number: second });
        return {};
      }
      if (first < 1 || first > 99) return {};
      if (explicit === 'HRC' || (explicit === undefined && clues.sentence === 'HRC')) {
        return resolved({ organ: 'A/HRC', session: String(first), number: second });
      }
      if (explicit !== undefined && explicit !== 'A') return {};
      if (
        explicit === undefined &&
        clues.sentence !== undefined &&
        clues.sentence !== 'A' &&
        clues.sentence !== 'S'
      )
        return {};
      const out: ResolutionRef = { organ: 'A', session: String(first), number: second };
      if (form.part) out.part = form.part;
      return resolved(out);
    }

    case 'bare': {
      const sc = explicit === 'S' || explicit === 'COUNCIL';
      if (!sc) {
        if (explicit !== undefined) return {};
        if (clues.sentence !== undefined && clues.sentence !== 'S') return {};
        if (clues.sentence === undefined && clues.document !== undefined && clues.document !== 'S') return {};
      }
      return scResolution(n, undefined);
    }
  }
}
