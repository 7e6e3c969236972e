/**
 * npm run bench:terms — throughput of findTerms on the shared corpus (the UN
 * documents and the six UNPC devsets, passage by passage, language detected
 * as in the content script), against one plain regular expression of English
 * terms over the same passages in the same run. Times are CPU times, and
 * machines are shared, so the figure that matters is the ratio. The last line
 * printed is a JSON object.
 *
 * Options: --rounds N (default 7).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTerms } from '../lib/terms';
import { LANGS, SHARED } from './lib/themes-data';

/** The baseline: a plain alternation of common English WPS terms, no variants, no language logic. */
const BASELINE =
  /\b(?:conflict-related sexual violence|sexual violence|gender-based violence|violence against women|sexual exploitation and abuse|rape|trafficking|female genital mutilation|early marriage|domestic violence|participation of women|women's participation|gender perspective|gender mainstreaming|gender-sensitive|sex-disaggregated data|protection of women|human rights defenders|conflict prevention|early warning|refugee women|displaced women|survivors|impunity|zero tolerance|national action plan|women, peace and security)\b/gi;

interface Passage {
  text: string;
  lang: string;
}

function loadPassages(): Passage[] {
  const docs = join(SHARED, 'corpus', 'documents');
  const unpc = join(SHARED, 'corpus', 'unpc');
  if (!existsSync(docs) || !existsSync(unpc)) {
    console.error(`The shared corpus is missing (expected ${docs} and ${unpc}).`);
    process.exit(2);
  }
  const out: Passage[] = [];
  for (const name of readdirSync(docs).sort()) {
    if (!/\.(txt|md)$/.test(name)) continue;
    // A passage is a block of text, as lib/scan hands them over: split on blank lines.
    for (const block of readFileSync(join(docs, name), 'utf8').split(/\n\s*\n/)) {
      if (block.trim()) out.push({ text: block, lang: 'documents' });
    }
  }
  for (const lang of LANGS) {
    for (const line of readFileSync(join(unpc, `devset.${lang}`), 'utf8').split('\n')) {
      if (line.trim()) out.push({ text: line, lang });
    }
  }
  return out;
}

/**
 * CPU time of one run, not wall time: the machine is shared, and a process
 * waiting for a core should not count against either side.
 */
function time(fn: () => number): { ms: number; count: number } {
  const t0 = process.cpuUsage();
  const count = fn();
  const d = process.cpuUsage(t0);
  return { ms: (d.user + d.system) / 1000, count };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function main(): void {
  const roundsArg = process.argv.indexOf('--rounds');
  const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 7;
  if (!Number.isInteger(rounds) || rounds < 1) {
    console.error('--rounds expects a positive integer');
    process.exit(2);
  }
  const passages = loadPassages();
  const mb = passages.reduce((s, p) => s + Buffer.byteLength(p.text, 'utf8'), 0) / 1e6;

  const runTerms = (list: Passage[]) => () => list.reduce((n, p) => n + findTerms(p.text).length, 0);
  const runBaseline = (list: Passage[]) => () =>
    list.reduce((n, p) => {
      BASELINE.lastIndex = 0;
      let c = 0;
      while (BASELINE.exec(p.text) !== null) c++;
      return n + c;
    }, 0);

  // Warm up both (the matchers compile on first use; the JIT settles).
  runTerms(passages)();
  runBaseline(passages)();

  const terms: number[] = [];
  const baseline: number[] = [];
  let termCount = 0;
  let baseCount = 0;
  for (let r = 0; r < rounds; r++) {
    // Alternate the order so neither side always runs on a warmer machine.
    const a = r % 2 === 0 ? time(runTerms(passages)) : undefined;
    const b = time(runBaseline(passages));
    const c = a ?? time(runTerms(passages));
    terms.push(c.ms);
    baseline.push(b.ms);
    termCount = c.count;
    baseCount = b.count;
  }
  const termsMBs = mb / (median(terms) / 1000);
  const baseMBs = mb / (median(baseline) / 1000);

  const perLang: Record<string, number> = {};
  for (const lang of ['documents', ...LANGS]) {
    const list = passages.filter((p) => p.lang === lang);
    const size = list.reduce((s, p) => s + Buffer.byteLength(p.text, 'utf8'), 0) / 1e6;
    const ms = median(Array.from({ length: 3 }, () => time(runTerms(list)).ms));
    perLang[lang] = Math.round((size / (ms / 1000)) * 10) / 10;
  }

  console.log(
    `bench:terms — ${passages.length} passages, ${mb.toFixed(2)} MB (UTF-8), median of ${rounds} rounds`,
  );
  console.log(
    `  findTerms (six lexicons, language detected): ${termsMBs.toFixed(1)} MB/s, ${termCount} mentions`,
  );
  console.log(
    `  baseline (one plain English regular expression): ${baseMBs.toFixed(1)} MB/s, ${baseCount} matches`,
  );
  console.log(`  ratio findTerms / baseline: ${(termsMBs / baseMBs).toFixed(2)}`);
  console.log(
    `  findTerms by set (MB/s): ${Object.entries(perLang)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    JSON.stringify({
      passages: passages.length,
      megabytes: Math.round(mb * 100) / 100,
      findTermsMBps: Math.round(termsMBs * 10) / 10,
      baselineMBps: Math.round(baseMBs * 10) / 10,
      ratio: Math.round((termsMBs / baseMBs) * 100) / 100,
      mentions: termCount,
      baselineMatches: baseCount,
      byLanguageMBps: perLang,
    }),
  );
}

main();
