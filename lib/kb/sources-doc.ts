/**
 * Renders docs/kb-sources.md from the data, so the readable list of what the
 * knowledge base holds and where each fact comes from cannot drift from it
 * (a unit test compares the two; `npx tsx tests/unit/kb/write-sources-doc.ts`
 * rewrites the file).
 */
import { leftOut } from './data/left-out';
import { CRSV_DATASET_URL, FACTS_FILE, RES_1325_FR_FIXTURE } from './data/sources';
import type { Citation, KbDocument, KnowledgeBase } from './types';

function citation(c: Citation): string {
  const where = [c.symbol, c.paragraph].filter(Boolean).join(' ');
  const parts = [where, c.note, c.url ? `<${c.url}>` : ''].filter(Boolean);
  return parts.join(' — ');
}

/** A provision's source in a few words: the shared sources are named in full once, at the top. */
function shortSource(c: Citation): string {
  if (c.url === CRSV_DATASET_URL) return 'CRSV dataset';
  if (c.note === RES_1325_FR_FIXTURE)
    return c.url ? 'UN French text; English wording quoted by Disarmament Diplomacy' : 'UN French text';
  return citation(c);
}

function documentSection(d: KbDocument): string[] {
  const facts = [
    d.aliases?.length ? `also ${d.aliases.join(', ')}` : '',
    d.date ? `date ${d.date}` : 'date not verified',
    d.meeting ? `meeting ${d.meeting}` : '',
    d.vote ? `vote: ${d.vote}` : '',
  ].filter(Boolean);
  const lines = [
    `### ${d.symbol}: ${d.title}`,
    '',
    `${d.kind}; ${facts.join('; ')}. Themes: ${d.themes.join(', ')}.`,
    '',
    'Sources:',
    ...d.cites.map((c) => `- ${citation(c)}`),
    '',
  ];
  if (d.provisions.length > 0) {
    lines.push('Provisions:', '');
    for (const p of d.provisions) {
      lines.push(
        `- **${p.paragraph}** (${p.themes.join(', ')}): ${p.summary} Source: ${p.cites.map(shortSource).join('; ')}.`,
      );
    }
    lines.push('');
  }
  return lines;
}

/** The Markdown of docs/kb-sources.md for a knowledge base. */
export function renderSourcesDoc(kb: KnowledgeBase): string {
  const sections: [string, KbDocument['kind'][]][] = [
    ['Resolutions', ['sc-resolution']],
    ['Presidential statements', ['presidential-statement']],
    ["Secretary-General's reports and the System-wide Action Plan", ['sg-report', 'action-plan']],
  ];
  const provisionCount = kb.documents.reduce((n, d) => n + d.provisions.length, 0);
  const lines = [
    '# What the knowledge base holds, and where each fact comes from',
    '',
    `<!-- Generated from lib/kb/data by lib/kb/sources-doc.ts: run \`npx tsx tests/unit/kb/write-sources-doc.ts\` after changing the data. -->`,
    '',
    `Knowledge base version ${kb.version}: ${kb.documents.length} documents, ${provisionCount} provisions, ${kb.recommendations.length} recommendations.`,
    'All summaries are in our own words. A fact enters only when a source below states it;',
    `most come from \`${FACTS_FILE}\`, and the rest were read with the team's search tool (their notes say so).`,
    '',
    '## Sources used throughout',
    '',
    `- \`${FACTS_FILE}\` (shared): dates, meetings, votes, press releases and key provisions, each with its own source.`,
    `- The CRSV paragraph dataset, <${CRSV_DATASET_URL}>: verbatim operative paragraphs of 1820, 1888, 1960, 2106, 2242 and 2467, checked against docs.un.org by its authors. Used for paragraph numbers only; its wording is not reused ("all rights reserved").`,
    '- The UN French text of 1325 in the shared corpus (`S_RES_1325_2000_FR.pdf`): paragraph numbers of 1325.',
    '- The 2007 open letter of the NGO Working Group (`shared/mission/ngowg-open-letter-2007.md`): the recommendations, and the symbol S/2007/567.',
    '',
    '## Recommendations of the 2007 open letter',
    '',
    '| id | themes | answered by | source |',
    '|---|---|---|---|',
    ...kb.recommendations.map(
      (r) =>
        `| ${r.id} | ${r.themes.join(', ')} | ${r.answeredBy.map((g) => g.join(' + ')).join(' or ')} | ${r.cites.map((c) => c.paragraph ?? '').join('; ')} |`,
    ),
    '',
  ];
  for (const [heading, kinds] of sections) {
    lines.push(`## ${heading}`, '');
    for (const d of kb.documents.filter((x) => kinds.includes(x.kind))) lines.push(...documentSection(d));
  }
  lines.push('## Left out until a source confirms it', '');
  for (const item of leftOut) lines.push(`- ${item.what}: ${item.why}.`);
  lines.push('');
  return lines.join('\n');
}
