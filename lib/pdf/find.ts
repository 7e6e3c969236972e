/**
 * Find in the document: every match of the reader's query in the pages' joined
 * text (where line-end hyphens are already undone), ignoring case, accents and
 * how spaces fall, so "securite internationale" finds "Sécurité
 * internationale" across a line break. DOM-free.
 */

export interface FindMatch {
  /** 1-based page. */
  page: number;
  /** Offsets in that page's joined text. */
  start: number;
  end: number;
}

/** One character folded for matching, keeping one character per character (so offsets hold). */
function foldChar(char: string): string {
  const lower = char.toLowerCase();
  const bare = lower.normalize('NFD').replace(/\p{M}+/gu, '');
  if (bare.length === 1) return bare;
  return lower.length === 1 ? lower : char;
}

/** The text folded character by character; whitespace becomes a plain space. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    out += /\s/.test(char) ? ' ' : foldChar(char);
  }
  return out;
}

/** The query folded, with runs of spaces collapsed. */
export function foldQuery(query: string): string {
  return foldText(query.trim()).replace(/ +/g, ' ');
}

/** Matches of `query` in each page's text, in page order. `texts[i]` is page i + 1 (undefined when not read yet). */
export function findInPages(
  texts: readonly (string | undefined)[],
  query: string,
  limit = 10_000,
): FindMatch[] {
  const needle = foldQuery(query);
  if (needle.length === 0) return [];
  const parts = needle.split(' ');
  const pattern = new RegExp(parts.map(escapeRegExp).join(' +'), 'g');
  const out: FindMatch[] = [];
  texts.forEach((text, i) => {
    if (!text || out.length >= limit) return;
    for (const m of foldText(text).matchAll(pattern)) {
      out.push({ page: i + 1, start: m.index, end: m.index + m[0].length });
      if (out.length >= limit) return;
    }
  });
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
