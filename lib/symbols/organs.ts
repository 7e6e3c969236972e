/**
 * The organ behind a resolution reference, decided from the words around it
 * in the six UN languages: an organ named right before the reference ("Security
 * Council resolution"), inside it (Russian and Arabic put it between the word
 * and the number), right after it (French, Spanish, Russian), the sentence's
 * subject when the reference is possessive ("by its resolution"), or the document.
 */

/**
 * `S` Security Council, `A` General Assembly, `E` ECOSOC, `HRC` Human Rights
 * Council, `CHR` Commission on Human Rights, `GC` a Governing Council (the UN
 * Compensation Commission's numbers its decisions `N (YYYY)`), `OTHER` any
 * other body (a commission, a committee, a conference): no symbol can be given.
 */
export type Organ = 'S' | 'A' | 'E' | 'HRC' | 'CHR' | 'GC' | 'OTHER';

/**
 * Organ names in the six languages, most specific first. Group n names the
 * organ `NAME_GROUPS[n - 1]` (plain groups spare a `groups` object per match).
 */
const NAMES =
  '(Economic\\s+and\\s+Social\\s+Council|ECOSOC|Conseil\\s+[ée]conomique\\s+et\\s+social|' +
  'Consejo\\s+Econ[óo]mico\\s+y\\s+Social|Экономическ[а-я]*\\s+и\\s+[Сс]оциальн[а-я]*\\s+[Сс]овет[а-я]*|' +
  'المجلس\\s+الاقتصادي\\s+والاجتماعي|经济及社会理事会|经社理事会|經濟及社會理事會)' +
  "|(Human\\s+Rights\\s+Council|Conseil\\s+des\\s+droits\\s+de\\s+l['’]homme|" +
  'Consejo\\s+de\\s+Derechos\\s+Humanos|Совет[а-я]*\\s+по\\s+правам\\s+человека|مجلس\\s+حقوق\\s+الإنسان|人权理事会)' +
  "|(Commission\\s+on\\s+Human\\s+Rights|Commission\\s+des\\s+droits\\s+de\\s+l['’]homme|" +
  'Comisi[óo]n\\s+de\\s+Derechos\\s+Humanos|Комисси[а-я]*\\s+по\\s+правам\\s+человека|لجنة\\s+حقوق\\s+الإنسان|人权委员会)' +
  '|(Security\\s+Council|SECURITY\\s+COUNCIL|Conseil\\s+de\\s+s[ée]curit[ée]|Consejo\\s+de\\s+Seguridad|' +
  'Совет[а-я]*\\s+Безопасности|مجلس\\s+الأمن|安全理事会|安理会|UNSC)' +
  '|(General\\s+Assembly|GENERAL\\s+ASSEMBLY|Assembl[ée]e\\s+g[ée]n[ée]rale|Asamblea\\s+General|' +
  'Генеральн[а-я]*\\s+Ассамбле[а-я]*|الجمعية\\s+العامة|联合国大会|大会)' +
  "|(Governing\\s+Council|Conseil\\s+d['’]administration|Consejo\\s+de\\s+Administraci[óo]n|" +
  'Совет[а-я]*\\s+управляющих|مجلس\\s+الإدارة)' +
  '|(Commission|Committee|Comisi[óo]n|Comit[ée]|Комисси[а-я]*|Комитет[а-я]*|اللجنة|لجنة|委员会|' +
  'Conference|Conf[ée]rence|Conferencia|Конференци[а-я]*|المؤتمر|Board|Conseil\\s+ex[ée]cutif|Junta\\s+Ejecutiva)';

const NAME_RE = new RegExp(NAMES, 'g');
/** The same names, matched only where the text is looked at. */
const NAME_AT = new RegExp(NAMES, 'y');

const NAME_GROUPS = ['E', 'HRC', 'CHR', 'S', 'A', 'GC', 'OTHER'] as const;

function organOfMatch(m: RegExpExecArray): Organ {
  for (let i = 0; i < NAME_GROUPS.length; i++) if (m[i + 1] !== undefined) return NAME_GROUPS[i] as Organ;
  return 'OTHER';
}

/** Organs that adopt the resolutions cited by number; a commission or committee named in between is not the subject. */
const PRINCIPAL = new Set<Organ>(['S', 'A', 'E', 'HRC', 'CHR', 'GC']);

/**
 * The organ a clause is about: the last principal organ it names ("was
 * established by the Economic and Social Council in its resolution"), else the
 * last other body ("The Commission on the Status of Women, in its resolution").
 */
