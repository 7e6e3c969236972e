import { describe, expect, it } from 'vitest';
import { parseImport, toJsonBackup, toWebAnnotations, type ImportResult } from '../../../lib/export';
import type { SavedPassage } from '../../../lib/model/saved-passage';
import { passage, samplePassages } from './fixtures';

const NOW = new Date('2026-11-28T12:00:00.000Z');

/** A backup file whose passages are the given raw records. */
function backupWith(records: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: '1325-lens-backup',
    version: 1,
    exportedAt: NOW.toISOString(),
    passages: records,
    ...extra,
  });
}

function failed(result: ImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return result;
}

function passed(result: ImportResult) {
  if (!result.ok)
    throw new Error(`expected the import to succeed: ${result.error} ${JSON.stringify(result.rejected)}`);
  return result;
}

/** The one rejection of importing a backup with `record` after a valid one. */
function rejectionOf(record: unknown) {
  const result = failed(
    parseImport(backupWith([passage({ id: '0a4f4b3e-6c1d-4f7a-9b2e-1325aa0000ff' }), record])),
  );
  expect(result.rejected).toHaveLength(1);
  expect(result.rejected[0]!.index).toBe(1);
  return result.rejected[0]!;
}

describe('parseImport: our backup', () => {
  it('reads passages and settings back', () => {
    const passages = samplePassages();
    const result = passed(parseImport(toJsonBackup({ passages, settings: { enabled: false } }, NOW)));
    expect(result.format).toBe('lens-backup');
    expect(result.passages).toStrictEqual(passages);
    expect(result.settings).toEqual({ enabled: false });
  });

  it('imports all or nothing: one bad record fails the file and names the record, its id and field', () => {
    const good = samplePassages();
    const bad = { ...passage({ id: '0a4f4b3e-6c1d-4f7a-9b2e-1325aa000009' }), url: 'javascript:alert(1)' };
    const result = failed(parseImport(backupWith([...good, bad])));
    expect(result).not.toHaveProperty('passages');
    expect(result.error).toMatch(/1 of 4 records could not be imported, so nothing was imported/);
    expect(result.rejected).toEqual([
      { index: 3, id: bad.id, field: 'url', reason: 'url: not an http(s) address' },
    ]);
  });

  it('refuses keys that could reach a prototype, in a record or in the file', () => {
    const polluted = JSON.parse(
      JSON.stringify(passage()).replace('"note":', '"__proto__":{"admin":true},"note":'),
    );
    expect(rejectionOf(polluted).reason).toBe('forbidden key "__proto__" at __proto__');
    const nested = JSON.parse(
      JSON.stringify(passage()).replace('"position":{', '"position":{"constructor":{"x":1},'),
    );
    expect(rejectionOf(nested).reason).toMatch(
      /forbidden key "constructor" at selectors\.position\.constructor/,
    );
    const inSettings = backupWith([], { settings: JSON.parse('{"__proto__": {"polluted": 1}}') });
    expect(failed(parseImport(inSettings)).error).toMatch(/unsafe.*__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('gives a clear reason for wrong types, missing fields and unknown fields', () => {
    expect(rejectionOf({ ...passage(), themes: 'participation' })).toMatchObject({ field: 'themes' });
    expect(rejectionOf({ ...passage(), themes: 'participation' }).reason).toMatch(
      /^themes: wrong type: expected array/,
    );
    const noNote: Partial<SavedPassage> = passage();
    delete noNote.note;
    expect(rejectionOf(noNote).reason).toBe('note: missing');
    const position = { type: 'TextPositionSelector', start: '12', end: 20 };
    expect(rejectionOf({ ...passage(), selectors: { ...passage().selectors, position } }).field).toBe(
      'selectors.position.start',
    );
    expect(rejectionOf({ ...passage(), isAdmin: true }).reason).toBe('unknown field isAdmin');
    expect(rejectionOf({ ...passage(), themes: ['peace'] }).reason).toBe('themes: unknown theme "peace"');
    expect(rejectionOf('a string').reason).toMatch(/wrong type: expected object/);
  });

  it('refuses invalid ids, URLs and dates', () => {
    expect(rejectionOf(passage({ id: 'not-a-uuid' })).reason).toBe('id: not a UUID');
    for (const url of [
      'javascript:alert(1)',
      'ftp://un.org/x',
      '/relative/path',
      'https://un.org/\u0000x',
      'data:text/html,<b>x</b>',
    ]) {
      expect(rejectionOf(passage({ url })).reason, url).toBe('url: not an http(s) address');
    }
    for (const date of [
      '2026-02-30T10:00:00Z',
      'yesterday',
      '2026-11-28',
      '2026-11-28T25:00:00Z',
      '2026-11-28T10:00:00',
    ]) {
      expect(rejectionOf(passage({ createdAt: date })).field, date).toBe('createdAt');
    }
    // Any time zone is accepted and normalized to UTC.
    const result = passed(parseImport(backupWith([passage({ createdAt: '2026-11-28T13:30:00+01:00' })])));
    expect(result.passages[0]!.createdAt).toBe('2026-11-28T12:30:00.000Z');
  });

  it('refuses ids repeated within one file', () => {
    const p = passage();
    const result = failed(parseImport(backupWith([p, samplePassages()[1], { ...p, note: 'changed' }])));
    expect(result.rejected).toEqual([
      { index: 2, id: p.id, field: 'id', reason: "id: the same as record 0's" },
    ]);
  });

  it('refuses huge strings and files over the size limit', () => {
    expect(rejectionOf(passage({ note: 'x'.repeat(100_001) })).reason).toBe(
      'note: longer than 100,000 characters',
    );
    expect(rejectionOf(passage({ tags: Array.from({ length: 501 }, (_, i) => `t${i}`) })).reason).toBe(
      'tags: more than 500 tags',
    );
    const file = toJsonBackup({ passages: samplePassages() });
    expect(failed(parseImport(file, { maxBytes: 1000 })).error).toBe(
      'The file is larger than 0 MB, the most 1325 Lens imports at once.',
    );
    // UTF-8 bytes count, not characters: 400 Chinese characters are 1,200 bytes.
    expect(parseImport(backupWith([passage({ note: '和'.repeat(400) })]), { maxBytes: 1500 }).ok).toBe(false);
    expect(failed(parseImport(' '.repeat(33 * 1024 * 1024))).error).toMatch(/larger than 32 MB/);
  });

  it('keeps markup and links in notes as inert plain text, and strips control characters', () => {
    const note =
      '<img src=x onerror=alert(1)> [click](javascript:alert(1)) <script>alert(2)</script>\u0000\u001b[31m';
    const result = passed(parseImport(backupWith([passage({ note, title: 'Title\nwith\tbreaks' })])));
    expect(result.passages[0]!.note).toBe(
      '<img src=x onerror=alert(1)> [click](javascript:alert(1)) <script>alert(2)</script>[31m',
    );
    expect(result.passages[0]!.title).toBe('Title with breaks');
  });

  it('refuses other files clearly', () => {
    expect(failed(parseImport('not json')).error).toMatch(/^The file is not valid JSON/);
    expect(failed(parseImport('{"hello": 1}')).error).toBe(
      'The file is neither a 1325 Lens backup nor W3C Web Annotations.',
    );
    expect(failed(parseImport(backupWith([], { version: 2 }))).error).toMatch(
      /newer version of 1325 Lens \(format version 2\)/,
    );
    expect(failed(parseImport('{"format":"1325-lens-backup","version":1}')).error).toBe(
      'The backup has no list of passages.',
    );
    const tooDeep = failed(parseImport(`${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    expect(tooDeep.rejected[0]?.reason ?? tooDeep.error).toMatch(/nested/);
    const deep = backupWith([{ ...passage(), note: JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) }]);
    expect(failed(parseImport(deep)).rejected[0]!.reason).toMatch(/nested more than 32 levels/);
  });

  it('accepts a byte order mark and reports success with no records for an empty backup', () => {
    const result = passed(parseImport(`\ufeff${toJsonBackup({ passages: [] }, NOW)}`));
    expect(result.passages).toEqual([]);
  });
});

describe('parseImport: W3C Web Annotations', () => {
  const quote = {
    type: 'TextQuoteSelector',
    exact: 'women and girls',
    prefix: 'protect ',
    suffix: ' from gender-based violence',
  };

  /** A Hypothesis-style record (its API's JSON). */
  const hypothesis = {
    id: 'AbC123xyz',
    created: '2026-10-01T08:00:00.000000+00:00',
    updated: '2026-10-02T09:30:00.000000+00:00',
    uri: 'https://www.un.org/womenwatch/osagi/wps/',
    text: 'See also **2106 (2013)**',
    tags: ['sgbv', 'protection'],
    document: { title: ['Women, peace and security'] },
    target: [
      {
        source: 'https://www.un.org/womenwatch/osagi/wps/',
        selector: [
          {
            type: 'RangeSelector',
            startContainer: '/div[1]/p[3]',
            startOffset: 0,
            endContainer: '/div[1]/p[3]',
            endOffset: 15,
          },
          { type: 'TextPositionSelector', start: 1820, end: 1835 },
          quote,
        ],
      },
    ],
  };

  it('reads Hypothesis-style records, alone, in a list or under rows', () => {
    for (const file of [
      hypothesis,
      [hypothesis],
      { total: 1, rows: [hypothesis] },
      { annotations: [hypothesis] },
    ]) {
      const result = passed(parseImport(JSON.stringify(file), { now: NOW }));
      expect(result.format).toBe('web-annotation');
      expect(result.passages).toHaveLength(1);
      const p = result.passages[0]!;
      expect(p).toMatchObject({
        url: 'https://www.un.org/womenwatch/osagi/wps/',
        documentKey: 'url:https://www.un.org/womenwatch/osagi/wps/',
        title: 'Women, peace and security',
        selectors: { quote, position: { type: 'TextPositionSelector', start: 1820, end: 1835 } },
        note: 'See also **2106 (2013)**',
        tags: ['sgbv', 'protection'],
        themes: [],
        createdAt: '2026-10-01T08:00:00.000Z',
        updatedAt: '2026-10-02T09:30:00.000Z',
      });
    }
  });

  it('gives ids that are not UUIDs the same UUID every time, so a second import merges', () => {
    const first = passed(parseImport(JSON.stringify([hypothesis]))).passages[0]!;
    const second = passed(parseImport(JSON.stringify({ rows: [hypothesis] }))).passages[0]!;
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second.id).toBe(first.id);
    const other = passed(parseImport(JSON.stringify([{ ...hypothesis, id: 'Other1' }]))).passages[0]!;
    expect(other.id).not.toBe(first.id);
  });

  it('reads an AnnotationPage, a collection with its first page, and a single W3C Annotation with bodies', () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example.org/anno/42',
      type: 'Annotation',
      body: [
        {
          type: 'TextualBody',
          value:
            '<p>Important <a href="javascript:alert(1)">here</a> and <a href="https://un.org/x">there</a></p>',
          format: 'text/html',
          purpose: 'commenting',
        },
        { type: 'TextualBody', value: 'participation', purpose: 'classifying' },
        { type: 'TextualBody', value: 'ngowg-2007-3', purpose: 'classifying' },
        { type: 'TextualBody', value: 'custom-class', purpose: 'classifying' },
        { type: 'TextualBody', value: 'mediation', purpose: 'tagging' },
        'https://example.org/linked-body',
      ],
      target: {
        source: 'https://undocs.org/S/2025/600',
        selector: [
          quote,
          {
            type: 'FragmentSelector',
            conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
            value: 'page=4',
            refinedBy: { type: 'TextPositionSelector', start: 5, end: 20 },
          },
        ],
      },
      created: '2026-09-09T09:09:09Z',
    };
    const page = { type: 'AnnotationPage', items: [annotation] };
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 1,
      first: page,
    };
    for (const file of [annotation, page, collection]) {
      const p = passed(parseImport(JSON.stringify(file))).passages[0]!;
      expect(p).toMatchObject({
        url: 'https://undocs.org/S/2025/600',
        selectors: { quote, position: { start: 5, end: 20 }, page: 4 },
        note: 'Important here and there (https://un.org/x)',
        themes: ['participation'],
        recommendations: ['ngowg-2007-3'],
        tags: ['custom-class', 'mediation'],
        createdAt: '2026-09-09T09:09:09.000Z',
        updatedAt: '2026-09-09T09:09:09.000Z',
      });
    }
  });

  it('takes a bodyValue as the note and an annotation without a position with an empty one', () => {
    const annotation = {
      id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
      type: 'Annotation',
      bodyValue: 'plain note',
      target: { source: 'https://www.un.org/x', selector: quote },
    };
    const p = passed(parseImport(JSON.stringify(annotation), { now: NOW })).passages[0]!;
    expect(p.id).toBe('11111111-2222-4333-8444-555555555555');
    expect(p.note).toBe('plain note');
    expect(p.selectors.position).toEqual({ type: 'TextPositionSelector', start: 0, end: 0 });
    expect(p.createdAt).toBe(NOW.toISOString());
  });

  it('rejects annotations it cannot anchor or that point outside the web, with reasons', () => {
    const noQuote = { id: 'a1', type: 'Annotation', target: 'https://www.un.org/x' };
    const local = {
      ...hypothesis,
      id: 'a2',
      target: [{ source: 'file:///home/me/report.pdf', selector: [quote] }],
    };
    const notAnnotation = { id: 'a3', type: 'Note', target: hypothesis.target };
    const result = failed(parseImport(JSON.stringify([noQuote, local, notAnnotation, hypothesis])));
    expect(result.rejected).toEqual([
      {
        index: 0,
        id: 'a1',
        field: 'target',
        reason: 'no TextQuoteSelector: the passage could not be found again on its page',
      },
      { index: 1, id: 'a2', field: 'url', reason: 'url: not an http(s) address' },
      { index: 2, id: 'a3', field: 'type', reason: 'not an Annotation (type "Note")' },
    ]);
  });

  it('refuses a collection whose annotations are not in the file', () => {
    expect(
      failed(
        parseImport(JSON.stringify({ type: 'AnnotationCollection', total: 5, first: 'https://x.org/page1' })),
      ).error,
    ).toMatch(/links to its pages/);
    expect(
      failed(
        parseImport(
          JSON.stringify({
            type: 'AnnotationCollection',
            first: { type: 'AnnotationPage', items: [hypothesis], next: 'https://x.org/page2' },
          }),
        ),
      ).error,
    ).toMatch(/only the first page/);
  });

  it('reads back our own JSON-LD export', () => {
    const result = passed(parseImport(toWebAnnotations(samplePassages())));
    expect(result.passages.map((p) => p.id)).toEqual(samplePassages().map((p) => p.id));
  });
});
