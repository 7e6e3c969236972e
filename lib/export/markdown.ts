/**
 * Markdown for notes and papers: passages grouped by document, each quote as
 * a block quote followed by its citation (symbol, title, link) and the note.
 * Page text and notes are untrusted, so they are written literally: every
 * character Markdown could read as markup (links, images, raw HTML, emphasis,
 * headings, lists) is backslash-escaped, and only http(s) addresses become links.
 */
import type { SavedPassage } from '../model/saved-passage';
import { httpUrl } from './sanitize';

/** Characters that make inline markup anywhere: emphasis, code, links and images, raw HTML, entities, tables, strikethrough. */
const INLINE = /[\\`*_[\]<>|~&]/g;
/** What makes block markup at the start of a line: headings, quotes, lists, setext underlines, ordered lists ("1." / "1)"). */
const LINE_START = /^(\s*)([#>+=-]|\d+(?=[.)]))/;

/** One line that renders literally in CommonMark/GFM. */
function escapeLine(line: string): string {
  return line
    .replace(INLINE, '\\$&')
    .replace(LINE_START, (_, space: string, mark: string) =>
      /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    );
}

/** Text that renders literally in CommonMark/GFM, line breaks kept as hard breaks. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escapeLine).join('\\\n');
}

/** A link to an http(s) address, or the escaped text when it is not one. */
function link(url: string): string {
  return httpUrl(url) && !/[\s<>]/.test(url) ? `<${url}>` : escapeMarkdown(url);
}

function citation(p: SavedPassage): string {
  const parts = [
    p.symbol ? escapeMarkdown(p.symbol) : '',
    p.title ? `*${escapeMarkdown(p.title)}*` : '',
    link(p.url),
  ];
  return `— ${parts.filter(Boolean).join(', ')}${p.selectors.page ? `, p. ${p.selectors.page}` : ''}`;
}

function passageBlock(p: SavedPassage): string {
  const lines = [
    p.selectors.quote.exact
      .trim()
      .split(/\r\n?|\n/)
      .map((line) => `> ${escapeLine(line)}`)
      .join('\n'),
    '',
    citation(p),
  ];
  if (p.note.trim()) lines.push('', `**Note:** ${escapeMarkdown(p.note.trim())}`);
  const labels: string[] = [];
  if (p.tags.length) labels.push(`Tags: ${p.tags.map(escapeMarkdown).join(', ')}`);
  if (p.themes.length) labels.push(`Themes: ${p.themes.join(', ')}`);
  if (p.recommendations.length) labels.push(`Recommendations: ${p.recommendations.join(', ')}`);
  if (labels.length) lines.push('', labels.join(' · '));
  return lines.join('\n');
}

/** Passages grouped by document (in order of first appearance), each group in page order. */
export function toMarkdown(passages: SavedPassage[]): string {
  const groups = new Map<string, SavedPassage[]>();
  for (const p of passages) {
    const group = groups.get(p.documentKey);
    if (group) group.push(p);
    else groups.set(p.documentKey, [p]);
  }
  const out = ['# 1325 Lens: saved passages', ''];
  for (const group of groups.values()) {
    group.sort(
      (a, b) =>
        (a.selectors.page ?? 0) - (b.selectors.page ?? 0) ||
        a.selectors.position.start - b.selectors.position.start,
    );
    const first = group[0]!;
    const heading = first.title || first.symbol || first.url;
    out.push(`## ${escapeMarkdown(heading)}`, '');
    const about = [first.symbol ? escapeMarkdown(first.symbol) : '', link(first.url)]
      .filter(Boolean)
      .join(' · ');
    out.push(about, '');
    for (const p of group) out.push(passageBlock(p), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
