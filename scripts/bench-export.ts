/**
 * Export and import at scale (issue #7): 10,000 realistic saved passages
 * exported to each format and the two importable ones parsed back, against
 * `JSON.stringify` / `JSON.parse` of the same array measured in the same run.
 *
 *   npm run bench:export
 *   npm run bench:export -- --passages 20000 --rounds 7
 *
 * Passages are made from the UN Parallel Corpus sentences in
 * ../shared/corpus/unpc/devset.* (six languages; each sentence a quote, its
 * neighbours the context, another sentence the note); without the corpus the
 * script says so and uses synthetic text. Goal: each export within 1 s.
 * Timing is noisy on a shared machine: rounds alternate the workloads and the
 * best round of each counts. The round trips are checked too: the script
 * exits non-zero if either import does not give the passages back. The last
 * line printed is one JSON object with the figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseImport, toCsv, toJsonBackup, toMarkdown, toWebAnnotations } from '../lib/export';
import type { SavedPassage } from '../lib/model/saved-passage';
import { RECOMMENDATION_IDS, THEME_IDS } from '../lib/model/themes';

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Math.max(1, Number(process.argv[at + 1]) || fallback) : fallback;
}
const COUNT = arg('passages', 10_000);
const ROUNDS = arg('rounds', 5);
const GOAL_MS = 1000;

const UNPC = resolve(import.meta.dirname, '../../shared/corpus/unpc');
const LANGS = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;

function sentences(): { lang: string; lines: string[] }[] {
  const found = LANGS.filter((lang) => existsSync(resolve(UNPC, `devset.${lang}`)));
  if (found.length === 0) {
    console.log(`note: ${UNPC} is absent; using synthetic sentences instead of the UN Parallel Corpus.`);
    const lines = Array.from(
      { length: 2000 },
      (_, i) =>
        `Synthetic paragraph ${i}: the Council urges Member States to increase the participation of women (${i * 7}).`,
    );
    return [{ lang: 'en', lines }];
  }
  return found.map((lang) => ({
    lang,
    lines: readFileSync(resolve(UNPC, `devset.${lang}`), 'utf8')
      .split('\n')
      .filter((l) => l.trim()),
  }));
}

/** Deterministic passages: same input, same figures. */
function buildPassages(count: number): SavedPassage[] {
  const corpora = sentences();
  const passages: SavedPassage[] = [];
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
  for (let i = 0; i < count; i++) {
    const { lang, lines } = corpora[i % corpora.length]!;
    const at = (i * 7919) % lines.length;
    const quote = lines[at]!;
    const before = lines[(at + lines.length - 1) % lines.length]!;
    const after = lines[(at + 1) % lines.length]!;
    const doc = Math.floor(i / 25);
    const url = `https://undocs.org/${lang}/A/70/${100 + doc}`;
    const created = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    passages.push({
      id: `${hex(i, 8)}-1325-4000-8000-${hex(i * 2654435761, 12)}`,
      url,
      documentKey: `symbol:A/70/${100 + doc}`,
      symbol: `A/70/${100 + doc}`,
      title: `Report of the Secretary-General A/70/${100 + doc}`,
      lang,
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact: quote,
          prefix: before.slice(-32),
          suffix: after.slice(0, 32),
        },
        position: { type: 'TextPositionSelector', start: at * 120, end: at * 120 + [...quote].length },
        ...(i % 10 === 0 && { page: 1 + (i % 37) }),
      },
      themes: [
        THEME_IDS[i % THEME_IDS.length]!,
        ...(i % 3 === 0 ? [THEME_IDS[(i + 4) % THEME_IDS.length]!] : []),
      ],
      recommendations: i % 4 === 0 ? [RECOMMENDATION_IDS[i % RECOMMENDATION_IDS.length]!] : [],
      provisions: i % 5 === 0 ? [{ symbol: 'S/RES/1325 (2000)', paragraph: `OP${1 + (i % 18)}` }] : [],
      note: i % 3 === 2 ? '' : lines[(at * 31 + 17) % lines.length]!,
      tags: i % 2 === 0 ? ['review', `batch-${i % 12}`] : [],
      createdAt: created,
      updatedAt: created,
    });
  }
  return passages;
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const passages = buildPassages(COUNT);
const outputs = {
  csv: toCsv(passages),
  json: toJsonBackup({ passages }),
  markdown: toMarkdown(passages),
  jsonld: toWebAnnotations(passages),
};
const baselineText = JSON.stringify(passages);

