/**
 * A small parser for the light Markdown of notes: paragraphs with line breaks,
 * **bold**, *italic*, [links](https://…), bare http(s) links, and - / 1. lists.
 * It returns a tree of plain data that `NoteText` turns into Preact elements;
 * nothing is ever parsed as HTML, so markup in a note shows as the characters
 * the reader typed. Links keep only http(s) targets; any other scheme
 * (`javascript:`, `data:`…) stays visible text.
 *
 * Each delimiter looks for its closer with one `indexOf`, so the work grows
 * linearly with the note, whatever it contains.
 */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] }
  | { t: 'br' };

export type Block =
  { t: 'p'; c: Inline[] } | { t: 'ul'; items: Inline[][] } | { t: 'ol'; start: number; items: Inline[][] };

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const ORDERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const ESCAPABLE = '\\*_[]()#+-.!`';
const MAX_DEPTH = 8;

/** The URL when `raw` is an http(s) URL, else null. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function pushText(out: Inline[], v: string): void {
  if (!v) return;
  const last = out[out.length - 1];
  if (last?.t === 'text') last.v += v;
  else out.push({ t: 'text', v });
}

// Sticky: they match at `lastIndex` without copying the rest of the note.
const BARE_URL = /https?:\/\/[^\s<>"]{1,2048}/iy;
const LINK = /\[([^\]\n]{1,300})\]\(([^()\s]{1,2048})\)/y;

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Parses the inline part of one block (lines joined with '\n'). */
export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && ESCAPABLE.includes(text[i + 1]!)) {
      pushText(out, text[i + 1]!);
      i += 2;
      continue;
    }
    if (ch === '\n') {
      out.push({ t: 'br' });
      i += 1;
      continue;
    }
    if (depth < MAX_DEPTH && ch === '[') {
      const m = matchAt(LINK, text, i);
      if (m) {
        const href = safeHref(m[2]!);
        if (href) out.push({ t: 'link', href, c: parseInline(m[1]!, depth + 1) });
        else pushText(out, m[0]); // not a web link: show what was typed
        i += m[0].length;
        continue;
      }
    }
    if (ch === 'h' || ch === 'H') {
      const prev = text[i - 1];
      const m = !prev || !/[\p{L}\p{N}]/u.test(prev) ? matchAt(BARE_URL, text, i) : null;
      if (m) {
        // Sentence punctuation after a link is not part of it.
        const raw = m[0].replace(/[.,;:!?)\]'"»]+$/, '');
        const href = safeHref(raw);
        if (href) {
          out.push({ t: 'link', href, c: [{ t: 'text', v: raw }] });
          i += raw.length;
          continue;
        }
      }
    }
    if (depth < MAX_DEPTH && (ch === '*' || ch === '_')) {
      const double = text[i + 1] === ch;
      const delim = double ? ch + ch : ch;
      const start = i + delim.length;
      const prev = text[i - 1];
      // `_` inside a word (snake_case) is not emphasis; content must not start with a space.
      const opens =
        start < text.length &&
        !/\s/.test(text[start]!) &&
        !(ch === '_' && prev && /[\p{L}\p{N}]/u.test(prev));
      if (opens) {
        let close = text.indexOf(delim, start + 1);
        // A single delimiter must not close on half of a double one.
        while (!double && close !== -1 && text[close + 1] === ch) close = text.indexOf(delim, close + 2);
        if (close !== -1 && !/\s/.test(text[close - 1]!) && !text.slice(start, close).includes('\n\n')) {
          const inner = parseInline(text.slice(start, close), depth + 1);
          out.push(double ? { t: 'strong', c: inner } : { t: 'em', c: inner });
          i = close + delim.length;
          continue;
        }
      }
      pushText(out, delim);
      i += delim.length;
      continue;
    }
    // Plain run up to the next character that may start something.
    let j = i + 1;
    while (j < text.length && !'\\\n[*_hH'.includes(text[j]!)) j++;
    pushText(out, text.slice(i, j));
    i = j;
  }
  return out;
}

/** Parses a note into blocks. */
export function parseNote(note: string): Block[] {
  const lines = note.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ t: 'p', c: parseInline(para.join('\n')) });
    para = [];
  };
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    if (!line.trim()) {
      flush();
      i++;
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    if (bullet || ordered) {
      flush();
      const items: Inline[][] = [];
      const re = bullet ? BULLET : ORDERED;
      while (i < lines.length) {
        const m = re.exec(lines[i]!);
        if (!m) break;
        items.push(parseInline((bullet ? m[1] : m[2]) ?? ''));
        i++;
      }
      blocks.push(bullet ? { t: 'ul', items } : { t: 'ol', start: Number(ordered![1]), items });
      continue;
    }
    para.push(line);
    i++;
  }
  flush();
  return blocks;
}
