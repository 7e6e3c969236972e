/**
 * A note rendered from its light Markdown as Preact elements built here
 * (see `markdown.ts`): text stays text, links are http(s) only and open in a
 * new tab without giving the page a handle on ours.
 */
import type { ComponentChildren } from 'preact';
import { parseNote, type Inline } from './markdown';

function inline(nodes: Inline[]): ComponentChildren[] {
  return nodes.map((n, i) => {
    switch (n.t) {
      case 'text':
        return n.v;
      case 'br':
        return <br key={i} />;
      case 'strong':
        return <strong key={i}>{inline(n.c)}</strong>;
      case 'em':
        return <em key={i}>{inline(n.c)}</em>;
      case 'link':
        return (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer">
            {inline(n.c)}
          </a>
        );
    }
  });
}

export function NoteText({ note }: { note: string }) {
  return (
    <div class="note-text">
      {parseNote(note).map((b, i) => {
        if (b.t === 'p') return <p key={i}>{inline(b.c)}</p>;
        const items = b.items.map((item, j) => <li key={j}>{inline(item)}</li>);
        return b.t === 'ul' ? (
          <ul key={i}>{items}</ul>
        ) : (
          <ol key={i} start={b.start}>
            {items}
          </ol>
        );
      })}
    </div>
  );
}
