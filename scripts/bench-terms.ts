/**
 * npm run bench:terms — the cost of findTerms on the shared corpus (the UN
 * documents and the six UNPC devsets, passage by passage), each figure next
 * to a baseline measured in the same run, since machines are shared and the
 * ratio is what holds:
 *
 * - throughput, with the language detected as the content script does when
 *   the page does not say it, and with the language given; against one plain
 *   regular expression of English terms over the same passages;
 * - the worst single passage once warm (the slowest passage's best of a few
 *   rounds), against the baseline's worst passage;
 * - the first call in a fresh process, per language, on a paragraph of about
 *   2 KB: the language's one-time set-up included, against compiling and
 *   running the baseline expression there; the worst of the next passages
 *   (which compile what they first need); and, with prepareTerms run ahead in
 *   5 ms slices, its longest slice and the first call after it. Medians of
 *   several fresh processes (wall time: one call is too short for CPU time).
 *
 * The last line printed is a JSON object. Options: --rounds N (default 7),
 * --cold N (fresh processes per language, default 5; 0 skips them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTerms } from '../lib/terms';
import { LANGS, REPO, SHARED } from './lib/themes-data';

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

/** Paragraphs of about 2 KB (700 characters of Chinese) of devset lines, as a page has them. */
function paragraphs(lang: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const line of readFileSync(join(SHARED, 'corpus', 'unpc', `devset.${lang}`), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    cur += (cur ? ' ' : '') + line;
    if (Buffer.byteLength(cur, 'utf8') >= 2000) {
      out.push(cur);
      cur = '';
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
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const megabytes = (list: Passage[]) => list.reduce((s, p) => s + Buffer.byteLength(p.text, 'utf8'), 0) / 1e6;

function baselineCount(text: string): number {
  BASELINE.lastIndex = 0;
  let c = 0;
  while (BASELINE.exec(text) !== null) c++;
  return c;
}

/** The slowest passage, each passage timed by its best of `rounds` runs (wall time, many repetitions). */
function worstPassage(
  list: Passage[],
  rounds: number,
  run: (p: Passage) => unknown,
): { ms: number; passage: number } {
  const best = new Array<number>(list.length).fill(Infinity);
  for (let r = 0; r < rounds; r++) {
    list.forEach((p, i) => {
      const t0 = performance.now();
      run(p);
      best[i] = Math.min(best[i]!, performance.now() - t0);
    });
  }
  let worst = 0;
  best.forEach((ms, i) => {
    if (ms > best[worst]!) worst = i;
  });
  return { ms: best[worst]!, passage: worst };
}

/** The script a fresh process runs: the bundled lib/terms on paragraphs of one language. */
const CHILD = `
import { readFileSync } from 'node:fs';
const [bundle, input, mode] = process.argv.slice(2);
const { lang, paragraphs, baseline } = JSON.parse(readFileSync(input, 'utf8'));
const terms = await import(bundle);
const out = {};
if (mode === 'prepared') {
  // Idle slices of 5 ms, back to back.
  let longest = 0, total = 0, slices = 0;
  for (let done = false; !done; slices++) {
    const t0 = performance.now();
    done = terms.prepareTerms(lang, { timeRemaining: () => 5 - (performance.now() - t0) });
    const ms = performance.now() - t0;
    longest = Math.max(longest, ms);
    total += ms;
  }
  const t0 = performance.now();
  terms.findTerms(paragraphs[0], { lang });
  Object.assign(out, { longestSlice: longest, prepareTotal: total, slices, firstAfterPrepare: performance.now() - t0 });
} else {
  let t0 = performance.now();
  terms.findTerms(paragraphs[0], { lang });
  out.first = performance.now() - t0;
  let worst = 0;
  for (const p of paragraphs.slice(1)) {
    t0 = performance.now();
    terms.findTerms(p, { lang });
    worst = Math.max(worst, performance.now() - t0);
  }
  out.worstNext = worst;
  // The baseline, in the same fresh process: compile the plain expression and run it once.
  t0 = performance.now();
  const re = new RegExp(baseline, 'gi');
  let n = 0;
  while (re.exec(paragraphs[0]) !== null) n++;
  out.baselineFirst = performance.now() - t0;
}
console.log(JSON.stringify(out));
`;

interface Cold {
  first: number;
  worstNext: number;
  baselineFirst: number;
  longestSlice: number;
  prepareTotal: number;
  firstAfterPrepare: number;
}

/** Fresh processes per language: medians of `runs` of each figure. */
async function coldStarts(runs: number): Promise<Record<string, Cold>> {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'bench-terms-'));
  try {
    const bundle = join(dir, 'terms.mjs');
    await build({
      entryPoints: [join(REPO, 'lib', 'terms', 'index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile: bundle,
      logLevel: 'silent',
    });
    const child = join(dir, 'child.mjs');
    writeFileSync(child, CHILD);
    const out: Record<string, Cold> = {};
    for (const lang of LANGS) {
      const input = join(dir, `${lang}.json`);
      writeFileSync(
        input,
        JSON.stringify({ lang, paragraphs: paragraphs(lang).slice(0, 30), baseline: BASELINE.source }),
      );
      const rows: Record<string, number>[] = [];
      for (let i = 0; i < runs; i++) {
        for (const mode of ['cold', 'prepared']) {
          const r = spawnSync(process.execPath, [child, bundle, input, mode], { encoding: 'utf8' });
          if (r.status !== 0) throw new Error(`The fresh process failed: ${r.stderr}`);
          rows.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number>);
        }
      }
      const figure = (key: string) => round(median(rows.filter((r) => key in r).map((r) => r[key]!)), 2);
      out[lang] = {
        first: figure('first'),
        worstNext: figure('worstNext'),
        baselineFirst: figure('baselineFirst'),
        longestSlice: figure('longestSlice'),
        prepareTotal: figure('prepareTotal'),
        firstAfterPrepare: figure('firstAfterPrepare'),
      };
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} expects a whole number`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const rounds = Math.max(1, option('--rounds', 7));
  const coldRuns = option('--cold', 5);
  const passages = loadPassages();
  const mb = megabytes(passages);

  const runTerms =
    (list: Passage[], given = false) =>
    () =>
      list.reduce(
        (n, p) => n + findTerms(p.text, given && p.lang !== 'documents' ? { lang: p.lang } : {}).length,
        0,
      );
  const runBaseline = (list: Passage[]) => () => list.reduce((n, p) => n + baselineCount(p.text), 0);

  // Warm up both (the matchers compile on first use; the JIT settles).
  runTerms(passages)();
  runTerms(passages, true)();
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
  const perLangGiven: Record<string, number> = {};
  for (const lang of ['documents', ...LANGS]) {
    const list = passages.filter((p) => p.lang === lang);
    const size = megabytes(list);
    perLang[lang] = round(size / (median(Array.from({ length: 3 }, () => time(runTerms(list)).ms)) / 1000));
    perLangGiven[lang] = round(
      size / (median(Array.from({ length: 3 }, () => time(runTerms(list, true)).ms)) / 1000),
    );
  }

  const worst = worstPassage(passages, 3, (p) => findTerms(p.text));
  const worstBase = worstPassage(passages, 3, (p) => baselineCount(p.text));

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
  const list = (figures: Record<string, number>) =>
    Object.entries(figures)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  console.log(`  findTerms by set, language detected (MB/s): ${list(perLang)}`);
  console.log(`  findTerms by set, language given (MB/s): ${list(perLangGiven)}`);
  console.log(
    `  worst passage once warm: ${worst.ms.toFixed(2)} ms (${passages[worst.passage]!.text.length} characters, ${passages[worst.passage]!.lang}); baseline's worst ${worstBase.ms.toFixed(3)} ms; ratio ${(worst.ms / worstBase.ms).toFixed(1)}`,
  );

  const cold = coldRuns > 0 ? await coldStarts(coldRuns) : {};
  if (coldRuns > 0) {
    console.log(
      `  first call per language in a fresh process, ~2 KB paragraph (median of ${coldRuns}, ms; baseline = compile and run the plain expression there):`,
    );
    for (const [lang, c] of Object.entries(cold)) {
      console.log(
        `    ${lang}: first ${c.first} (baseline ${c.baselineFirst}, ratio ${round(c.first / c.baselineFirst)}); worst of the next 29 ${c.worstNext}; prepared in 5 ms slices: longest slice ${c.longestSlice}, ${c.prepareTotal} in all, then first call ${c.firstAfterPrepare}`,
      );
    }
  }

  const firsts = Object.values(cold).map((c) => c.first);
  console.log(
    JSON.stringify({
      passages: passages.length,
      megabytes: round(mb, 2),
      findTermsMBps: round(termsMBs),
      baselineMBps: round(baseMBs),
      ratio: round(termsMBs / baseMBs, 2),
      mentions: termCount,
      baselineMatches: baseCount,
      byLanguageMBps: perLang,
      byLanguageGivenMBps: perLangGiven,
      worstPassageMs: round(worst.ms, 2),
      baselineWorstPassageMs: round(worstBase.ms, 3),
      worstPassageRatio: round(worst.ms / worstBase.ms),
      ...(coldRuns > 0
        ? {
            firstCallMs: Object.fromEntries(Object.entries(cold).map(([l, c]) => [l, c.first])),
            firstCallMaxMs: Math.max(...firsts),
            baselineFirstCallMs: Object.fromEntries(
              Object.entries(cold).map(([l, c]) => [l, c.baselineFirst]),
            ),
            firstCallRatio: Object.fromEntries(
              Object.entries(cold).map(([l, c]) => [l, round(c.first / c.baselineFirst)]),
            ),
            worstNextPassageMs: Object.fromEntries(Object.entries(cold).map(([l, c]) => [l, c.worstNext])),
            prepareLongestSliceMs: Object.fromEntries(
              Object.entries(cold).map(([l, c]) => [l, c.longestSlice]),
            ),
            firstCallAfterPrepareMs: Object.fromEntries(
              Object.entries(cold).map(([l, c]) => [l, c.firstAfterPrepare]),
            ),
          }
        : {}),
    }),
  );
}

void main();
