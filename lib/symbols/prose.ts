/**
 * Resolution references in prose: "resolution 1325 (2000)", "its resolutions
 * 1820 (2008), 1888 (2009) and 2467 (2019)", "General Assembly resolution
 * 70/1", "resolution 2200 A (XXI)", "UNSCR 1325", and the same in French,
 * Spanish, Russian and Arabic ("résolution", "resolución", "резолюция",
 * "القرار"). The first item of a list carries the word; each later item is a
 * mention of its own covering only the number (the corpus gold convention).
 */
import type { Draft, ScanContext } from './draft';
import { asciiDigits, isWordChar } from './draft';
import {
  firstOrganIn,
  inferDocumentOrgan,
  isPossessive,
  prefixOrgan,
  sentenceOrgan,
  suffixOrgan,
  type Organ,
  type PrefixOrgan,
} from './organs';
import { kindOf } from './parse';
import { toRoman } from './roman';
import { resolveReference, type NumberForm, type OrganClues } from './resolution';
import { scYearFits } from './sc-years';

const D = '[0-9\\u0660-\\u0669\\u06f0-\\u06f9\\uff10-\\uff19]';
const SP = '[ \\t\\u00a0\\u202f]';
/** Between the word and the number, or the number and "(2000)": spaces and one line break. */
const GAP = `${SP}*(?:\\n${SP}*)?`;
const GAP_RE = new RegExp(GAP, 'y');
const OPEN = '[(（]';
const CLOSE = '[)）]';

/**
 * One numbered item: `1325 (2000)`, `70/1`, `54/237 C`, `2200 A (XXI)`,
 * `9 (د-1)` (Arabic session), `775 1992` (lost parentheses), or a bare `1325`.
 * OCR may turn digits into look-alike letters (`70S (1991)`). The groups (plain
 * ones, which spare a `groups` object per match) are numbered as `G` lists them.
 */
const ITEM = new RegExp(
  `(?:(E?S-${D}{1,2})${SP}*[/／]${SP}*(${D}{1,4})(?!${D}|[/／])|` +
    `((?=[0-9SOlI]{2,4}${GAP}${OPEN}${SP}*(?:19|20)\\d\\d)(?=[0-9]*[SOlI])[0-9SOlI]{2,4}|${D}{1,4})(?!${D})` +
    '(?:' +
    `${GAP}${OPEN}${SP}*((?:19|20|١٩|٢٠)${D}{2})${SP}*${CLOSE}` +
    `|${SP}*[/／]${SP}*(${D}{1,4})(?!${D}|[/／])(?:${SP}+([A-H])(?=[\\s,.;:)\\]]|$))?` +
    `|(?:${SP}+([A-H]))?${GAP}${OPEN}${SP}*((?:E?S-)?[IVXLC]{1,7})${SP}*${CLOSE}` +
    `|${GAP}${OPEN}${SP}*د${SP}*-${SP}*(${D}{1,3})${SP}*${CLOSE}` +
    `|${SP}+((?:19|20)\\d\\d)(?!${D})` +
    ')?)',
  'uy',
);

/** The numbers of ITEM's groups. */
const G = {
  special: 1,
  specialSecond: 2,
  num: 3,
  year: 4,
  second: 5,
  gpart: 6,
  rpart: 7,
  roman: 8,
  arabicSession: 9,
  lostYear: 10,
} as const;

/** Between list items: a date ("of 2 August 1990", "du 25 août 1999", "от 25 апреля 2013 года") and a separator. */
const LIST_SEP = new RegExp(
  `(?:${SP}*,?${GAP}(?:of|dated|du|en${SP}+date${SP}+du|de|del|от|المؤرخ|المؤرخة)[\\s\\u00a0]+[^,;()\\d]{0,4}\\d[^,;()]{0,34}?(?:19|20)\\d\\d(?:${SP}+года|${SP}+г\\.)?)?` +
    `(?:${GAP}[,،]${GAP}(?:(?:and|et|y|и|or|ou|o|или)${GAP}|و${SP}*)?|${GAP}(?:and|et|y|и|or|ou|o|или)${GAP}|${GAP}و${SP}*)`,
  'uy',
);