export function lastOrganIn(text: string): Organ | undefined {
  NAME_RE.lastIndex = 0;
  let principal: Organ | undefined;
  let any: Organ | undefined;
  for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) {
    any = organOfMatch(m);
    if (PRINCIPAL.has(any)) principal = any;
  }
  return principal ?? any;
}

/** The organ named first in `text`, and where its name ends. */
export function firstOrganIn(text: string): { organ: Organ; index: number; end: number } | undefined {
  NAME_RE.lastIndex = 0;
  const m = NAME_RE.exec(text);
  return m ? { organ: organOfMatch(m), index: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * An English organ name written right before the resolution word, which the
 * mention's span includes ("UN Security Council Resolution", "Assembly
 * resolution", "Council resolution"; "its" and "the" stay outside).
 */
const PREFIX_KNOWN = new RegExp(
  '(?:(?:UN|U\\.N\\.|United\\s+Nations)\\s+)?' +
    '(?:(?<E>Economic\\s+and\\s+Social\\s+Council|ECOSOC)|(?<HRC>Human\\s+Rights\\s+Council)|' +
    '(?<CHR>Commission\\s+on\\s+Human\\s+Rights)|(?<S>Security\\s+Council|SECURITY\\s+COUNCIL|UNSC|SC)|' +
    '(?<A>General\\s+Assembly|GENERAL\\s+ASSEMBLY|Assembly|GA)|(?<GC>Governing\\s+Council)|(?<COUNCIL>Council))' +
    '[ \\t]*(?:\\n[ \\t]*)?$',
);

/** A body named by a capitalized phrase headed by a body noun ("Economic Commission for Latin America and the Caribbean"). */
const PREFIX_OTHER =
  /(?:[A-Z][\w'’.-]*\s+)*(?:Commission|Committee|Conference|Board|Organization|Organisation|Forum|Assembly|Council|Congress|Union|Summit)(?:\s+(?:(?:for|of|on|in|and|the|to|against)\s+)*[A-Z][\w'’.-]*)*[ \t]*(?:\n[ \t]*)?$/;

export interface PrefixOrgan {
  /** `COUNCIL` is "Council" alone: the Security Council, ECOSOC or another, decided by the number's form. */
  organ: Organ | 'COUNCIL';
  /** Where the organ name starts (the mention's span starts there). */
  start: number;
}

/** A character of the words PREFIX_KNOWN and PREFIX_OTHER end with: `[\w'’.-]`. */
function isNameChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ||
    c === 0x5f ||
    c === 0x27 ||
    c === 0x2019 ||
    c === 0x2e ||
    c === 0x2d
  );
}

function isSpaceOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * True when the word before `at` (past spaces and at most one line break, as
 * the prefix patterns allow) holds an ASCII capital: else neither pattern can match.
 */
function capitalizedWordBefore(text: string, at: number): boolean {
  let p = at;
  while (p > 0 && isSpaceOrTab(text.charCodeAt(p - 1))) p--;
  if (p > 0 && text.charCodeAt(p - 1) === 0x0a) {
    p--;
    while (p > 0 && isSpaceOrTab(text.charCodeAt(p - 1))) p--;
  }
  for (; p > 0; p--) {
    const c = text.charCodeAt(p - 1);
    if (c >= 0x41 && c <= 0x5a) return true;
    if (!isNameChar(c)) return false;
  }
  return false;
}

/** The organ named right before `at` (the start of "resolution"), as a span prefix. */
export function prefixOrgan(text: string, at: number): PrefixOrgan | undefined {
  // Both patterns end in a word holding a capital ("Council", "SC", "Committee", "Beijing")
  // before the spaces before `at`; most references follow "its", "the" or "of".
  if (!capitalizedWordBefore(text, at)) return undefined;
  const from = Math.max(0, at - 90);
  const before = text.slice(from, at);
  const known = PREFIX_KNOWN.exec(before);
  if (known) {
    const g = known.groups ?? {};
    const organ = (['E', 'HRC', 'CHR', 'S', 'A', 'GC', 'COUNCIL'] as const).find((k) => g[k] !== undefined);
    const startsWord =
      known.index === 0
        ? from === 0 || !/[\p{L}\p{N}]/u.test(text[from - 1] ?? '')
        : !/[\p{L}\p{N}]/u.test(before[known.index - 1] ?? '');
    if (organ && startsWord) return { organ, start: from + known.index };
  }
  const other = PREFIX_OTHER.exec(before);
  if (other && other[0].trim()) {
    // Trim leading lower-case joiners the lazy prefix may have taken.
    const lead = /^(?:(?:for|of|on|in|and|the|to|against)\s+)+/.exec(other[0]);
    return { organ: 'OTHER', start: from + other.index + (lead ? lead[0].length : 0) };
  }
  return undefined;
}

