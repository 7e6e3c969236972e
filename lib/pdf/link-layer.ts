/**
 * A page's links as elements: one absolutely positioned `<a>` per link over
 * its rect, in a layer above the text layer that takes pointer events only on
 * the links themselves. Built with createElement and setAttribute only; what
 * the links are and where they go comes from `links.ts`.
 */
import type { LinkBox } from './links';

/** A link placed on the page, ready to draw. */
export type PlacedLink =
  | { kind: 'external'; box: LinkBox; href: string; name: string }
  | { kind: 'internal'; box: LinkBox; page: number };

export interface LinkLayerOptions {
  /** Accessible name of an external link, from the text under it (or its address). */
  externalLabel: (name: string) => string;
  /** Accessible name of a link to a page of the document. */
  internalLabel: (page: number) => string;
  /** Scrolls the viewer to a page. */
  goToPage: (page: number) => void;
}

/** The layer of `links`, to append to the page section. */
export function buildLinkLayer(
  doc: Document,
  links: readonly PlacedLink[],
  options: LinkLayerOptions,
): HTMLElement {
  const layer = doc.createElement('div');
  layer.className = 'pdf-links';
  for (const link of links) {
    const a = doc.createElement('a');
    a.className = 'pdf-link';
    a.style.left = `${link.box.left}%`;
    a.style.top = `${link.box.top}%`;
    a.style.width = `${link.box.width}%`;
    a.style.height = `${link.box.height}%`;
    a.setAttribute('draggable', 'false');
    if (link.kind === 'external') {
      a.setAttribute('href', link.href);
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
      a.setAttribute('referrerpolicy', 'no-referrer');
      a.setAttribute('title', link.href);
      a.setAttribute('aria-label', options.externalLabel(link.name));
      a.dataset.linkKind = 'external';
    } else {
      const label = options.internalLabel(link.page);
      a.setAttribute('href', `#page=${link.page}`);
      a.setAttribute('title', label);
      a.setAttribute('aria-label', label);
      a.dataset.linkKind = 'internal';
      a.dataset.linkPage = String(link.page);
      a.addEventListener('click', (event) => {
        event.preventDefault();
        options.goToPage(link.page);
      });
    }
    layer.append(a);
  }
  return layer;
}
