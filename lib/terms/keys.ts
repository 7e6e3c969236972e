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
 */
export function leadingPrefixes(form: string): string[] | null {
  const [seq] = parseSequence(form, 0, false);
  let out = new Set<string>();
  let ok = expand(seq, 0, '', out, PREFIX_LENGTH);
  if (!ok || out.size > MAX_KEYS) {
    // Too many long beginnings (a list of words followed by another list):
    // settle for their first letters.
    out = new Set<string>();
    ok = expand(seq, 0, '', out, KEY_LENGTH);
  }
  if (!ok || out.size > MAX_KEYS) return null;
  // A prefix that extends another adds nothing to the test.
  const list = [...out].sort((a, b) => a.length - b.length);
  return list.filter((p, i) => !list.slice(0, i).some((q) => p.startsWith(q)));
}

/** The lower-cased keys (one to three characters) a form can start with, or null. */
export function leadingKeys(form: string): string[] | null {
  const prefixes = leadingPrefixes(form);
  return prefixes && [...new Set(prefixes.map((p) => p.slice(0, KEY_LENGTH)))];
}

function expand(seq: Node[], i: number, acc: string, out: Set<string>, max: number): boolean {
  if (acc.length >= max || i >= seq.length) return emit(acc.slice(0, max), out);
  const node = seq[i]!;
  switch (node.kind) {
    case 'stop':
      return emit(acc, out);
    case 'any':
      return acc.length > 0 && emit(acc, out);
    case 'lit':
      if (node.optional && !expand(seq, i + 1, acc, out, max)) return false;
      return expand(seq, i + 1, acc + node.ch, out, max);
    case 'class':
      if (!node.chars) return acc.length > 0 && emit(acc, out);
      if (node.optional && !expand(seq, i + 1, acc, out, max)) return false;
      return node.chars.every((c) => expand(seq, i + 1, acc + c, out, max));
    case 'group': {
      if (node.optional && !expand(seq, i + 1, acc, out, max)) return false;
      // Each alternative, followed by the rest of the sequence.
      return node.alts.every((alt) => expand([...alt, ...seq.slice(i + 1)], 0, acc, out, max));
    }
  }
}

function emit(acc: string, out: Set<string>): boolean {
  if (!acc) return false;
  out.add(acc.toLowerCase());
  return out.size <= MAX_KEYS;
}

/** Parses from `i` to the end of the sequence (a `|` or `)` when inside a group). */
function parseSequence(src: string, start: number, inGroup: boolean): [Node[], number] {
  const seq: Node[] = [];
  let i = start;
  while (i < src.length) {
    const c = src[i]!;
    if (inGroup && (c === '|' || c === ')')) break;
    if (c === ' ' || c === '~' || c === '*' || c === '_' || c === "'") {
      seq.push({ kind: 'stop' });
      i++;
    } else if (c === '@') {
      // Arabic prefixes: the matcher looks words up with their prefixes stripped too.
      i++;
    } else if (c === '\\') {
      const next = src[i + 1] ?? '';
      if (/[pPsSdDwWbB]/.test(next)) {
        seq.push({ kind: 'any' });
        i += 2;
        if (src[i] === '{') i = src.indexOf('}', i) + 1;
      } else {
        const [optional, j] = quantifier(src, i + 2);
        seq.push({ kind: 'lit', ch: next, optional });
        i = j;
      }
    } else if (c === '.') {
      seq.push({ kind: 'any' });
      i++;
    } else if (c === '(') {
      if (
        src.startsWith('(?<!', i) ||
        src.startsWith('(?<=', i) ||
        src.startsWith('(?!', i) ||
        src.startsWith('(?=', i)
      ) {
        // A lookaround takes no characters.
        i = closing(src, i) + 1;
        continue;
      }
      i += src.startsWith('(?:', i) ? 3 : 1;
      const alts: Node[][] = [];
      for (;;) {
        const [alt, j] = parseSequence(src, i, true);
        alts.push(alt);
        i = j;
        if (src[i] === '|') i++;
        else break;
      }
      i++; // ')'
      const [optional, j] = quantifier(src, i);
      seq.push({ kind: 'group', alts, optional });
      i = j;
    } else if (c === '[') {
      const end = src.indexOf(']', i + 1);
      const body = src.slice(i + 1, end);
      i = end + 1;
      const [optional, j] = quantifier(src, i);
      const simple = !/[\\^-]/.test(body) && body.length <= 8;
      seq.push({ kind: 'class', chars: simple ? [...body] : null, optional });
      i = j;
    } else {
      const [optional, j] = quantifier(src, i + 1);
      seq.push({ kind: 'lit', ch: c, optional });
      i = j;
    }
  }
  return [seq, i];
}

/** Whether the quantifier at `i` allows zero repetitions, and where it ends. */
function quantifier(src: string, i: number): [boolean, number] {
  const c = src[i];
  if (c === '?') return [true, i + 1];
  if (c === '+') return [false, i + 1];
  if (c === '{') {
    const end = src.indexOf('}', i);
    return [/^\{0/.test(src.slice(i, end + 1)), end + 1];
  }
  return [false, i];
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
