/**
 * Architecture tests over the whole knowledge base: every fact cites a
 * source, symbols are canonical, ids are valid, the letter's recommendations
 * match THEMES.md, dates and votes match the facts file, nothing UNVERIFIED
 * slipped in, and no text copies the sources' sentences.
 */
import { describe, expect, it } from 'vitest';
import { kb } from '../../../lib/kb';
import { isRecommendationId, isThemeId, RECOMMENDATION_IDS, THEME_IDS } from '../../../lib/model/themes';
import { readShared } from './shared-files';

// Written here, not imported from lib/kb, so the data is checked against an independent statement of the forms.
const RESOLUTION = /^S\/RES\/[1-9]\d{0,3} \((?:19|20)\d\d\)$/;
const PRST = /^S\/PRST\/(?:19|20)\d\d\/[1-9]\d{0,2}$/;
const S_DOCUMENT = /^S\/(?:19|20)\d\d\/[1-9]\d{0,3}$/;
const A_DOCUMENT = /^A\/[1-9]\d\/[1-9]\d{0,3}$/;
const MEETING = /^S\/PV\.[1-9]\d{0,4}$/;
const PRESS_RELEASE = /^SC\/[1-9]\d{3,4}$/;
const canonical = (s: string) => [RESOLUTION, PRST, S_DOCUMENT, A_DOCUMENT, MEETING].some((re) => re.test(s));
const citable = (s: string) =>
  canonical(s) ||
  PRESS_RELEASE.test(s) ||
  s.split('-').every((part) => A_DOCUMENT.test(part) || S_DOCUMENT.test(part));

const provisions = kb.documents.flatMap((document) =>
  document.provisions.map((provision) => ({ document, provision })),
);

/** Every text of the knowledge base, named for error messages. */
const texts: [string, string][] = [
  ...kb.documents.flatMap((d): [string, string][] => [
    [`${d.symbol} title`, d.title],
    [`${d.symbol} summary`, d.summary],
  ]),
  ...provisions.map(({ document, provision }): [string, string] => [
    `${document.symbol} ${provision.paragraph}`,
    provision.summary,
  ]),
  ...kb.recommendations.map((r): [string, string] => [r.id, r.text]),
];

