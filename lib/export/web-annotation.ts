/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
 * JSON-LD export. The file is one AnnotationCollection whose `first` page
 * embeds every annotation, each complete on its own (with its `@context`), so
 * tools that read a collection, a page or single annotations can all use it.
 *
 * Each saved passage is an `Annotation`:
 * - `id` `urn:uuid:<passage id>`; `created` / `modified` its dates;
 * - `target`: the page URL as `source`, with a TextQuoteSelector and a
 *   TextPositionSelector (code points). For a PDF passage the position is
 *   counted in its page's text, so it refines a FragmentSelector `page=N`
 *   (RFC 3778);
 * - `body`: the note as a TextualBody (`purpose: commenting`, `text/plain`:
 *   notes are plain text), each tag as a TextualBody with `purpose: tagging`,
 *   each WPS theme and open-letter recommendation id as a TextualBody with
 *   `purpose: classifying` (their ids, as in ../shared/design/THEMES.md);
 * - `motivation` `commenting` with a note, `highlighting` without.
 * Not carried: title, symbol, document key, language and provisions; use the
 * JSON backup for a full copy.
 */
import type { SavedPassage } from '../model/saved-passage';
import { uuidV5 } from './uuid';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** RFC 3778 (PDF fragment identifiers), as the model names it for `conformsTo`. */
export const PDF_FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3778';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging' | 'classifying';
  format?: string;
}

export interface WebAnnotation {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  generator: { type: 'Software'; name: string };
  body?: TextualBody[];
  target: {
    source: string;
    selector: Record<string, unknown>[];
  };
}

/** One saved passage as a W3C Annotation. */
export function toAnnotation(p: SavedPassage): WebAnnotation {
  const quote = {
    type: 'TextQuoteSelector',
    exact: p.selectors.quote.exact,
    prefix: p.selectors.quote.prefix,
    suffix: p.selectors.quote.suffix,
  };
  const position = {
    type: 'TextPositionSelector',
    start: p.selectors.position.start,
    end: p.selectors.position.end,
  };
  const selector =
    p.selectors.page === undefined
      ? [quote, position]
      : [
          quote,
          {
            type: 'FragmentSelector',
            conformsTo: PDF_FRAGMENT_SPEC,
            value: `page=${p.selectors.page}`,
            refinedBy: position,
          },
        ];
  const body: TextualBody[] = [];
  if (p.note) body.push({ type: 'TextualBody', value: p.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of p.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  for (const id of [...p.themes, ...p.recommendations])
    body.push({ type: 'TextualBody', value: id, purpose: 'classifying' });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${p.id}`,
    type: 'Annotation',
    motivation: p.note ? 'commenting' : 'highlighting',
    created: p.createdAt,
    modified: p.updatedAt,
    generator: { type: 'Software', name: '1325 Lens' },
    ...(body.length > 0 && { body }),
    target: { source: p.url, selector },
  };
}

/**
 * The passages as a JSON-LD AnnotationCollection with one embedded
 * AnnotationPage. Its ids are derived from the passages' ids, so the same
 * passages always give the same collection.
 */
export function toWebAnnotations(passages: SavedPassage[]): string {
  const collectionId = uuidV5(`collection:${passages.map((p) => p.id).join(',')}`);
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${collectionId}`,
    type: 'AnnotationCollection',
    label: '1325 Lens: saved passages',
    total: passages.length,
    ...(passages.length > 0 && {
      first: {
        id: `urn:uuid:${uuidV5(`page:0`, collectionId)}`,
        type: 'AnnotationPage',
        partOf: `urn:uuid:${collectionId}`,
        startIndex: 0,
        items: passages.map(toAnnotation),
      },
    }),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
