/**
 * What a passage offers the rules: its term mentions grouped by cue and by
 * candidate theme, and a proximity test that keeps two words in one clause.
 */
import type { ThemeId } from '../model/themes';
import type { CueId, TermMention } from '../terms';

export interface Evidence {
  text: string;
  lang: string;
  mentions: TermMention[];
  byCue: Map<CueId, TermMention[]>;
  /** Terms by the themes they point to on their own (candidates). */
  byTheme: Map<ThemeId, TermMention[]>;
}

export function collectEvidence(text: string, lang: string, mentions: TermMention[]): Evidence {
  const byCue = new Map<CueId, TermMention[]>();
  const byTheme = new Map<ThemeId, TermMention[]>();
  for (const m of mentions) {
    for (const c of m.cues ?? []) push(byCue, c, m);
    for (const t of m.themes) push(byTheme, t, m);
  }
  return { text, lang, mentions, byCue, byTheme };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function cue(ev: Evidence, id: CueId): TermMention[] {
  return ev.byCue.get(id) ?? [];
}

export function has(ev: Evidence, id: CueId): boolean {
  return ev.byCue.has(id);
}

/** The first mention carrying any of these cues. */
export function any(ev: Evidence, ...ids: CueId[]): TermMention | undefined {
  for (const id of ids) {
    const list = ev.byCue.get(id);
    if (list?.length) return list[0];
  }
  return undefined;
}

/** At most this many mentions of each kind are paired, which bounds the work on a long passage. */
const PAIRS = 300;

/** Sentence ends, in the six languages. */
const SENTENCE_END = /[.!?;؟؛]\s|[。！？；]/;

/**
 * How far apart (in characters between the two mentions) words may be to
 * count as speaking of each other. Chinese packs a word in fewer characters.
 */
function window(lang: string): number {
  switch (lang) {
    case 'zh':
      return 30;
    case 'ar':
      return 80;
    case 'en':
      return 90;
    default:
      // French, Spanish and Russian say the same in longer words.
      return 105;
  }
}

/**
 * A pair of mentions, one from each list, close together in the same
 * sentence: "women" and "elections" in "women gained office in the elections".
 */
export function near(
  ev: Evidence,
  a: TermMention[],
  b: TermMention[],
  /** Share of the language's window, for rules whose words belong in one phrase. */
  reach = 1,
): [TermMention, TermMention] | undefined {
  const max = window(ev.lang) * reach;
  for (const x of a.slice(0, PAIRS)) {
    for (const y of b.slice(0, PAIRS)) {
      if (x === y) return [x, y];
      const [first, second] = x.start <= y.start ? [x, y] : [y, x];
      const gap = second.start - first.end;
      if (gap > max) continue;
      if (gap > 0 && SENTENCE_END.test(ev.text.slice(first.end, second.start))) continue;
      return [x, y];
    }
  }
  return undefined;
}

/** True when the two sets of mentions share a sentence (any distance). */
export function sameSentence(
  ev: Evidence,
  a: TermMention[],
  b: TermMention[],
): [TermMention, TermMention] | undefined {
  for (const x of a.slice(0, PAIRS)) {
    for (const y of b.slice(0, PAIRS)) {
      const [first, second] = x.start <= y.start ? [x, y] : [y, x];
      if (second.start <= first.end || !SENTENCE_END.test(ev.text.slice(first.end, second.start)))
        return [x, y];
    }
  }
  return undefined;
}

/** Quotes the words for a `why`: `"violence against women"`. */
export function quote(...mentions: (TermMention | undefined)[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of mentions) {
    if (!m) continue;
    const text = m.text.replace(/\s+/g, ' ');
    if (seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(`"${text}"`);
  }
  return out.join(' + ');
}

const CLAUSE_LEFT = /[(:;.!?؟؛。；：（]/;
const CLAUSE_RIGHT = /[):;.!?؟؛。；：）]/;
const COMMAS = /[,،、]/;
const LIST_REACH = 400;
const CONJUNCTIONS = /\s(?:and|or|et|ou|y|o|e|u|и|или|nor)\s|[和及或]/u;
/** "including sexual violence" elaborates what precedes it; it is not a list item. */
const ELABORATION =
  /^\s*(?:including|especially|in particular|particularly|notably|such as|among them|among others|y compris|notamment|en particulier|surtout|dont|incluid[ao]s?|en particular|especialmente|en especial|entre (?:ellas|ellos|otras|otros)|включая|особенно|в том числе|в частности|بما في ذلك|بما فيها|لا سيما|ولا سيما|خاصة|包括|尤其是|特别是)/iu;

function words(text: string, lang: string): number {
  const t = text.trim();
  return lang === 'zh' ? t.length / 2 : t ? t.split(/\s+/).length : 0;
}

/**
 * True when a mention is one short item of an enumeration of three or more
 * ("poverty, education, health, violence, armed conflict, power and
 * decision-making"), which THEMES-LABELS counts as a mention in passing.
 * Items are separated by commas, the last may be joined by "and" or "or";
 * the mention's item and at least two others are short. "…, including
 * sexual violence, …" is an elaboration, not an item, and a long last item
 * ("…, because violence against women is a worldwide crisis") ends no list.
 */
export function listed(ev: Evidence, m: TermMention): boolean {
  const text = ev.text;
  // A list is read within its clause, and never further than LIST_REACH away:
  // the cost stays bounded on a long passage full of terms.
  const floor = Math.max(0, m.start - LIST_REACH);
  const ceiling = Math.min(text.length, m.end + LIST_REACH);
  let left = m.start;
  while (left > floor && !CLAUSE_LEFT.test(text[left - 1]!)) left--;
  let right = m.end;
  while (right < ceiling && !CLAUSE_RIGHT.test(text[right]!)) right++;
  const beforeText = text.slice(left, m.start);
  const afterText = text.slice(m.end, right);
  const before = beforeText.split(COMMAS);
  const after = afterText.split(COMMAS);
  if (before.length + after.length < 3) return false;
  // The mention's comma-separated segment ("power and decision-making"), and
  // the words of its own item around it: an item is little more than the term.
  const lead = before[before.length - 1]!.split(CONJUNCTIONS);
  const tail = after[0]!.split(CONJUNCTIONS);
  const extra = words(lead[lead.length - 1]!, ev.lang) + words(tail[0]!, ev.lang);
  if (extra > 3) return false;
  const segment = `${before[before.length - 1]}${m.text}${after[0]}`;
  if (words(segment, ev.lang) > 10) return false;
  const previous = before[before.length - 2] ?? '';
  if (ELABORATION.test(segment) || (ELABORATION.test(previous) && words(previous, ev.lang) <= 3))
    return false;
  const others = [...before.slice(0, -1), ...after.slice(1), ...lead.slice(0, -1), ...tail.slice(1)].filter(
    (item) => {
      const n = words(item, ev.lang);
      return n > 0 && n <= 8;
    },
  );
  return others.length >= 2;
}