describe('knowledge base: sources', () => {
  it('has a semver version', () => {
    expect(kb.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('cites at least one source for every document and recommendation', () => {
    for (const d of kb.documents) {
      expect(d.cites.length, d.symbol).toBeGreaterThan(0);
      for (const c of d.cites) expect(c.url || c.note, d.symbol).toBeTruthy();
    }
    for (const r of kb.recommendations) {
      expect(
        r.cites.some((c) => c.note?.includes('open letter')),
        r.id,
      ).toBe(true);
    }
  });

  it('cites every provision by its own document symbol and paragraph, plus where it was read', () => {
    expect(provisions.length).toBeGreaterThan(100);
    for (const { document, provision } of provisions) {
      const where = `${document.symbol} ${provision.paragraph}`;
      expect(
        provision.cites.some((c) => c.symbol === document.symbol && c.paragraph === provision.paragraph),
        where,
      ).toBe(true);
      for (const c of provision.cites) expect(c.url || c.note, where).toBeTruthy();
    }
  });

  it('cites UN Digital Library records only where the facts file saw them match', () => {
    const records = kb.documents
      .flatMap((d) => d.cites)
      .flatMap((c) => c.url?.match(/digitallibrary\.un\.org\/record\/\d+/g) ?? []);
    expect(records.every((r) => r.endsWith('/666430'))).toBe(true);
  });
});

describe('knowledge base: symbols and ids', () => {
  it('writes every document symbol, alias and meeting in canonical form', () => {
    for (const d of kb.documents) {
      expect(canonical(d.symbol), d.symbol).toBe(true);
      for (const alias of d.aliases ?? []) expect(canonical(alias), alias).toBe(true);
      if (d.meeting !== undefined) expect(d.meeting, d.symbol).toMatch(MEETING);
    }
    for (const c of [...kb.documents, ...kb.recommendations].flatMap((x) => x.cites)) {
      if (c.symbol !== undefined) expect(citable(c.symbol), c.symbol).toBe(true);
    }
  });

  it('rejects the near-miss spellings the canonical forms exclude', () => {
    for (const wrong of [
      'S/RES/1325(2000)',
      'S/RES/1325 (2000) ',
      's/res/1325 (2000)',
      'S/PV 4213',
      'S/2007/0567',
      'SC/6942',
    ]) {
      expect(canonical(wrong), wrong).toBe(false);
    }
  });

  it('knows each symbol once', () => {
    const all = kb.documents.flatMap((d) => [d.symbol, ...(d.aliases ?? [])]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('numbers provisions as the documents do, once each', () => {
    for (const d of kb.documents) {
      const paragraphs = d.provisions.map((p) => p.paragraph);
      expect(new Set(paragraphs).size, d.symbol).toBe(paragraphs.length);
      for (const p of paragraphs) expect(p, d.symbol).toMatch(/^OP[1-9]\d?(?:\([a-z]\))?$/);
    }
  });

  it('uses only theme ids of THEMES.md, a few per provision and none twice', () => {
    for (const d of kb.documents) {
      expect(d.themes.length, d.symbol).toBeGreaterThan(0);
      expect(d.themes.every(isThemeId), d.symbol).toBe(true);
      expect(new Set(d.themes).size, d.symbol).toBe(d.themes.length);
    }
    for (const { document, provision } of provisions) {
      const where = `${document.symbol} ${provision.paragraph}`;
      expect(provision.themes.every(isThemeId), where).toBe(true);
      expect(new Set(provision.themes).size, where).toBe(provision.themes.length);
      expect(provision.themes.length, where).toBeGreaterThan(0);
      // A provision carries the themes a reader would agree with, not every theme.
      expect(provision.themes.length, where).toBeLessThanOrEqual(4);
    }
  });

  it('gives every theme at least one provision, so the linker can rank something for each', () => {
    for (const theme of THEME_IDS) {
      expect(
        provisions.some(({ provision }) => provision.themes.includes(theme)),
        theme,
      ).toBe(true);
    }
  });
});

describe('knowledge base: the 2007 letter as THEMES.md gives it', () => {
  const themesMd = readShared('design/THEMES.md');
  const rows = themesMd
    .split('\n')
    .filter((line) => line.startsWith('| `ngowg-2007-'))
    .map((line) => line.split('|').map((cell) => cell.trim()));

  it('has every recommendation of THEMES.md and no other', () => {
    const ids = rows.map((cells) => cells[1]!.replace(/`/g, ''));
    expect(ids).toEqual([...RECOMMENDATION_IDS]);
    expect(kb.recommendations.map((r) => r.id)).toEqual(ids);
    expect(kb.recommendations.every((r) => isRecommendationId(r.id) && r.text.length > 40)).toBe(true);
  });

  it('gives each recommendation the themes THEMES.md names, combined as it says', () => {
    for (const cells of rows) {
      const id = cells[1]!.replace(/`/g, '');
      const themes = [...cells[3]!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
      const recommendation = kb.recommendations.find((r) => r.id === id)!;
      expect([...recommendation.themes].sort(), id).toEqual([...themes].sort());
      const grouped = new Set(recommendation.answeredBy.flat());
      expect([...grouped].sort(), id).toEqual([...themes].sort());
      // "with X or Y" in THEMES.md is a conjunction: no group of 2a or 2b may be a lone theme.
      if (cells[3]!.includes(' with ')) {
        expect(
          recommendation.answeredBy.every((group) => group.length >= 2),
          id,
        ).toBe(true);
      }
    }
  });
});

describe('knowledge base: facts match the facts file', () => {
  const facts = readShared('research/wps-facts.md');
  const lines = facts.split('\n');
  const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];

  /** The facts file's lines about a symbol: lines naming it, and the section headed by it. */
  function linesAbout(symbol: string): string[] {
    const out = lines.filter((line) => line.includes(symbol));
    const start = lines.findIndex((line) => line.startsWith('## ') && line.includes(symbol));
    if (start >= 0) {
      const end = lines.findIndex((line, i) => i > start && /^#{1,2} /.test(line));
      out.push(...lines.slice(start, end < 0 ? undefined : end));
    }
    return out;
  }

  it('writes dates as valid ISO dates that the facts file gives for that document', () => {
    const dated = kb.documents.filter((d) => d.date !== undefined);
    expect(dated.length).toBeGreaterThan(15);
    for (const d of dated) {
      expect(d.date, d.symbol).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const [year, month, day] = d.date!.split('-').map(Number) as [number, number, number];
      const parsed = new Date(Date.UTC(year, month - 1, day));
      expect(parsed.toISOString().slice(0, 10), d.symbol).toBe(d.date);
      const name = MONTHS[month - 1]!;
      const spellings = [`${day} ${name} ${year}`, `${day} ${name.slice(0, 3)} ${year}`];
      const about = [d.symbol, ...(d.aliases ?? [])].flatMap(linesAbout).join('\n');
      expect(
        spellings.some((s) => about.includes(s)),
        `${d.symbol} ${d.date} not in the facts file`,
      ).toBe(true);
    }
  });

  it('gives each resolution the meeting and vote of the quick table, and no meeting it doubts', () => {
    const resolutions = kb.documents.filter((d) => d.kind === 'sc-resolution');
    expect(resolutions).toHaveLength(10);
    for (const d of resolutions) {
      const row = lines.find((line) => line.startsWith(`| ${d.symbol} |`));
      expect(row, d.symbol).toBeDefined();
      const [, , , meetingCell, voteCell] = row!.split('|').map((cell) => cell.trim());
      if (/secondary|UNVERIFIED/.test(meetingCell!)) expect(d.meeting, d.symbol).toBeUndefined();
      else expect(meetingCell, d.symbol).toBe(d.meeting);
      if (voteCell === 'unanimous' || voteCell!.startsWith('unanimous '))
        expect(d.vote, d.symbol).toBe('unanimous');
      else expect(d.vote!.split(' ')[0], d.symbol).toBe(voteCell!.split(' ')[0]);
    }
  });

  it('leaves out what the facts file marks UNVERIFIED', () => {
    const cited = JSON.stringify(kb);
    expect(cited).not.toContain('SC/6942');
    expect(cited).not.toContain('SC/9759');
    expect(cited).not.toContain('S/PV.5916');
    expect(kb.documents.find((d) => d.symbol === 'S/2007/567')?.date).toBeUndefined();
    // 1889's indicator request is OP17 only because PeaceWomen quotes it as such; it must say so.
    const op17 = kb.documents.find((d) => d.symbol === 'S/RES/1889 (2009)')!.provisions[0]!;
    expect(op17.cites.some((c) => c.url?.includes('peacewomen.org'))).toBe(true);
  });
});

describe('knowledge base: our own words', () => {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  function grams(text: string, n: number): Set<string> {
    const ws = words(text);
    const out = new Set<string>();
    for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '));
    return out;
  }

  it.each([
    ['the facts file', 'research/wps-facts.md'],
    ['the 2007 open letter', 'mission/ngowg-open-letter-2007.md'],
    ['the French text of 1325', 'corpus/documents/S_RES_1325_2000_FR.pdf.extracted.txt'],
  ])('shares no run of eight words with %s', (_name, path) => {
    const source = grams(readShared(path), 8);
    const copied = texts.flatMap(([where, text]) =>
      [...grams(text, 8)].filter((g) => source.has(g)).map((g) => `${where}: "${g}"`),
    );
    expect(copied).toEqual([]);
  });

  it('keeps provision summaries to one sentence and document summaries to one paragraph', () => {
    for (const { document, provision } of provisions) {
      expect(provision.summary.length, `${document.symbol} ${provision.paragraph}`).toBeLessThan(330);
      expect(provision.summary.trim().endsWith('.'), `${document.symbol} ${provision.paragraph}`).toBe(true);
    }
    for (const d of kb.documents) {
      expect(d.summary.includes('\n'), d.symbol).toBe(false);
      expect(d.summary.length, d.symbol).toBeLessThan(900);
    }
  });
});
