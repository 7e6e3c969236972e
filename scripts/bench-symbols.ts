/**
 * Throughput of lib/symbols on the shared corpus text (the labelled documents
 * and the UNPC lines in six languages, each document or line one passage, as
 * the content script and the PDF viewer call it), against one plain
 * `/S\/RES\/\d+/g` regular expression over the same passages in the same run.
 *
 *   npm run bench:symbols
 *   npm run bench:symbols -- --rounds 40
 *
 * Prints MB/s (UTF-8 bytes of the passages) for both and their ratio; the
 * last line is one JSON object with the figures. Timing is noisy on a shared
 * machine: rounds alternate the two workloads and the best round of each counts.
 */
import { findSymbols } from '../lib/symbols';
import { loadCorpus, UNPC_LANGS } from './lib/symbols-corpus';

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg >= 0 ? Math.max(3, Number(process.argv[roundsArg + 1]) || 25) : 25;

const corpus = loadCorpus();
const passages: string[] = [...corpus.documents.values()];
for (const lang of UNPC_LANGS) passages.push(...corpus.unpc[lang].filter((line) => line.length > 0));
const bytes = passages.reduce((sum, p) => sum + Buffer.byteLength(p, 'utf8'), 0);

let sink = 0;
function recognizer(): void {
  for (const p of passages) sink += findSymbols(p).length;
}
const BASELINE = /S\/RES\/\d+/g;
function baseline(): void {
  for (const p of passages) {
    BASELINE.lastIndex = 0;
    while (BASELINE.exec(p)) sink++;
  }
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// Warm up both so the JIT has compiled them before measuring.
for (let i = 0; i < 3; i++) {
  recognizer();
  baseline();
}
let bestRecognizer = Infinity;
let bestBaseline = Infinity;
for (let r = 0; r < rounds; r++) {
  bestRecognizer = Math.min(bestRecognizer, time(recognizer));
  bestBaseline = Math.min(bestBaseline, time(baseline));
}

const mbps = (ms: number): number => bytes / 1e6 / (ms / 1000);
const recognizerMBps = mbps(bestRecognizer);
const baselineMBps = mbps(bestBaseline);
const ratio = recognizerMBps / baselineMBps;
console.log(
  `corpus: ${passages.length} passages, ${(bytes / 1e6).toFixed(2)} MB (UTF-8), best of ${rounds} rounds`,
);
console.log(`findSymbols:          ${bestRecognizer.toFixed(2)} ms  ${recognizerMBps.toFixed(0)} MB/s`);
console.log(`/S\\/RES\\/\\d+/g baseline: ${bestBaseline.toFixed(2)} ms  ${baselineMBps.toFixed(0)} MB/s`);
console.log(`ratio findSymbols / baseline: ${ratio.toFixed(3)} (goal >= 0.333)`);
console.log(
  JSON.stringify({
    passages: passages.length,
    bytes,
    rounds,
    findSymbolsMs: Number(bestRecognizer.toFixed(3)),
    baselineMs: Number(bestBaseline.toFixed(3)),
    findSymbolsMBps: Number(recognizerMBps.toFixed(1)),
    baselineMBps: Number(baselineMBps.toFixed(1)),
    ratio: Number(ratio.toFixed(4)),
    sink: sink > 0,
  }),
);
