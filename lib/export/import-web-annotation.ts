/**
 * Maps W3C Web Annotations (ours and other tools') to saved passages. Accepts
 * a single Annotation, an array of them, an AnnotationPage, an
 * AnnotationCollection with its first page embedded, and Hypothesis-style
 * records (`target: [{ source, selector: [...] }]`, `text`, `tags`,
 * `document.title`, in an array or under `rows` / `annotations`).
 *
 * What is carried over: the text quote (required: without it the passage
 * cannot be found again), the text position (when absent, an empty one,
 * which anchoring ignores), a PDF page from a `page=N` FragmentSelector, the
 * source URL (http(s) only), notes (commenting / describing bodies,
 * `bodyValue`, Hypothesis `text`; HTML turned into plain text), tags (tagging
 * bodies, Hypothesis `tags`), WPS themes and recommendations (classifying
 * bodies with our ids; other classifying values become tags), and dates.
 * An id that is not a UUID becomes a name-based UUID, so importing the same
 * file twice gives the same ids and merges.
 */
import { isRecommendationId, isThemeId, type RecommendationId, type ThemeId } from '../model/themes';
import { isPlainObject } from './import-checks';
import { htmlToText, withoutFragment } from './sanitize';
import { isUuid, uuidV5 } from './uuid';

/** The annotation records of a parsed file, or why the file is not one this reads. */
export function annotationRecords(root: unknown): { records: unknown[] } | { error: string } {
  if (Array.isArray(root)) return { records: root };
  if (!isPlainObject(root)) return { error: 'The file is not a W3C Web Annotation file.' };
  const types = asArray(root.type);
  if (types.includes('AnnotationCollection')) {
    if (root.first === undefined) {
      return root.total === 0 || root.total === undefined
        ? { records: [] }
        : { error: 'The collection does not include its annotations (no first page).' };
    }
    if (!isPlainObject(root.first)) {
      return {
        error:
          'The collection links to its pages instead of including them; export it with the annotations embedded.',
      };
    }
    return pageRecords(root.first);
  }
  if (types.includes('AnnotationPage')) return pageRecords(root);
  if (types.includes('Annotation') || (root.type === undefined && root.target !== undefined))
    return { records: [root] };
  if (Array.isArray(root.rows)) return { records: root.rows };
  if (Array.isArray(root.annotations)) return { records: root.annotations };
  return { error: 'The file is neither a 1325 Lens backup nor W3C Web Annotations.' };
}

function pageRecords(page: Record<string, unknown>): { records: unknown[] } | { error: string } {
  if (page.next !== undefined) {
    return { error: 'The file holds only the first page of a larger collection; nothing was imported.' };
  }
  if (!Array.isArray(page.items)) return { error: 'The annotation page has no list of items.' };
  return { records: page.items };
}