/** Lettered General Assembly lists: "67/234 A and B". */
const LETTER_MORE = new RegExp(`${GAP}(?:,|and|et|y|и)${GAP}([A-H])(?=[\\s,.;:)\\]]|$)`, 'y');

/** Words that make a following number something other than a resolution symbol. */
const NOT_A_REFERENCE =
  /(?:\b(?:[Dd]raft|DRAFT|projet\s+de|proyecto\s+de)|проект[а-я]*|مشروع|chap(?:ter|\.)\s+[IVXLC\d]+,?)\s*$/u;

const LATIN_RESOLUTION =
  /(?:[Rr][eé]solutions?|RÉSOLUTIONS?|RESOLUTIONS?|[Rr]esoluci[oó]n(?:es)?|RESOLUCI[OÓ]N(?:ES)?)(?![\p{L}])/uy;
const LATIN_DECISION = /(?:[Dd][eé]cisi[oó]n(?:s|es)?|D[EÉ]CISI[OÓ]N(?:S|ES)?)(?![\p{L}])/uy;
const RUSSIAN_WORD = /[Рр](?:езолюци|ЕЗОЛЮЦИ|ешени)[а-яёА-ЯЁ]*/uy;

interface Trigger {
  /** Start of the word ("resolution", "القرار"). */
  start: number;
  /** End of the word: the number follows. */
  end: number;
  decision: boolean;
  /** Words between the trigger and the number allowed (Russian, Arabic put the organ there). */
  infix: boolean;
  /** "its resolution": decided when first needed (`undefined`: not yet looked at). */
  possessive?: boolean;
  /** "SCR"/"UNSCR": the Security Council by definition. */
  sc?: boolean;
}

/** The letters of one Arabic word around `at`. */
function arabicWord(text: string, at: number, length: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && /[\u0621-\u064a\u0671-\u06d3]/.test(text[start - 1] ?? '')) start--;
  let end = at + length;
  while (end < text.length && /[\u0621-\u064a\u0671-\u06d3]/.test(text[end] ?? '')) end++;
  return { start, end };
}

