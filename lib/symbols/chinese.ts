/**
 * Chinese references, which put the word after the number: "第1325(2000)号决议",
 * lists "第2118(2013)、2139(2014)和2191(2014)号决议", "1576 (L)号决议",
 * "第70/1号决议", and the Governing Council's "理事会第267(2009)号决定".
 */
import type { Draft, ScanContext } from './draft';
import { asciiDigits } from './draft';
import { lastOrganIn, type Organ } from './organs';
import { kindOf } from './parse';
import { resolveReference, type NumberForm, type OrganClues } from './resolution';

const D = '[0-9\\uff10-\\uff19]';
const SP = '[ \\t\\u3000]';
const ITEM_SRC =
  `第?${SP}*(?<![0-9\\uff10-\\uff19])(${D}{1,4})(?:${SP}*[/／]${SP}*(${D}{1,4})(?:${SP}*([A-H]))?)?` +
  `(?:${SP}*[(（]${SP}*((?:19|20)\\d\\d|(?:E?S-)?[IVXLC]{1,7})${SP}*[)）])?`;
const JOIN = `${SP}*(?:、|和|及|与|以及|，|,)${SP}*`;
/** A list of items ending right before "号" (checked on a window ending at the word). */
const LIST_BEFORE = new RegExp(`(?:${ITEM_SRC}${JOIN})*${ITEM_SRC}${SP}*[号號]${SP}*$`);
const ITEM = new RegExp(ITEM_SRC, 'g');

/** The clause before a reference ends at the last full stop or semicolon. */
const CLAUSE_END = /[。；！？]/g;

/** An organ named right before the list, a date possibly in between: "经济及社会理事会1946年2月16日第9 (I)号决议". */
const ADJACENT = new RegExp(
  '(?:(?<S>安全理事会|安理会)|(?<E>经济及社会理事会|经社理事会)|(?<HRC>人权理事会)|(?<A>大会)|(?<OTHER>委员会)|(?<GC>理事会))' +
    '(?:[ \\t]*(?:\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|的|其|通过的|[ \\t，,]))*[ \\t]*$',
);

function adjacentOrgan(text: string, at: number): Organ | undefined {
  const m = ADJACENT.exec(text.slice(Math.max(0, at - 40), at));
  if (!m || !m.groups) return undefined;
  const g = m.groups;
  return (['S', 'E', 'HRC', 'A', 'OTHER', 'GC'] as const).find((k) => g[k] !== undefined);
}

function clauseOrgan(text: string, at: number): Organ | undefined {
  const from = Math.max(0, at - 150);
  let clause = text.slice(from, at);
  CLAUSE_END.lastIndex = 0;
  let cut = 0;
  for (let m = CLAUSE_END.exec(clause); m; m = CLAUSE_END.exec(clause)) cut = m.index + 1;
  clause = clause.slice(cut);
  return lastOrganIn(clause);
}

/** The clues of a Chinese reference, with its clause's organ read only if the resolution rule asks. */
class ClauseClues implements OrganClues {
  private clause: Organ | undefined | null = null;

  constructor(
    private readonly text: string,
    private readonly listStart: number,
    readonly explicit: OrganClues['explicit'],
    readonly decision: boolean,
  ) {}

  get sentence(): Organ | undefined {
    if (this.clause === null) this.clause = clauseOrgan(this.text, this.listStart);
    return this.clause;
  }
}

/** Scans the list that ends at the "决议"/"决定" found at `hit`; returns where scanning may resume. */
export function scanChinese(ctx: ScanContext, hit: number, word: string): number {
  const { text, out } = ctx;
  const decision = word.endsWith('定');
  // The list ends with "号" (spaces aside) right before the word: else LIST_BEFORE cannot match.
  let b = hit - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\t' || text[b] === '\u3000')) b--;
  if (text[b] !== '号' && text[b] !== '號') return hit + 2;
  const windowStart = Math.max(0, hit - 220);
  const m = LIST_BEFORE.exec(text.slice(windowStart, hit));
  if (!m) return hit + 2;
  const listStart = windowStart + m.index;
  // The organ written right before the list decides; the clause's organ only helps forms
  // other than "N (YYYY)" (which only the Security Council writes).
  const adjacent = adjacentOrgan(text, listStart);
  // "理事会" alone is "the Council": the Governing Council for a numbered decision, else decided by the form.
  const explicit: OrganClues['explicit'] = adjacent === 'GC' && !decision ? 'COUNCIL' : adjacent;
  const clues = new ClauseClues(text, listStart, explicit, decision);
  const drafts: Draft[] = [];
  ITEM.lastIndex = 0;
  const list = m[0];
  for (let it = ITEM.exec(list); it; it = ITEM.exec(list)) {
    if (it[0].length === 0) {
      ITEM.lastIndex++;
      continue;
    }
    const n = Number(asciiDigits(it[1] as string));
    let form: NumberForm;
    const paren = it[4];
    if (it[2]) {
      form = { type: 'slash', first: n, second: Number(asciiDigits(it[2])) };
      if (it[3]) form.part = it[3];
    } else if (paren && /^\d/.test(paren)) form = { type: 'year', year: Number(paren) };
    else if (paren) form = { type: 'roman', session: paren };
    else form = { type: 'bare' };
    const resolved = resolveReference(n, form, clues);
    const start = listStart + it.index;
    const end = listStart + it.index + it[0].replace(/\s+$/, '').length;
    if (resolved.canonical) {
      const draft: Draft = { start, end, canonical: [resolved.canonical], kind: kindOf(resolved.canonical) };
      if (resolved.warning) draft.warning = resolved.warning;
      drafts.push(draft);
    } else if (!(form.type === 'bare' && (decision || n < 100))) {
      drafts.push({ start, end, canonical: [], kind: 'document', ambiguous: true });
    }
  }
  // The last item carries the word: "2191(2014)号决议".
  const last = drafts[drafts.length - 1];
  if (last) last.end = hit + 2;
  out.push(...drafts);
  return hit + 2;
}
