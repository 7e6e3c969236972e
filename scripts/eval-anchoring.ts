/**
 * How re-anchoring fares on real UN sentences: the calibration behind
 * DEFAULT_MIN_SCORE (docs/adr/0004-anchor-format.md). Builds pages of 30
 * consecutive UN Parallel Corpus sentences (../shared/corpus/unpc/devset.<lang>),
 * saves a passage (a whole paragraph or a word-aligned piece of one), changes
 * the page, and checks what `anchor` returns:
 *
 * - must be found (at the changed place): a paragraph inserted far before,
 *   deleted before, inserted just before; both neighbours replaced; words edited
 *   inside the quote; whitespace reflowed; the paragraph moved and edited;
 * - must not be found (null): its paragraph removed; replaced by another;
 *   removed with a 30 %-reworded copy left elsewhere; a short phrase whose
 *   paragraph was removed while the phrase survives in another paragraph.
 *
 *   npm run eval:anchoring -- [--lang en] [--trials 400] [--floor removed=0.99 ...]
 *
 * Prints the share of right answers per scenario (and the score quartiles);
 * the last line is one JSON object. Exits non-zero when the corpus is absent or
 * a figure falls below a `--floor key=value`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { anchor, describe } from '../lib/anchoring/text';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1]! : fallback;
};
const floors = new Map<string, number>();
args.forEach((a, i) => {
  if (a === '--floor') {
    const [key, value] = args[i + 1]!.split('=');
    floors.set(key!, Number(value));
  }
});
const lang = option('lang', 'en');
const trials = Number(option('trials', '400'));
const path = fileURLToPath(new URL(`../../shared/corpus/unpc/devset.${lang}`, import.meta.url));
if (!existsSync(path)) {
  console.error(`The UN Parallel Corpus sentences are missing: expected ${path} (../shared/corpus/unpc/).`);
  process.exit(2);
}
const lines = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim().length > 20);

let seed = 12345;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
const unit = lang === 'zh' ? /./gu : /\S+\s*/g;
const reword = (text: string, count: number) => {
  const words = text.match(unit) ?? [text];
  for (let i = 0; i < count; i++)
    words[Math.floor(random() * words.length)] = pick(lines).match(unit)?.[0] ?? 'x ';
  return words.join('');
};

const results = new Map<string, { right: number; total: number; scores: number[] }>();
const record = (name: string, right: boolean, score: number) => {
  const r = results.get(name) ?? { right: 0, total: 0, scores: [] };
  results.set(name, r);
  r.total++;
  if (right) r.right++;
  r.scores.push(score);
};

for (let trial = 0; trial < trials; trial++) {
  const first = Math.floor(random() * (lines.length - 40));
  const paragraphs = lines.slice(first, first + 30);
  const index = 5 + Math.floor(random() * 20);
  const paragraph = paragraphs[index]!;
  let from = 0;
  let to = paragraph.length;
  if (random() < 0.6) {
    const length = 15 + Math.floor(random() * Math.min(250, paragraph.length));
    from = Math.floor(random() * Math.max(1, paragraph.length - length));
    to = Math.min(paragraph.length, from + length);
    if (lang !== 'zh') {
      while (from > 0 && paragraph[from - 1] !== ' ') from--;
      while (to < paragraph.length && paragraph[to] !== ' ') to++;
    }
  }
  const page = paragraphs.join('\n');
  const offset = paragraphs.slice(0, index).join('\n').length + (index ? 1 : 0);
  const selectors = describe(page, offset + from, offset + to);
  const quote = paragraph.slice(from, to);
  const check = (name: string, changed: string[], expected: string | null) => {
    const text = changed.join('\n');
    const match = anchor(text, selectors);
    if (expected === null) return record(name, match === null, match?.score ?? 0);
    const at = text.indexOf(expected);
    const right =
      !!match &&
      match.start < at + expected.length &&
      match.end > at &&
      Math.abs(match.start - at) < 10 + expected.length / 4;
    record(name, right, match?.score ?? 0);
  };
  const edit = (f: (p: string[]) => void) => {
    const copy = [...paragraphs];
    f(copy);
    return copy;
  };
  const withQuote = (p: string[], newQuote: string) =>
    (p[index] = paragraph.slice(0, from) + newQuote + paragraph.slice(to));

  check(
    'insert-far',
    edit((p) => p.splice(2, 0, pick(lines))),
    quote,
  );
  check(
    'delete-before',
    edit((p) => p.splice(1, 1)),
    quote,
  );
  check(
    'insert-adjacent',
    edit((p) => p.splice(index, 0, pick(lines))),
    quote,
  );
  check(
    'neighbours-replaced',
    edit((p) => ((p[index - 1] = pick(lines)), (p[index + 1] = pick(lines)))),
    quote,
  );
  const edited = reword(quote, quote.length > 60 ? 2 : 1);
  check(
    'edit-inside',
    edit((p) => withQuote(p, edited)),
    edited,
  );
  const reflowed = quote.replace(/ /g, (s) => (random() < 0.3 ? '\n  ' : s));
  check(
    'whitespace',
    edit((p) => withQuote(p, reflowed)),
    reflowed,
  );
  const moved = reword(quote, 1);
  check(
    'edit-moved',
    edit((p) => (p.splice(index, 1), p.splice(2, 0, paragraph.slice(0, from) + moved + paragraph.slice(to)))),
    moved,
  );
  const removed = edit((p) => p.splice(index, 1));
  if (!removed.join('\n').includes(quote)) check('removed', removed, null);
  const replaced = edit((p) => (p[index] = pick(lines)));
  if (!replaced.join('\n').includes(quote)) check('replaced', replaced, null);
  const words = paragraph.match(unit)?.length ?? 10;
  check(
    'removed-lookalike',
    edit(
      (p) => (p.splice(index, 1), p.splice(1, 0, reword(paragraph, Math.max(3, Math.round(words * 0.3))))),
    ),
    null,
  );
  if (lang !== 'zh') {
    const tokens = paragraph.split(' ');
    for (let w = 0; w + 3 <= tokens.length; w++) {
      const phrase = tokens.slice(w, w + 3 + Math.floor(random() * 3)).join(' ');
      if (phrase.length < 12 || !paragraphs.some((p, i) => i !== index && p.includes(phrase))) continue;
      const at = offset + paragraph.indexOf(phrase);
      const saved = describe(page, at, at + phrase.length);
      const match = anchor(removed.join('\n'), saved);
      record('removed-repeated-phrase', match === null, match?.score ?? 0);
      break;
    }
  }
}

const figures: Record<string, number> = {};
console.log(`UN Parallel Corpus (${lang}), ${trials} pages of 30 sentences`);
for (const [name, r] of results) {
  const s = r.scores.sort((a, b) => a - b);
  const q = (f: number) => s[Math.floor(s.length * f)]!.toFixed(2);
  figures[name] = Math.round((1000 * r.right) / r.total) / 1000;
  console.log(
    `${name.padEnd(24)} ${(100 * figures[name]!).toFixed(1).padStart(5)} % right of ${r.total}   score p10 ${q(0.1)}  p50 ${q(0.5)}  p90 ${q(0.9)}`,
  );
}
let failed = false;
for (const [key, floor] of floors) {
  if (!(key in figures)) {
    console.error(`unknown figure for --floor: ${key}`);
    failed = true;
  } else if (figures[key]! < floor) {
    console.error(`${key} ${figures[key]} is below its floor ${floor}`);
    failed = true;
  }
}
console.log(JSON.stringify({ lang, trials, ...figures }));
if (failed) process.exitCode = 1;