/** Checks the word found by the prefilter and describes it; `undefined` when it is not a trigger. */
export function triggerAt(text: string, hit: number, matched: string): Trigger | undefined {
  const first = matched.charCodeAt(0);
  if (matched === 'SCR') {
    const start = text.slice(hit - 2, hit) === 'UN' ? hit - 2 : hit;
    if (isWordChar(text[start - 1]) || /[A-Za-z]/.test(text[hit + 3] ?? '')) return undefined;
    return { start, end: hit + 3, decision: false, infix: false, possessive: false, sc: true };
  }
  if (first >= 0x0600 && first <= 0x06ff) {
    const decision = matched === 'مقرر';
    const { start, end } = arabicWord(text, hit, 4);
    const prefix = text.slice(start, hit);
    const suffix = text.slice(hit + 4, end);
    if (!/^(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?$/.test(prefix)) return undefined;
    if (!/^(?:ات|ين|ا)?(?:ه|ها|هم|هما|ي)?$/.test(suffix)) return undefined;
    return { start, end, decision, infix: true, possessive: suffix.includes('ه') };
  }
  if (first >= 0x0400 && first <= 0x04ff) {
    RUSSIAN_WORD.lastIndex = hit - 1;
    const m = RUSSIAN_WORD.exec(text);
    if (!m || isWordChar(text[hit - 2])) return undefined;
    return {
      start: hit - 1,
      end: RUSSIAN_WORD.lastIndex,
      decision: /^[Рр](?:ешени)/.test(m[0]),
      infix: true,
    };
  }
  // Latin scripts: the prefilter matched "sol" of re-sol-ution or "cisi" of de-cisi-on.
  const decision = matched === 'cisi' || matched === 'CISI';
  const start = hit - 2;
  // Cheap rejection of "solution", "absolutely", "precision" before any regex runs.
  const lead = text.charCodeAt(start) | 0x20;
  if (start < 0 || lead !== (decision ? 0x64 : 0x72) || isWordChar(text[start - 1])) return undefined;
  const re = decision ? LATIN_DECISION : LATIN_RESOLUTION;
  re.lastIndex = start;
  if (!re.exec(text)) return undefined;
  return { start, end: re.lastIndex, decision, infix: false };
}

const HYPHENATED =
  /^(?:(?<res>[Rr][eé]solutions?|RÉSOLUTIONS?|RESOLUTIONS?|[Rr]esoluci[oó]n(?:es)?|[Рр]езолюци[а-яё]*)|(?<dec>[Dd][eé]cisi[oó]n(?:s|es)?|[Рр]ешени[а-яё]*))$/u;

/** A word split at the end of a line by PDF text extraction: "resolu-\ntion 1325 (2000)". */
export function hyphenatedTriggerAt(text: string, hyphen: number): Trigger | undefined {
  let start = hyphen;
  while (start > 0 && isWordChar(text[start - 1])) start--;
  let end = hyphen + 2;
  while (end < text.length && isWordChar(text[end])) end++;
  if (start === hyphen || end === hyphen + 2 || end - start > 24) return undefined;
  const m = HYPHENATED.exec(text.slice(start, hyphen) + text.slice(hyphen + 2, end));
  if (!m || !m.groups) return undefined;
  const cyrillic = /[а-яё]/i.test(m[0]);
  return {
    start,
    end,
    decision: m.groups.dec !== undefined,
    infix: cyrillic,
  };
}

interface Item {
  start: number;
  end: number;
  n: number;
  form: NumberForm;
  ocr: boolean;
}

/** True when a number holds an OCR'd look-alike letter (S, O, l, I). */
function hasOcrLetter(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x53 || c === 0x4f || c === 0x6c || c === 0x49) return true;
  }
  return false;
}

function digitsOf(s: string): number {
  return Number(asciiDigits(s));
}

/** Reads the numbered item that starts exactly at `pos`, or `undefined`. */
function readItem(text: string, pos: number): Item | undefined {
  ITEM.lastIndex = pos;
  const m = ITEM.exec(text);
  if (!m) return undefined;
  const special = m[G.special];
  if (special) {
    // Special and emergency special sessions: "resolution S-26/2", "resolution ES-10/19".
    const second = digitsOf(m[G.specialSecond] as string);
    return {
      start: m.index,
      end: ITEM.lastIndex,
      n: second,
      form: { type: 'slash', first: 0, second, special: special.replace(/\d+$/, (d) => String(digitsOf(d))) },
      ocr: false,
    };
  }
  const raw = m[G.num] as string;
  const year = m[G.year];
  let end = ITEM.lastIndex;
  let ocr = false;
  let n: number;
  if (hasOcrLetter(raw)) {
    // OCR: a look-alike letter inside the number is kept only when the repaired number fits its year.
    if (!year || (raw.match(/\d/g) ?? []).length < 2) return undefined;
    n = Number(raw.replace(/S/g, '5').replace(/O/g, '0').replace(/[lI]/g, '1'));
    if (!scYearFits(n, digitsOf(year))) return undefined;
    ocr = true;
  } else n = digitsOf(raw);
  if (n < 1) return undefined;

  let form: NumberForm;
  const second = m[G.second];
  const roman = m[G.roman];
  const arabicSession = m[G.arabicSession];
  const lostYear = m[G.lostYear];
  if (year) form = { type: 'year', year: digitsOf(year) };
  else if (second) {
    form = { type: 'slash', first: n, second: digitsOf(second) };
    if (m[G.gpart]) form.part = m[G.gpart];
  } else if (roman) {
    form = { type: 'roman', session: roman };
    if (m[G.rpart]) form.part = m[G.rpart];
  } else if (arabicSession) {
    const value = digitsOf(arabicSession);
    if (value < 1 || value > 199) return undefined;
    form = { type: 'roman', session: toRoman(value) };
  } else if (lostYear && scYearFits(n, Number(lostYear))) {
    // "775 1992": the parentheses were lost; only a number that fits the year is taken as one.
    form = { type: 'year', year: Number(lostYear) };
    ocr = true;
  } else form = { type: 'bare' };

  if (form.type === 'bare') {
    end = m.index + raw.length;
    // "resolution 1325.5", "resolution 12,5", "resolution 3-4" are not symbols.
    if (/^[.,][0-9]|^[-–/]/.test(text.slice(end, end + 2)) || isWordChar(text[end])) return undefined;
  } else if (form.type === 'slash' && !form.part && isWordChar(text[end])) return undefined;
  return { start: m.index, end, n, form, ocr };
}

