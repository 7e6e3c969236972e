import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toAnnotation, toWebAnnotations } from '../../../lib/export';
import { arbitraryPassage, passage, samplePassages } from './fixtures';
import { loadMusts } from './w3c-musts';

let musts: ReturnType<typeof loadMusts>;
beforeAll(() => {
  musts = loadMusts();
});

describe('W3C test suite harness', () => {
  it('runs all 54 MUST assertions and catches broken annotations', () => {
    expect(musts.count).toBe(54);
    const good = toAnnotation(passage());
    expect(musts.check(good)).toEqual([]);
    const failing = (change: Record<string, unknown>) =>
      musts.check({ ...good, ...change }).map((f) => f.assertion);
    expect(failing({ '@context': 'https://www.w3.org/ns/anno.jsonld' })).toContain(
      'annotations/3.1-annotationContextValidated.json',
    );
    expect(failing({ id: 'anno 1' })).toContain('annotations/3.1-annotationIdValidated.json');
    expect(failing({ created: '2024-05-01' })).toContain('annotations/3.3.1-annotationCreatedValidated.json');
    expect(failing({ type: 'Note' })).toContain('annotations/3.1-annotationTypeValidated.json');
    expect(failing({ bodyValue: 'x' })).toContain('annotations/3.2.5-notBodyBodyValue.json');
    const badPosition = { ...good.target, selector: [{ type: 'TextPositionSelector', start: '1', end: 5 }] };
    expect(failing({ target: badPosition })).toContain(
      'annotations/specificResource/4.2-TextDataPositionSelectorValid.json',
    );
  });
});

describe('toWebAnnotations', () => {
  it('writes an AnnotationCollection whose first page embeds every annotation', () => {
    const passages = samplePassages();
    const collection = JSON.parse(toWebAnnotations(passages));
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 3,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(collection.first.partOf).toBe(collection.id);
    expect(collection.first.items.map((a: { id: string }) => a.id)).toEqual(
      passages.map((p) => `urn:uuid:${p.id}`),
    );
    // The same passages give the same file.
    expect(toWebAnnotations(passages)).toBe(toWebAnnotations(passages));
    expect(JSON.parse(toWebAnnotations([]))).not.toHaveProperty('first');
  });

  it('maps a passage to target selectors, bodies and dates', () => {
    const p = samplePassages()[1]!;
    const a = toAnnotation(p);
    expect(a).toMatchObject({
      id: `urn:uuid:${p.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: p.createdAt,
      modified: p.updatedAt,
      target: {
        source: p.url,
        selector: [
          p.selectors.quote,
          { type: 'TextPositionSelector', start: p.selectors.position.start, end: p.selectors.position.end },
        ],
      },
    });
    expect(a.body).toEqual([
      { type: 'TextualBody', value: p.note, format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: '-minus', purpose: 'tagging' },
      { type: 'TextualBody', value: '@at', purpose: 'tagging' },
      { type: 'TextualBody', value: 'protection', purpose: 'classifying' },
      { type: 'TextualBody', value: 'sexual-violence', purpose: 'classifying' },
      { type: 'TextualBody', value: 'ngowg-2007-2b', purpose: 'classifying' },
    ]);
  });

  it('puts a PDF passage’s position under its page fragment', () => {
    const a = toAnnotation(samplePassages()[2]!);
    expect(a.target.selector[1]).toEqual({
      type: 'FragmentSelector',
      conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
      value: 'page=3',
      refinedBy: { type: 'TextPositionSelector', start: 12, end: 22 },
    });
    // No note: a highlight, classified by its theme and recommendation.
    expect(a.motivation).toBe('highlighting');
    expect(a.body?.map((b) => b.purpose)).toEqual(['classifying', 'classifying']);
    expect(toAnnotation({ ...samplePassages()[2]!, themes: [], recommendations: [] })).not.toHaveProperty(
      'body',
    );
  });

  it('passes every MUST assertion of the W3C test suite, for every exported annotation', () => {
    for (const annotation of JSON.parse(toWebAnnotations(samplePassages())).first.items) {
      expect(musts.check(annotation)).toEqual([]);
    }
    fc.assert(
      fc.property(fc.array(arbitraryPassage, { minLength: 1, maxLength: 4 }), (passages) => {
        for (const annotation of JSON.parse(toWebAnnotations(passages)).first.items) {
          expect(musts.check(annotation)).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
