/**
 * npm run eval:themes — scores lib/link's theme and recommendation judgement
 * on the UNPC gold set (../shared/corpus/gold/themes.unpc.json, see
 * THEMES-LABELS.md there) in all six languages: the English labels hold for
 * the aligned lines of devset.{fr,es,ru,ar,zh}.
 *
 * Prints per theme and language precision, recall and F1 with support; micro
 * and macro F1 per language (with a bootstrap interval); the keyword-selected
 * negatives separately; the binary `wps` task; recommendation top-1 and top-3
 * accuracy with counts; language detection on the same lines; then every
 * error with why. The last line is one JSON object with all figures.
 *
 * Options: --floor key=value (repeatable; keys are the JSON's dotted paths,
 * e.g. --floor en.macroF1=0.85 --floor fr.top3=0.9; exits 1 below a floor),
 * --lang=en,fr (languages to score), --errors=none|all|<lang> (default all).
 */
import { analyzePassage } from '../lib/link';
import { detectLanguage } from '../lib/terms';
import { THEME_IDS, type ThemeId } from '../lib/model/themes';
import { LANGS, loadGold, type EvalLang, type GoldLine } from './lib/themes-data';
import { add, bootstrap, decide, macroF1, pct, prf, r3, zero, type Counts } from './lib/themes-metrics';

interface Args {
  floors: Map<string, number>;
  langs: EvalLang[];
  errors: string;
}

function parseArgs(argv: string[]): Args {
  const floors = new Map<string, number>();
  let langs: EvalLang[] = [...LANGS];
  let errors = 'all';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (name: string) => (a.startsWith(`${name}=`) ? a.slice(name.length + 1) : argv[++i]);
    if (a === '--floor' || a.startsWith('--floor=')) {
      const spec = value('--floor') ?? '';
      const [key, v] = spec.split('=');
      const n = Number(v);
      if (!key || v === undefined || Number.isNaN(n)) fail(`--floor expects key=value, got "${spec}"`);
      floors.set(key!, n);
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const list = (value('--lang') ?? '').split(',').filter(Boolean);
      const bad = list.filter((l) => !(LANGS as readonly string[]).includes(l));
      if (bad.length || !list.length)
        fail(`--lang expects some of ${LANGS.join(',')}, got "${list.join(',')}"`);
      langs = list as EvalLang[];
    } else if (a === '--errors' || a.startsWith('--errors=')) {
      errors = value('--errors') ?? 'all';
    } else
      fail(`Unknown argument "${a}". Options: --floor key=value, --lang=en,fr, --errors=none|all|<lang>`);
  }
  return { floors, langs, errors };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

interface Prediction {
  line: GoldLine;
  themes: ThemeId[];
  recommendations: string[];
  wps: boolean;
  why: string;
}

function predict(lines: GoldLine[], lang: EvalLang): Prediction[] {
  return lines.map((line) => {
    const a = analyzePassage(line.text[lang], { lang, documentSymbol: line.documentSymbol });
    const why = [
      ...(a.themeReasons ?? []).map((r) => r.why),
      ...a.recommendations.map((r) => `${r.id} ${r.score}: ${r.why}`),
    ].join(' | ');
    return {
      line,
      themes: a.themes,
      recommendations: a.recommendations.map((r) => r.id),
      wps: a.wps ?? a.themes.length > 0,
      why,
    };
  });
}

function themeCounts(preds: Prediction[]): Map<ThemeId, Counts> {
  const by = new Map<ThemeId, Counts>(THEME_IDS.map((t) => [t, zero()]));
  for (const p of preds) {
    for (const t of THEME_IDS)
      by.set(t, add(by.get(t)!, decide(p.line.themes.includes(t), p.themes.includes(t))));
  }
  return by;
}

