/**
 * Scores lib/symbols on the shared corpus against its gold labels, with the
 * matching rules of ../shared/corpus/gold/README.md: the labelled documents
 * and the English UNPC lines by span overlap and equal canonical sets, the
 * French, Spanish, Russian, Arabic and Chinese lines by per-line multisets.
 *
 *   npm run eval:symbols
 *   npm run eval:symbols -- --floor documents.precision=0.99 --floor unpc.zh.recall=0.98
 *   npm run eval:symbols -- --quiet       # figures only, no error listing
 *
 * Prints precision and recall per set with counts, then every miss and false
 * positive; exits 2 when the corpus is missing and 1 when a floor fails. The
 * last line is one JSON object with all figures.
 */
import { findSymbols } from '../lib/symbols';
import { loadCorpus, UNPC_LANGS } from './lib/symbols-corpus';
import {
  add,
  precision,
  recall,
  scoreMultiset,
  scoreSpans,
  zero,
  type Counts,
  type ScoreError,
} from './lib/symbols-score';

function parseFloors(argv: string[]): Map<string, number> {
  const floors = new Map<string, number>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = arg === '--floor' ? argv[++i] : arg.startsWith('--floor=') ? arg.slice(8) : undefined;
    if (value === undefined) continue;
    const m = /^([\w.]+)=([0-9.]+)$/.exec(value);
    if (!m) {
      console.error(`Cannot read --floor ${value}: write it as key=value, e.g. documents.precision=0.99`);
      process.exit(2);
    }
    floors.set(m[1] as string, Number(m[2]));
  }
  return floors;
}

const floors = parseFloors(process.argv.slice(2));
const quiet = process.argv.includes('--quiet');
const corpus = loadCorpus();
const errors: ScoreError[] = [];
const sets = new Map<string, Counts>();

// Documents: each file is one text; the recognizer infers the organ from the text itself.
let documents = zero();
for (const [name, content] of corpus.documents) {
  const lang = /_FR\b/.test(name) ? 'fr' : 'en';
  const predicted = findSymbols(content, { lang });
  documents = add(documents, scoreSpans(name, corpus.documentGold[name] ?? [], predicted, errors));
}
sets.set('documents', documents);

// UNPC: each line is one passage; the English labels stand for the aligned lines of every language.
for (const lang of UNPC_LANGS) {
  let counts = zero();
  corpus.unpc[lang].forEach((line, i) => {
    const key = String(i + 1);
    const gold = corpus.unpcGold[key] ?? [];
    const predicted = findSymbols(line, { lang });
    const where = `unpc.${lang} line ${key}`;
    counts = add(
      counts,
      lang === 'en'
        ? scoreSpans(where, gold, predicted, errors)
        : scoreMultiset(where, gold, predicted, errors, line),
    );
  });
  sets.set(`unpc.${lang}`, counts);
}

const figures: Record<string, number> = {};
console.log('set            precision  recall     tp    fp    fn');
for (const [name, c] of sets) {
  const p = precision(c);
  const r = recall(c);
  figures[`${name}.precision`] = Number(p.toFixed(4));
  figures[`${name}.recall`] = Number(r.toFixed(4));
  figures[`${name}.tp`] = c.tp;
  figures[`${name}.fp`] = c.fp;
  figures[`${name}.fn`] = c.fn;
  console.log(
    `${name.padEnd(14)} ${p.toFixed(4).padStart(9)}  ${r.toFixed(4).padStart(6)}  ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}`,
  );
}

if (!quiet && errors.length > 0) {
  console.log(`\n${errors.length} errors:`);
  for (const e of errors) {
    const text = e.text ? ` ${JSON.stringify(e.text)}` : '';
    console.log(`  [${e.kind}] ${e.where}:${text} expected ${e.expected || '(nothing)'}, got ${e.got}`);
  }
}

const failed: string[] = [];
for (const [key, floor] of floors) {
  const value = figures[key];
  if (value === undefined)
    failed.push(`${key}: no such figure (keys look like documents.precision, unpc.fr.recall)`);
  else if (value < floor) failed.push(`${key} = ${value} is below the floor ${floor}`);
}
if (failed.length > 0) {
  console.log(`\nFloors not met:\n  ${failed.join('\n  ')}`);
  process.exitCode = 1;
}
console.log(
  JSON.stringify({ corpus: corpus.root, ...figures, errors: errors.length, floorsFailed: failed.length }),
);
