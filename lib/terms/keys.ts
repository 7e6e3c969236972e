/**
 * The first letters a term can start with, read off its pattern (pattern.ts
 * syntax): "violence (against|towards) _ women" starts with "vio";
 * "(human )?rights of _ women" with "hum" or "rig". The matcher indexes terms by
 * these keys, so at each word of a passage it tries only the few terms that
 * can start there instead of every term of the language.
 */

type Node =
  | { kind: 'lit'; ch: string; optional: boolean }
  | { kind: 'class'; chars: string[] | null; optional: boolean }
  | { kind: 'group'; alts: Node[][]; optional: boolean }
  /** The end of the first word (a space, a join, an inflection, a gap). */
  | { kind: 'stop' }
  /** Something that can start with any letter (\p{L}, .): no key. */
  | { kind: 'any' };

export const KEY_LENGTH = 3;
/** Literal prefixes are read up to this length (a whole first word, usually). */
const PREFIX_LENGTH = 16;
/** Beyond this many prefixes a pattern is tried everywhere rather than indexed. */
const MAX_KEYS = 96;

/**
 * The lower-cased literal beginnings a form can have (up to its first
 * variable part, at most sixteen characters): "protect(ion|ing)? _ women" →
 * ["protect"]. Null when it can start with anything.
 *
 * Every form of a language is read the first time the language is used, on
 * the page's main thread, so this keeps to what it must: only the first word
 * is read (the rest never matters), once for all the forms that share it
 * ("(women|girls) …"), and a first word that is plain letters, perhaps with
 * a group of plain alternatives, is read with string operations rather than
 * parsed. `parsedPrefixes` is the reference: the lexicon test holds both to
 * the same answer for every form.
 */
export function leadingPrefixes(form: string): readonly string[] | null {
  const head = firstWord(form);
  let prefixes = heads.get(head);
  if (prefixes === undefined) heads.set(head, (prefixes = plainPrefixes(head) ?? parsedPrefixes(head)));
  return prefixes;
}

/** What ends a first word: a space, a join, an inflection, a gap, an apostrophe. */
const STOPS = " ~*_'";
/** The beginnings of each first word read so far. */
const heads = new Map<string, string[] | null>();

/** A form up to its first stop outside groups and classes (where the parser stops too). */
function firstWord(src: string): string {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') i++;
    else if (c === '[') {
      i = src.indexOf(']', i + 1);
      if (i < 0) return src;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && STOPS.includes(c)) return src.slice(0, i);
  }
  return src;
}