const workloads: Record<string, () => unknown> = {
  baselineStringify: () => JSON.stringify(passages),
  baselineParse: () => JSON.parse(baselineText),
  csv: () => toCsv(passages),
  json: () => toJsonBackup({ passages }),
  markdown: () => toMarkdown(passages),
  jsonld: () => toWebAnnotations(passages),
  importJson: () => parseImport(outputs.json),
  importJsonld: () => parseImport(outputs.jsonld),
};
const best: Record<string, number> = Object.fromEntries(Object.keys(workloads).map((k) => [k, Infinity]));
for (const fn of Object.values(workloads)) fn(); // warm up
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fn] of Object.entries(workloads)) best[name] = Math.min(best[name]!, time(fn));
}

// Round trips: everything for JSON, what annotations carry for JSON-LD.
const fromJson = parseImport(outputs.json);
const fromJsonld = parseImport(outputs.jsonld);
const jsonRoundTrip = fromJson.ok && JSON.stringify(fromJson.passages) === JSON.stringify(passages);
const jsonldRoundTrip =
  fromJsonld.ok &&
  fromJsonld.passages.length === passages.length &&
  fromJsonld.passages.every(
    (p, i) =>
      p.id === passages[i]!.id &&
      p.note === passages[i]!.note &&
      JSON.stringify(p.selectors) === JSON.stringify(passages[i]!.selectors) &&
      JSON.stringify(p.tags) === JSON.stringify(passages[i]!.tags) &&
      JSON.stringify(p.themes) === JSON.stringify(passages[i]!.themes),
  );

const round = (n: number) => Math.round(n * 10) / 10;
const exportsOf = ['csv', 'json', 'markdown', 'jsonld'] as const;
const mb = (s: string) => round(Buffer.byteLength(s, 'utf8') / 1e5) / 10;
console.log(
  `${COUNT} passages, best of ${ROUNDS} rounds; baseline JSON.stringify ${round(best.baselineStringify!)} ms, JSON.parse ${round(best.baselineParse!)} ms`,
);
for (const name of exportsOf) {
  const ms = best[name]!;
  console.log(
    `export ${name.padEnd(8)} ${round(ms).toString().padStart(7)} ms  ${(ms / best.baselineStringify!).toFixed(1).padStart(5)}× JSON.stringify  ${mb(outputs[name === 'jsonld' ? 'jsonld' : name])} MB  ${ms <= GOAL_MS ? 'within' : 'OVER'} the 1 s goal`,
  );
}
for (const [name, key] of [
  ['JSON backup', 'importJson'],
  ['JSON-LD', 'importJsonld'],
] as const) {
  console.log(
    `import ${name.padEnd(11)} ${round(best[key]!).toString().padStart(7)} ms  ${(best[key]! / best.baselineParse!).toFixed(1).padStart(5)}× JSON.parse`,
  );
}
console.log(
  `round trip: JSON ${jsonRoundTrip ? 'equal' : 'DIFFERENT'}, JSON-LD ${jsonldRoundTrip ? 'equal (what it carries)' : 'DIFFERENT'}`,
);

const figures = {
  passages: COUNT,
  rounds: ROUNDS,
  goalMs: GOAL_MS,
  baseline: { stringifyMs: round(best.baselineStringify!), parseMs: round(best.baselineParse!) },
  export: Object.fromEntries(
    exportsOf.map((name) => [
      name,
      {
        ms: round(best[name]!),
        ratio: round(best[name]! / best.baselineStringify!),
        mb: mb(outputs[name]),
        withinGoal: best[name]! <= GOAL_MS,
      },
    ]),
  ),
  import: {
    json: { ms: round(best.importJson!), ratio: round(best.importJson! / best.baselineParse!) },
    jsonld: { ms: round(best.importJsonld!), ratio: round(best.importJsonld! / best.baselineParse!) },
  },
  roundTrip: { json: jsonRoundTrip, jsonld: jsonldRoundTrip },
};
console.log(JSON.stringify(figures));
if (!jsonRoundTrip || !jsonldRoundTrip) process.exitCode = 1;