function asArray(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** An annotation's id as our passage id: its UUID, or a name-based UUID of whatever id it has. */
export function passageIdOf(id: string): string {
  const bare = id.replace(/^urn:uuid:/i, '');
  return isUuid(bare) ? bare.toLowerCase() : uuidV5(`annotation:${id}`);
}

interface Selectors {
  quote?: Record<string, unknown>;
  position?: Record<string, unknown>;
  page?: number;
}

/** Walks a target's selectors (arrays, and refinedBy chains under a PDF page fragment). */
function collectSelectors(selector: unknown, into: Selectors, depth = 0): void {
  if (depth > 4) return;
  for (const s of asArray(selector)) {
    if (!isPlainObject(s)) continue;
    if (s.type === 'TextQuoteSelector' && !into.quote) into.quote = s;
    else if (s.type === 'TextPositionSelector' && !into.position) into.position = s;
    else if (s.type === 'FragmentSelector') {
      const page = /^page=(\d+)/.exec(str(s.value) ?? '');
      if (page && into.page === undefined) into.page = Number(page[1]);
    }
    if (s.refinedBy !== undefined) collectSelectors(s.refinedBy, into, depth + 1);
  }
}

/** The first target that quotes text: its source and selectors. */
function quotedTarget(annotation: Record<string, unknown>): { source: unknown; selectors: Selectors } | null {
  for (const target of asArray(annotation.target)) {
    if (!isPlainObject(target)) continue;
    const selectors: Selectors = {};
    collectSelectors(target.selector, selectors);
    if (selectors.quote) {
      const source = isPlainObject(target.source) ? target.source.id : (target.source ?? annotation.uri);
      return { source, selectors };
    }
  }
  return null;
}

function bodyText(body: Record<string, unknown>): string | undefined {
  const value = str(body.value) ?? str(body.chars);
  if (value === undefined) return undefined;
  return str(body.format)?.toLowerCase().startsWith('text/html') ? htmlToText(value) : value;
}

/**
 * One record as a candidate passage (validated afterwards by passageSchema),
 * or the reason it cannot be one.
 */
export function annotationToCandidate(
  record: unknown,
  now: Date,
): { candidate: Record<string, unknown>; id?: string } | { reason: string; field?: string; id?: string } {
  if (!isPlainObject(record)) return { reason: 'not an annotation object' };
  const rawId = str(record.id);
  const id = rawId?.slice(0, 200);
  const types = asArray(record.type);
  if (record.type !== undefined && !types.includes('Annotation')) {
    return {
      reason: `not an Annotation (type ${JSON.stringify(record.type).slice(0, 60)})`,
      field: 'type',
      id,
    };
  }
  const target = quotedTarget(record);
  if (!target) {
    return {
      reason: 'no TextQuoteSelector: the passage could not be found again on its page',
      field: 'target',
      id,
    };
  }
  if (typeof target.source !== 'string')
    return { reason: 'the target has no source address', field: 'target.source', id };

  const notes: string[] = [];
  const tags: string[] = [];
  const themes: ThemeId[] = [];
  const recommendations: RecommendationId[] = [];
  if (typeof record.bodyValue === 'string') notes.push(record.bodyValue);
  for (const body of asArray(record.body)) {
    if (!isPlainObject(body)) continue; // an IRI body: a link we do not follow
    const items = asArray(body.type).includes('Choice') ? asArray(body.items).slice(0, 1) : [body];
    for (const item of items) {
      if (!isPlainObject(item)) continue;
      const value = bodyText(item);
      if (value === undefined) continue;
      const purposes = asArray(item.purpose);
      if (purposes.includes('tagging')) tags.push(value);
      else if (purposes.includes('classifying')) {
        if (isThemeId(value)) themes.push(value);
        else if (isRecommendationId(value)) recommendations.push(value);
        else tags.push(value);
      } else notes.push(value);
    }
  }
  // Hypothesis records.
  if (typeof record.text === 'string' && record.text) notes.push(record.text);
  for (const tag of asArray(record.tags)) if (typeof tag === 'string') tags.push(tag);

  const quote = target.selectors.quote!;
  const position = target.selectors.position;
  const created = str(record.created) ?? str(record.modified) ?? str(record.updated) ?? now.toISOString();
  const modified = str(record.modified) ?? str(record.updated) ?? created;
  const title = asArray(isPlainObject(record.document) ? record.document.title : undefined).find(
    (t): t is string => typeof t === 'string',
  );
  const source = target.source;
  const candidate: Record<string, unknown> = {
    id:
      rawId === undefined ? uuidV5(`content:${source}\n${str(quote.exact)}\n${created}`) : passageIdOf(rawId),
    url: source,
    documentKey: `url:${withoutFragment(source)}`,
    title: title ?? '',
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        prefix: quote.prefix ?? '',
        suffix: quote.suffix ?? '',
      },
      // No position: an empty one, which anchoring ignores (its length does not fit the quote).
      position: position
        ? { type: 'TextPositionSelector', start: position.start, end: position.end }
        : { type: 'TextPositionSelector', start: 0, end: 0 },
      ...(target.selectors.page !== undefined && { page: target.selectors.page }),
    },
    themes,
    recommendations,
    provisions: [],
    note: notes.join('\n\n'),
    tags,
    createdAt: created,
    updatedAt: modified,
  };
  return { candidate, id };
}