/** Pattern syntax a plain part must not hold (but a last `?`). */
const SYNTAX = /[\\.()[\]?+{|]/;

/** "rapes?" → ["rape", "rapes"]; undefined if the part is not plain letters. */
function plain(part: string): string[] | undefined {
  const optional = part.endsWith('?');
  const word = optional ? part.slice(0, -1) : part;
  if (SYNTAX.test(word)) return undefined;
  return optional ? [word.slice(0, -1), word] : [word];
}

/** Plain letters, then perhaps one group and its `?`. */
const RUN_AND_GROUP = /^([^()]*)(?:\(([^()]*)\)(\??))?$/;

/**
 * The beginnings of a first word made of plain letters, optionally followed
 * by one group of plain alternatives ("consult(ation|ing)?", "(women|girls)"),
 * in the order the parser finds them; undefined for anything else.
 */
function plainPrefixes(head: string): string[] | undefined {
  // `@` (Arabic prefixes) takes no characters, unless a quantifier follows it.
  if (/@[?+{]/.test(head)) return undefined;
  const m = RUN_AND_GROUP.exec(head.replace(/@/g, ''));
  const runs = m && plain(m[1]!);
  if (!runs) return undefined;
  const [, , group, optional] = m!;
  const out: string[] = [];
  for (const run of runs) {
    if (group === undefined || optional) out.push(run);
    for (const alternative of group?.split('|') ?? []) {
      // An alternative's first word ends at its first stop.
      const parts = plain(alternative.split(/[ ~*_']/)[0]!);
      if (!parts) return undefined;
      for (const p of parts) out.push(run + p);
    }
  }
  const prefixes = new Set<string>();
  for (const p of out) {
    const prefix = p.slice(0, PREFIX_LENGTH).toLowerCase();
    // An empty beginning or too many: the parser knows what to do.
    if (!prefix) return undefined;
    prefixes.add(prefix);
  }
  return prefixes.size > MAX_KEYS ? undefined : shortest(prefixes);
}

/** `leadingPrefixes` the long way: the pattern parsed and its beginnings expanded. */
export function parsedPrefixes(form: string): string[] | null {
  // Only the beginning matters: the sequence is read up to its first stop.
  const seq = parse(form);
  let out = new Set<string>();
  let ok = expand(seq, 0, null, '', out, PREFIX_LENGTH);
  if (!ok || out.size > MAX_KEYS) {
    // Too many long beginnings (a list of words followed by another list):
    // settle for their first letters.
    out = new Set<string>();
    ok = expand(seq, 0, null, '', out, KEY_LENGTH);
  }
  if (!ok || out.size > MAX_KEYS) return null;
  return shortest(out);
}

/** The beginnings that extend no other (which add nothing to the test), shortest first. */
function shortest(out: Set<string>): string[] {
  const list = Array.from(out);
  if (list.length === 1) return list;
  // In alphabetical order, whatever extends a prefix comes right after it.
  const sorted = list.slice().sort();
  const kept = new Set<string>();
  let last: string | undefined;
  for (const p of sorted) {
    if (last !== undefined && p.startsWith(last)) continue;
    kept.add(p);
    last = p;
  }
  return list.filter((p) => kept.has(p)).sort((a, b) => a.length - b.length);
}

/** The lower-cased keys (one to three characters) a form can start with, or null. */
export function leadingKeys(form: string): string[] | null {
  const prefixes = leadingPrefixes(form);
  return prefixes && [...new Set(prefixes.map((p) => p.slice(0, KEY_LENGTH)))];
}

/** What follows the end of a group's alternative: the rest of the enclosing sequences. */
interface Rest {
  seq: Node[];
  i: number;
  next: Rest | null;
}

/**
 * Adds to `out` the beginnings of `seq` from `i`, followed by `rest`. False
 * when one can be empty (the form can start with anything) or there are too many.
 */
function expand(
  seq: Node[],
  i: number,
  rest: Rest | null,
  acc: string,
  out: Set<string>,
  max: number,
): boolean {
  // A loop along the sequence; only choices (optional parts, classes, groups) recurse.
  for (;;) {
    if (acc.length >= max) return emit(acc.slice(0, max), out);
    if (i >= seq.length) {
      if (!rest) return emit(acc, out);
      seq = rest.seq;
      i = rest.i;
      rest = rest.next;
      continue;
    }
    const node = seq[i]!;
    switch (node.kind) {
      case 'stop':
        return emit(acc, out);
      case 'any':
        return acc.length > 0 && emit(acc, out);
      case 'lit':
        if (node.optional && !expand(seq, i + 1, rest, acc, out, max)) return false;
        acc += node.ch;
        i++;
        continue;
      case 'class':
        if (!node.chars) return acc.length > 0 && emit(acc, out);
        if (node.optional && !expand(seq, i + 1, rest, acc, out, max)) return false;
        for (const c of node.chars) if (!expand(seq, i + 1, rest, acc + c, out, max)) return false;
        return true;
      case 'group': {
        if (node.optional && !expand(seq, i + 1, rest, acc, out, max)) return false;
        // Each alternative, followed by the rest of the sequence.
        const after: Rest = { seq, i: i + 1, next: rest };
        for (const alt of node.alts) if (!expand(alt, 0, after, acc, out, max)) return false;
        return true;
      }
    }
  }
}

function emit(acc: string, out: Set<string>): boolean {
  if (!acc) return false;
  out.add(acc.toLowerCase());
  return out.size <= MAX_KEYS;
}

/**
 * Reads the beginning of a pattern from left to right into nodes: up to its
 * first node that ends every beginning (a stop, or something that can be
 * any letter); the rest is never read. Plain index arithmetic, no tuples.
 */
function parse(src: string): Node[] {
  let i = 0;

  /** Reads the quantifier at `i`, if any: whether it allows zero repetitions. */
  const optional = (): boolean => {
    const c = src[i];
    if (c === '?' || c === '+') {
      i++;
      return c === '?';
    }
    if (c === '{') {
      const end = src.indexOf('}', i);
      const zero = src.startsWith('{0', i) && end > 0;
      i = end + 1;
      return zero;
    }
    return false;
  };

  /** The node that starts at `i` (whose first character is `c`), or undefined for one that takes no characters. */
  const node = (c: string): Node | undefined => {
    const at = i++;
    if (c === ' ' || c === '~' || c === '*' || c === '_' || c === "'") return { kind: 'stop' };
    // `@` (Arabic prefixes): the matcher looks words up with their prefixes stripped too.
    if (c === '@') return undefined;
    if (c === '.') return { kind: 'any' };
    if (c === '\\') {
      const next = src[at + 1] ?? '';
      i = at + 2;
      if (next && 'pPsSdDwWbB'.includes(next)) {
        if (src[i] === '{') i = src.indexOf('}', i) + 1;
        return { kind: 'any' };
      }
      return { kind: 'lit', ch: next, optional: optional() };
    }
    if (c === '(') {
      if (/^\(\?<?[=!]/.test(src.slice(at, at + 4))) {
        // A lookaround takes no characters.
        i = closing(src, at) + 1;
        return undefined;
      }
      if (src.startsWith('(?:', at)) i += 2;
      const alts: Node[][] = [];
      for (;;) {
        alts.push(sequence(true, false));
        if (src[i] !== '|') break;
        i++;
      }
      i++; // ')'
      return { kind: 'group', alts, optional: optional() };
    }
    if (c === '[') {
      const end = src.indexOf(']', at + 1);
      const body = src.slice(at + 1, end);
      i = end + 1;
      const simple = !/[\\^-]/.test(body) && body.length <= 8;
      return { kind: 'class', chars: simple ? [...body] : null, optional: optional() };
    }
    return { kind: 'lit', ch: c, optional: optional() };
  };

  /**
   * Parses to the end of the sequence (a `|` or `)` when inside a group);
   * with `head`, stops after the first node that ends every beginning.
   */
  const sequence = (inGroup: boolean, head: boolean): Node[] => {
    const seq: Node[] = [];
    while (i < src.length) {
      const c = src[i]!;
      if (inGroup && (c === '|' || c === ')')) break;
      const n = node(c);
      if (!n) continue;
      seq.push(n);
      if (head && (n.kind === 'stop' || n.kind === 'any' || (n.kind === 'class' && !n.chars))) break;
    }
    return seq;
  };

  return sequence(false, true);
}

function closing(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth === 0) return i;
  }
  return src.length - 1;
}