/** An organ named right after a reference ("résolution 9 (I) du Conseil économique et social"). */
const SUFFIX =
  /^[ \t\u00a0]*(?:\n[ \t]*)?(?:,[ \t]*)?(?:du|de\s+l['’]|de\s+la|des|del|de\s+la|de|of\s+the|of)?[ \t\u00a0]*(?:\n[ \t]*)?/;

/** The organ named within a few words after `at`. */
export function suffixOrgan(text: string, at: number): Organ | undefined {
  const after = text.slice(at, at + 90);
  const lead = SUFFIX.exec(after);
  const rest = after.slice(lead ? lead[0].length : 0);
  // Only a name right there counts: the sticky pattern tries that one place.
  NAME_AT.lastIndex = 0;
  const found = NAME_AT.exec(rest);
  return found ? organOfMatch(found) : undefined;
}

/** Sentence boundaries: the clause before a reference starts after the last one. */
const BOUNDARY = /[.;!?。；؛][\s\u00a0]|\n\s*\n/g;

/** The organ named last in the sentence before `at` (for "by its resolution"). */
export function sentenceOrgan(text: string, at: number): Organ | undefined {
  const from = Math.max(0, at - 400);
  const before = text.slice(from, at);
  BOUNDARY.lastIndex = 0;
  let cut = 0;
  for (let m = BOUNDARY.exec(before); m; m = BOUNDARY.exec(before)) cut = m.index + m[0].length;
  return lastOrganIn(before.slice(cut));
}

/** Possessive words right before the resolution word: "its", "sa", "su", "своей", "его", "其". */
const POSSESSIVE =
  /(?:^|[^\p{L}])(?:its|their|sa|ses|leur|leurs|su|sus|сво[её][йю]?|своих|своими|своим|его|её|ее|их)[ \t\u00a0]+$|其\s*$/iu;

/** True when the reference is the subject's own ("its resolution", "sa résolution"). */
export function isPossessive(text: string, at: number): boolean {
  return POSSESSIVE.test(text.slice(Math.max(0, at - 12), at));
}

/** A resolution's own preamble names its organ on a line of its own: "The Security Council,". */
const PREAMBLE = new RegExp(
  "(?:^|\\n)[ \\t#*]*(?:The|Le|La|El|L['’]|إن)?[ \\t]*" +
    '(?:(?<S>Security Council|Conseil de sécurité|Consejo de Seguridad|Совет Безопасности|مجلس الأمن|安全理事会)|' +
    '(?<A>General Assembly|Assemblée générale|Asamblea General|Генеральная Ассамблея|الجمعية العامة|大会)|' +
    '(?<E>Economic and Social Council|Conseil économique et social|Consejo Económico y Social|' +
    'Экономический и Социальный Совет|المجلس الاقتصادي والاجتماعي|经济及社会理事会))[ \\t]*[,،，]',
  'g',
);

/**
 * The organ of the document a passage comes from when the text says it: a
 * resolution's own symbol in its first lines (`S/RES/1325 (2000)`, a `symbol:`
 * front-matter line, the heading "Resolution 656 (1990)") or the preamble
 * "The Security Council," on a line of its own.
 */
export function inferDocumentOrgan(text: string): 'S' | 'A' | 'E' | undefined {
  const head = text.slice(0, 400);
  const own =
    /(?:^|[\s:])(S|A|E)\/RES\/|(?:^|\n)[ \t#*]*(?:Resolution|RESOLUTION|Résolution|RÉSOLUTION|Resolución)\s+\d{1,4}\s*\((?:19|20)\d\d\)/.exec(
      head,
    );
  if (own) return (own[1] as 'S' | 'A' | 'E' | undefined) ?? 'S';
  PREAMBLE.lastIndex = 0;
  const m = PREAMBLE.exec(text);
  if (!m) return undefined;
  const g = m.groups ?? {};
  return g.S !== undefined ? 'S' : g.A !== undefined ? 'A' : 'E';
}