function scoreLanguage(preds: Prediction[]) {
  const byTheme = themeCounts(preds);
  const micro = prf([...byTheme.values()].reduce(add, zero()));
  const macro = macroF1(byTheme);
  const interval = bootstrap(preds, (s) => macroF1(themeCounts(s)));
  const negatives = preds.filter((p) => p.line.themes.length === 0);
  const falseThemes = (ps: Prediction[]) => ps.filter((p) => p.themes.length > 0).length;
  const keywordNeg = negatives.filter((p) => p.line.keyword);
  const randomNeg = negatives.filter((p) => !p.line.keyword);
  const wps = prf(preds.map((p) => decide(p.line.wps, p.wps)).reduce(add, zero()));
  const withRecs = preds.filter((p) => p.line.recommendations.length > 0);
  const hit = (k: number) =>
    withRecs.filter((p) =>
      p.recommendations.slice(0, k).some((r) => p.line.recommendations.includes(r as never)),
    ).length;
  const first = withRecs.filter((p) => p.recommendations[0] === p.line.recommendations[0]).length;
  const spurious = preds.filter(
    (p) => p.line.recommendations.length === 0 && p.recommendations.length > 0,
  ).length;
  return {
    byTheme,
    micro,
    macro,
    interval,
    keywordNegatives: { lines: keywordNeg.length, withTheme: falseThemes(keywordNeg) },
    randomNegatives: { lines: randomNeg.length, withTheme: falseThemes(randomNeg) },
    wps,
    recs: { lines: withRecs.length, top1: hit(1), top3: hit(3), firstTop1: first, spurious },
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const gold = loadGold();
  const figures: Record<string, unknown> = {};
  const results = new Map<EvalLang, { preds: Prediction[]; score: ReturnType<typeof scoreLanguage> }>();

  for (const lang of args.langs) {
    const preds = predict(gold, lang);
    results.set(lang, { preds, score: scoreLanguage(preds) });
  }

  console.log(
    `eval:themes — ${gold.length} labelled UNPC lines (${gold.filter((g) => g.themes.length).length} with a theme, ${gold.filter((g) => g.recommendations.length).length} with a recommendation)\n`,
  );

  // Per theme and language.
  const header = ['theme'.padEnd(20), ...args.langs.map((l) => `${l} P/R/F1`.padEnd(20)), 'support'];
  console.log(header.join(''));
  for (const t of THEME_IDS) {
    const cells = args.langs.map((l) => {
      const p = prf(results.get(l)!.score.byTheme.get(t)!);
      return `${p.precision.toFixed(2)}/${p.recall.toFixed(2)}/${p.f1.toFixed(2)}`.padEnd(20);
    });
    const support = prf(results.get(args.langs[0]!)!.score.byTheme.get(t)!).support;
    console.log([t.padEnd(20), ...cells, String(support)].join(''));
  }
  console.log('');

  const en = results.get('en')?.score.macro;
  for (const lang of args.langs) {
    const s = results.get(lang)!.score;
    // The eval tells the linker each line's language; the page may not, so
    // detection is measured on the same lines.
    const detected = gold.filter((g) => detectLanguage(g.text[lang]) === lang).length;
    const gap =
      en !== undefined && lang !== 'en'
        ? ` (gap from en ${(s.macro - en >= 0 ? '+' : '') + (s.macro - en).toFixed(3)})`
        : '';
    console.log(
      `${lang}: macro-F1 ${s.macro.toFixed(3)} [95% ${s.interval[0].toFixed(2)}–${s.interval[1].toFixed(2)}]${gap}, micro-F1 ${s.micro.f1.toFixed(3)}; ` +
        `wps P ${s.wps.precision.toFixed(2)} R ${s.wps.recall.toFixed(2)} F1 ${s.wps.f1.toFixed(3)}; ` +
        `false themes on ${s.keywordNegatives.withTheme}/${s.keywordNegatives.lines} keyword negatives, ${s.randomNegatives.withTheme}/${s.randomNegatives.lines} random; ` +
        `recs top-1 ${s.recs.top1}/${s.recs.lines} (${pct(s.recs.top1 / s.recs.lines)}), top-3 ${s.recs.top3}/${s.recs.lines} (${pct(s.recs.top3 / s.recs.lines)}), ` +
        `first gold id ranked first ${s.recs.firstTop1}/${s.recs.lines}; recs on ${s.recs.spurious} lines without gold recs; ` +
        `language detected on ${detected}/${gold.length} lines`,
    );
    figures[lang] = {
      macroF1: r3(s.macro),
      macroF1Interval: s.interval.map(r3),
      microF1: r3(s.micro.f1),
      wps: { precision: r3(s.wps.precision), recall: r3(s.wps.recall), f1: r3(s.wps.f1) },
      top1: r3(s.recs.top1 / s.recs.lines),
      top3: r3(s.recs.top3 / s.recs.lines),
      firstTop1: r3(s.recs.firstTop1 / s.recs.lines),
      recLines: s.recs.lines,
      spuriousRecLines: s.recs.spurious,
      keywordNegativesWithTheme: s.keywordNegatives.withTheme,
      randomNegativesWithTheme: s.randomNegatives.withTheme,
      detection: r3(detected / gold.length),
      themes: Object.fromEntries(
        THEME_IDS.map((t) => {
          const p = prf(s.byTheme.get(t)!);
          return [t, { precision: r3(p.precision), recall: r3(p.recall), f1: r3(p.f1), support: p.support }];
        }),
      ),
    };
  }
  console.log(
    'Themes with fewer than 10 positives (protection, prevention, relief-recovery, leadership, oversight) are indicative only.\n',
  );

  if (args.errors !== 'none') {
    for (const lang of args.langs) {
      if (args.errors !== 'all' && args.errors !== lang) continue;
      const errors = results.get(lang)!.preds.filter((p) => {
        const themesWrong =
          p.themes.join() !==
          [...p.line.themes].sort((a, b) => THEME_IDS.indexOf(a) - THEME_IDS.indexOf(b)).join();
        const recMiss =
          p.line.recommendations.length > 0 &&
          !p.recommendations.slice(0, 3).some((r) => p.line.recommendations.includes(r as never));
        return themesWrong || recMiss || p.wps !== p.line.wps;
      });
      console.log(`--- errors in ${lang} (${errors.length} lines) ---`);
      for (const p of errors) {
        const missing = p.line.themes.filter((t) => !p.themes.includes(t));
        const extra = p.themes.filter((t) => !p.line.themes.includes(t));
        const recs =
          p.line.recommendations.length || p.recommendations.length
            ? ` recs expected [${p.line.recommendations.join(', ')}] got [${p.recommendations.join(', ')}]`
            : '';
        const wps = p.wps !== p.line.wps ? ` wps expected ${p.line.wps} got ${p.wps}` : '';
        console.log(
          `L${p.line.line} [${lang}] ${p.line.documentSymbol}: expected [${p.line.themes.join(', ')}] got [${p.themes.join(', ')}]` +
            `${missing.length ? ` missing ${missing.join(', ')}` : ''}${extra.length ? ` extra ${extra.join(', ')}` : ''}${recs}${wps}`,
        );
        console.log(`    text: ${p.line.text[lang].slice(0, 220)}`);
        console.log(`    gold why: ${p.line.why || '—'}`);
        console.log(`    our why: ${p.why || '—'}`);
      }
      console.log('');
    }
  }

  // Floors.
  const flat = flatten(figures);
  let failed = false;
  for (const [key, floor] of args.floors) {
    const value = flat.get(key);
    if (value === undefined) {
      console.error(
        `floor ${key}: no such figure (try e.g. en.macroF1, fr.top3, zh.themes.participation.f1)`,
      );
      failed = true;
    } else if (value < floor) {
      console.error(`floor ${key}: ${value} is below ${floor}`);
      failed = true;
    }
  }
  console.log(JSON.stringify(figures));
  if (failed) process.exit(1);
}

function flatten(o: unknown, prefix = '', out = new Map<string, number>()): Map<string, number> {
  if (typeof o === 'number') out.set(prefix, o);
  else if (o && typeof o === 'object' && !Array.isArray(o)) {
    for (const [k, v] of Object.entries(o)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

main();
