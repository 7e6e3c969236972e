/**
 * Throughput of lib/symbols on the shared corpus text (the labelled documents
 * and the UNPC lines in six languages, each document or line one passage, as
 * the content script and the PDF viewer call it), against one plain
 * `/S\/RES\/\d+/g` regular expression over the same passages in the same run.
 *
 *   npm run bench:symbols
 *   npm run bench:symbols -- --rounds 61
 *   npm run bench:symbols -- --shared-strings   # passages as slices of the files they were read from
 *
 * Each passage is its own string, as the content script gets a paragraph's
 * text from the page: V8 stores a string in one byte per character when it
 * can, and a line split from a file that holds a single character beyond
 * Latin-1 (one "’" or "—" is enough) stays a two-byte slice of that file, which
 * a page's paragraph would not be. `--shared-strings` measures those slices.
 *
 * The machine is shared and noisy, so time is this process's CPU time
 * (`process.cpuUsage`: the moments other processes hold the CPU do not count)
 * and each round times the recognizer between two baseline runs (each
 * repeated to take about as long as one recognizer pass). The figures printed
 * are medians over the rounds; the ratio is the median of the per-round
 * ratios, so a slow moment weighs on both of its sides.
 * Prints MB/s (UTF-8 bytes of the passages); the last line is one JSON object.
 *
 * For reference it also times, in the same rounds, a pass that only finds
 * every run of digits in the passages (the fastest such pass we know in V8:
 * a negated one-range class). Every mention holds a digit, so a recognizer
 * that cannot miss one reads at least that much; its ratio to the baseline
 * bounds what any exact recognizer can reach on this text.
 */
import { findSymbols, type FindSymbolsOptions } from '../lib/symbols';
import { loadCorpus, UNPC_LANGS } from './lib/symbols-corpus';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const rounds = Math.max(5, Number(argValue('--rounds')) || 41);
const sharedStrings = process.argv.includes('--shared-strings');

/** A copy of `s` in a string of its own (one byte per character when it fits). */
function ownString(s: string): string {
  return sharedStrings ? s : Buffer.from(s, 'utf8').toString('utf8');
}

const corpus = loadCorpus();
interface Passage {
  text: string;
  options: FindSymbolsOptions;
}
// The options the eval passes (and the content script would: the page's language).
const passages: Passage[] = [];
for (const [name, content] of corpus.documents) {
  passages.push({ text: ownString(content), options: { lang: /_FR\b/.test(name) ? 'fr' : 'en' } });
}
for (const lang of UNPC_LANGS) {
  for (const line of corpus.unpc[lang])
    if (line.length > 0) passages.push({ text: ownString(line), options: { lang } });
}
const texts = passages.map((p) => p.text);
const bytes = texts.reduce((sum, p) => sum + Buffer.byteLength(p, 'utf8'), 0);

let sink = 0;
function recognizer(): void {
  for (const p of passages) sink += findSymbols(p.text, p.options).length;
}
const BASELINE = /S\/RES\/\d+/g;
function baseline(): void {
  for (const p of texts) {
    BASELINE.lastIndex = 0;
    while (BASELINE.exec(p)) sink++;
  }
}

const DIGIT_RUNS = /[^\0-/:-\uffff]+/g;
function digitRuns(): void {
  for (const p of texts) {
    DIGIT_RUNS.lastIndex = 0;
    while (DIGIT_RUNS.test(p)) sink++;
  }
}

/** CPU milliseconds per pass of `fn`, over `passes` passes. */
function time(fn: () => void, passes: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < passes; i++) fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / passes;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function quartiles(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  return [
    sorted[Math.floor((sorted.length - 1) / 4)] as number,
    sorted[Math.ceil(((sorted.length - 1) * 3) / 4)] as number,
  ];
}

// Warm up all three so the JIT has compiled them before measuring.
for (let i = 0; i < 5; i++) {
  recognizer();
  baseline();
  digitRuns();
}
// Repeat the baseline within a round so that both sides of a ratio span a similar time.
const baselinePasses = Math.max(
  1,
  Math.min(50, Math.round(time(recognizer, 3) / Math.max(0.01, time(baseline, 10)))),
);
const recognizerMs: number[] = [];
const baselineMs: number[] = [];
const ratios: number[] = [];
const digitRatios: number[] = [];
for (let r = 0; r < rounds; r++) {
  const before = time(baseline, baselinePasses);
  const f = time(recognizer, 1);
  const b = (before + time(baseline, baselinePasses)) / 2;
  recognizerMs.push(f);
  baselineMs.push(b);
  ratios.push(b / f);
  const d = time(digitRuns, baselinePasses);
  digitRatios.push((b + time(baseline, baselinePasses)) / 2 / d);
}

const mbps = (ms: number): number => bytes / 1e6 / (ms / 1000);
const recognizerMBps = mbps(median(recognizerMs));
const baselineMBps = mbps(median(baselineMs));
const ratio = median(ratios);
const [ratioLow, ratioHigh] = quartiles(ratios);
console.log(
  `corpus: ${passages.length} passages, ${(bytes / 1e6).toFixed(2)} MB (UTF-8), ` +
    `${sharedStrings ? 'slices of the corpus files' : 'each passage its own string'}; ` +
    `CPU time, median of ${rounds} rounds (baseline 2 x ${baselinePasses} passes per round)`,
);
console.log(
  `findSymbols:             ${median(recognizerMs).toFixed(2)} ms  ${recognizerMBps.toFixed(0)} MB/s`,
);
console.log(
  `/S\\/RES\\/\\d+/g baseline:  ${median(baselineMs).toFixed(3)} ms  ${baselineMBps.toFixed(0)} MB/s`,
);
console.log(
  `ratio findSymbols / baseline: ${ratio.toFixed(3)} (quartiles ${ratioLow.toFixed(3)}-${ratioHigh.toFixed(3)}; goal >= 0.333)`,
);
const digitRatio = median(digitRatios);
console.log(
  `for reference, one pass finding every run of digits / baseline: ${digitRatio.toFixed(3)} ` +
    '(a bound for any recognizer that reads every digit)',
);
console.log(
  JSON.stringify({
    passages: passages.length,
    bytes,
    rounds,
    strings: sharedStrings ? 'shared' : 'own',
    findSymbolsMs: Number(median(recognizerMs).toFixed(3)),
    baselineMs: Number(median(baselineMs).toFixed(4)),
    findSymbolsMBps: Number(recognizerMBps.toFixed(1)),
    baselineMBps: Number(baselineMBps.toFixed(1)),
    ratio: Number(ratio.toFixed(4)),
    ratioQuartiles: [Number(ratioLow.toFixed(4)), Number(ratioHigh.toFixed(4))],
    digitRunsRatio: Number(digitRatio.toFixed(4)),
    sink: sink > 0,
  }),
);
