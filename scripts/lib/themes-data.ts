/**
 * Loads the UNPC theme gold set and its aligned sentences from ../shared
 * (read in place, never copied into the repository).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RecommendationId, ThemeId } from '../../lib/model/themes';

export const LANGS = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;
export type EvalLang = (typeof LANGS)[number];

export interface GoldLine {
  line: number;
  themes: ThemeId[];
  recommendations: RecommendationId[];
  wps: boolean;
  why: string;
  /** The line matched the labellers' broad keyword search (the harder negatives). */
  keyword: boolean;
  /** Canonical-style symbol of the line's document, from devset.ids. */
  documentSymbol: string;
  text: Record<EvalLang, string>;
}

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '../..');
export const SHARED = resolve(REPO, '../shared');

/** The labellers' broad search (THEMES-LABELS.md, Selection step 1). */
const KEYWORDS =
  /\b(wom[ae]n|women's|girls?|gender\w*|sex|sexes|sexual\w*|sexually|sex-\w+|\w+-sex|rape[sd]?|raping|rapists?|feminin\w*|feminis\w*|femicid\w*|feminicid\w*|femmes?|female\w*|maternal\w*|maternity|mothers?\w*|motherhood|pregnan\w*|widow\w*|wives|wife|daughters?|midwi\w*|obstetric\w*|abortion\w*|genital\w*|dowry|(?:forced|child|early) marriages?|prostitut\w*|beijing|cedaw|domestic violence|reproductive|family planning|1325|1820|1888|1889|1960|2106|2122|2242|2467|2493)\b/i;

/** Reads the gold set, or explains what is missing and exits non-zero. */
export function loadGold(): GoldLine[] {
  const corpus = join(SHARED, 'corpus');
  const goldPath = join(corpus, 'gold', 'themes.unpc.json');
  const files = [
    goldPath,
    ...LANGS.map((l) => join(corpus, 'unpc', `devset.${l}`)),
    join(corpus, 'unpc', 'devset.ids'),
  ];
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(
      `The shared corpus is missing (expected next to the repository, at ${SHARED}):\n  ${missing.join('\n  ')}`,
    );
    process.exit(2);
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<
    string,
    { text: string; themes: ThemeId[]; recommendations: RecommendationId[]; wps: boolean; why: string }
  >;
  const lines = Object.fromEntries(
    LANGS.map((l) => [l, readFileSync(join(corpus, 'unpc', `devset.${l}`), 'utf8').split('\n')]),
  ) as Record<EvalLang, string[]>;
  const ids = readFileSync(join(corpus, 'unpc', 'devset.ids'), 'utf8').split('\n');
  return Object.entries(gold)
    .map(([key, g]) => {
      const line = Number(key);
      const text = Object.fromEntries(LANGS.map((l) => [l, lines[l][line - 1] ?? ''])) as Record<
        EvalLang,
        string
      >;
      if (text.en !== g.text) throw new Error(`Gold line ${line} does not match devset.en`);
      return {
        line,
        themes: g.themes,
        recommendations: g.recommendations,
        wps: g.wps,
        why: g.why,
        keyword: KEYWORDS.test(g.text),
        documentSymbol: symbolFromId(ids[line - 1]?.split(/\s+/)[0] ?? ''),
        text,
      };
    })
    .sort((a, b) => a.line - b.line);
}

/**
 * UNPC document ids are lower-cased paths with the year first:
 * `2015/s/2015/31` → `S/2015/31`, `2015/e/cn_6/2015/ngo/259` →
 * `E/CN.6/2015/NGO/259`, `2015/cedaw/c/tuv/q/3_4/add_1` → `CEDAW/C/TUV/Q/3-4/Add.1`.
 * Only the series matters to the linker (which organ, which body).
 */
export function symbolFromId(id: string): string {
  const parts = id.split('/').slice(1);
  return parts
    .map((p, i) => {
      const res = /^(\d+)__(\d{4})_$/.exec(p);
      if (res && parts[i - 1] === 'res') return `${res[1]} (${res[2]})`;
      const part = /^(add|rev|corr)_(\d+)$/.exec(p);
      if (part) return `${part[1]![0]!.toUpperCase()}${part[1]!.slice(1)}.${part[2]}`;
      if (/^\d+_\d+$/.test(p)) return p.replace('_', '-');
      return p.replace(/_/g, '.').toUpperCase();
    })
    .join('/');
}