/** Words allowed between an Arabic or Russian trigger and its number: an organ name, "No.". */
const INFIX = /(?:[\p{L}'’]+[ \t\u00a0]+){1,9}?(?=(?:رقم|№)?[ \t\u00a0]*[0-9\u0660-\u0669])/uy;
const NUMBER_WORD = /(?:رقم|№|No\.|n°|N°)[ \t\u00a0]*/y;

/** The document's organ: the caller's, else read once from the text when first needed. */
function documentOrgan(ctx: ScanContext): ScanContext['docOrgan'] {
  if (!ctx.docOrganKnown) {
    ctx.docOrgan = inferDocumentOrgan(ctx.text);
    ctx.docOrganKnown = true;
  }
  return ctx.docOrgan;
}

/**
 * What decides the organ, with the sentence's subject and the document's organ
 * read from the text only if the resolution rule asks for them ("1325 (2000)"
 * never does: only the Security Council writes it).
 */
class LazyClues implements OrganClues {
  private sentenceOrgan: Organ | undefined | null = null;

  constructor(
    private readonly ctx: ScanContext,
    private readonly trigger: Trigger,
    readonly explicit: OrganClues['explicit'],
  ) {}

  get decision(): boolean {
    return this.trigger.decision;
  }

  get sentence(): Organ | undefined {
    if (this.sentenceOrgan === null) {
      const { ctx, trigger } = this;
      const possessive = trigger.possessive ?? isPossessive(ctx.text, trigger.start);
      this.sentenceOrgan = possessive ? sentenceOrgan(ctx.text, trigger.start) : undefined;
    }
    return this.sentenceOrgan;
  }

  get document(): ScanContext['docOrgan'] {
    return documentOrgan(this.ctx);
  }
}

/** Builds the mention of one item. */
function draftOf(item: Item, start: number, clues: OrganClues): Draft | undefined {
  // "resolution 5" is rarely the Council's fifth resolution of 1946: small bare numbers need the organ named.
  if (item.form.type === 'bare' && item.n < 100 && clues.explicit !== 'S' && clues.explicit !== 'COUNCIL')
    return undefined;
  const resolved = resolveReference(item.n, item.form, clues);
  if (!resolved.canonical) {
    // A numbered reference whose organ cannot be decided is marked, not guessed; a bare or
    // roman-numbered "decision" is not a document reference at all.
    if (clues.decision && (item.form.type === 'bare' || item.form.type === 'roman')) return undefined;
    return { start, end: item.end, canonical: [], kind: 'document', ambiguous: true };
  }
  const draft: Draft = {
    start,
    end: item.end,
    canonical: [resolved.canonical],
    kind: kindOf(resolved.canonical),
  };
  if (resolved.warning) draft.warning = resolved.warning;
  if (item.ocr) draft.ocr = true;
  return draft;
}

/** Scans the reference introduced by the trigger word; returns where scanning may resume. */
export function scanProse(ctx: ScanContext, trigger: Trigger): number {
  const { text, out } = ctx;
  let pos = trigger.end;
  let infixOrgan: Organ | undefined;

  // The number first: most words for "resolution" have none after them ("the resolution",
  // "decision-making"), and the organ look-ups below are the expensive part.
  if (trigger.sc) {
    pos = trigger.end + (/^[ \t\u00a0]*/.exec(text.slice(trigger.end, trigger.end + 8))?.[0].length ?? 0);
  } else {
    GAP_RE.lastIndex = pos;
    GAP_RE.exec(text);
    if (GAP_RE.lastIndex === pos && !trigger.infix) return trigger.end; // "resolution1325" is not prose
    pos = GAP_RE.lastIndex;
    if (trigger.infix) {
      // Russian and Arabic name the organ between the word and the number: "резолюции Совета
      // Безопасности 1325 (2000)", "قرار مجلس الأمن 2118 (2013)".
      INFIX.lastIndex = pos;
      const words = INFIX.exec(text);
      if (words) {
        const organ = firstOrganIn(words[0]);
        if (organ) infixOrgan = organ.organ;
        // Otherwise only "the Council"/"the Assembly" may stand there ("قرار المجلس 1540 (2004)"):
        // other words mean the number is something else ("... المؤرخ 4 ..." is a date).
        else if (!/^(?:ال|لل)?(?:مجلس|جمعية)[ \t\u00a0]+$/.test(words[0])) return trigger.end;
        pos = INFIX.lastIndex;
      }
    }
    NUMBER_WORD.lastIndex = pos;
    if (NUMBER_WORD.exec(text)) {
      if (/^No\.|^n°|^N°/i.test(text.slice(pos, pos + 3))) return trigger.end; // national laws: "Resolution No. 5"
      pos = NUMBER_WORD.lastIndex;
    }
  }

  const first = readItem(text, pos);
  if (!first) return trigger.end;
  if (NOT_A_REFERENCE.test(text.slice(Math.max(0, trigger.start - 24), trigger.start))) return trigger.end;
  let explicit: PrefixOrgan['organ'] | undefined;
  let start = trigger.start;
  if (trigger.sc) explicit = 'S';
  else {
    const prefix = prefixOrgan(text, trigger.start);
    if (prefix) {
      explicit = prefix.organ;
      start = prefix.start;
    }
    // An organ named between the word and the number outranks one named before the word.
    if (infixOrgan) explicit = infixOrgan;
  }

  const items = [first];
  // A list continues with items of the same form: "resolutions 660 (1990) of 2 August 1990, 661 (1990)".
  for (let guard = 0; guard < 10_000; guard++) {
    const last = items[items.length - 1] as Item;
    LIST_SEP.lastIndex = last.end;
    if (!LIST_SEP.exec(text)) break;
    const next = readItem(text, LIST_SEP.lastIndex);
    if (!next) break;
    // After "resolution 1325 (2000)" a bare number is something else ("and 2 others").
    if (first.form.type !== 'bare' && next.form.type === 'bare') break;
    if (next.form.type === 'bare' && next.n < 100) break;
    items.push(next);
  }

  const lastItem = items[items.length - 1] as Item;
  const after = explicit === undefined ? suffixOrgan(text, lastItem.end) : undefined;
  const clues = new LazyClues(ctx, trigger, explicit ?? after);

  let end = trigger.end;
  items.forEach((item, i) => {
    const draft = draftOf(item, i === 0 ? start : item.start, clues);
    if (draft) {
      out.push(draft);
      end = draft.end;
    }
    // "67/234 A and B": further part letters of the same General Assembly resolution.
    if (item.form.type === 'slash' && item.form.part && draft && !draft.ambiguous) {
      LETTER_MORE.lastIndex = item.end;
      for (let m = LETTER_MORE.exec(text); m; m = LETTER_MORE.exec(text)) {
        const letter = m[1] as string;
        const base = (draft.canonical[0] as string).replace(/ [A-H]$/, '');
        out.push({
          start: LETTER_MORE.lastIndex - 1,
          end: LETTER_MORE.lastIndex,
          canonical: [`${base} ${letter}`],
          kind: draft.kind,
        });
        end = LETTER_MORE.lastIndex;
      }
    }
  });
  return Math.max(end, trigger.end);
}
