// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../components/library/Library';
import type { SavedPassage } from '../../../lib/model/saved-passage';
import { samplePassage } from '../db/samples';
import { button, choose, click, field, flush, mount, text, typeInto } from './render';
import { mockApi, seed, type MockApi } from './mock-api';

let api: MockApi;
let mediation: SavedPassage;
let crsv: SavedPassage;
let spanish: SavedPassage;

function sel(exact: string) {
  return {
    quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start: 10, end: 10 + exact.length },
  };
}

beforeEach(() => {
  api = mockApi();
  mediation = samplePassage({
    selectors: sel('women mediators took part in every round of the talks'),
    tags: ['Mediation'],
    themes: ['participation'],
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-01T09:00:00.000Z',
  });
  crsv = samplePassage({
    documentKey: 'symbol:S/RES/2467 (2019)',
    symbol: 'S/RES/2467 (2019)',
    title: 'Resolution 2467 (2019)',
    url: 'https://undocs.org/S/RES/2467(2019)',
    selectors: sel('a survivor-centred approach in preventing and responding to sexual violence'),
    note: 'Cite in the **annual debate** brief',
    themes: ['sexual-violence', 'relief-recovery'],
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  });
  spanish = samplePassage({
    documentKey: 'url:https://www.un.org/es/page',
    symbol: undefined,
    title: 'Página de la ONU',
    url: 'https://www.un.org/es/page',
    lang: 'es',
    selectors: sel('la participación plena e igualitaria de las mujeres'),
    note: 'Ver la resolución siguiente',
    themes: ['participation'],
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
  });
  seed(api, [mediation, crsv, spanish]);
});

const ids = (root: Element) =>
  [...root.querySelectorAll('[data-testid="library-list"] article')].map((a) =>
    a.getAttribute('data-saved-id'),
  );

describe('the library', () => {
  it('lists every saved passage, newest first, with its document', async () => {
    const root = await mount(<Library api={api} />);
    expect(ids(root)).toEqual([crsv.id, mediation.id, spanish.id]);
    expect(text(root.querySelector('[data-testid="library-count"]')!)).toBe('3 of 3 passages');
    expect(text(root.querySelector(`[data-saved-id="${crsv.id}"]`)!)).toContain(
      'S/RES/2467 (2019) Resolution 2467 (2019)',
    );
    expect(root.querySelector(`[data-saved-id="${crsv.id}"] strong`)?.textContent).toBe('annual debate');
  });

  it('searches quotes, notes and tags, ignoring case and accents', async () => {
    const root = await mount(<Library api={api} />);
    const search = field(root, 'Search quotes, notes and tags');
    await typeInto(search, 'mediation');
    expect(ids(root)).toEqual([mediation.id]); // a tag
    await typeInto(search, 'annual debate');
    expect(ids(root)).toEqual([crsv.id]); // a note
    await typeInto(search, 'survivor centred');
    expect(ids(root)).toEqual([crsv.id]); // a quote
    await typeInto(search, 'resolucion');
    expect(ids(root)).toEqual([spanish.id]); // "resolución" in a note
    await typeInto(search, 'particip');
    expect(ids(root)).toEqual(expect.arrayContaining([spanish.id]));
    await typeInto(search, 'nothing like this');
    expect(text(root)).toContain('No saved passage matches.');
    await typeInto(search, '');
    expect(ids(root)).toHaveLength(3);
  });

  it('filters by tag, theme, symbol and document, and sorts by date or document', async () => {
    const root = await mount(<Library api={api} />);
    await choose(field(root, 'Tag'), 'Mediation');
    expect(ids(root)).toEqual([mediation.id]);
    await click(button(root, 'Clear search and filters'));
    await choose(field(root, 'Theme'), 'participation');
    expect(ids(root)).toEqual([mediation.id, spanish.id]);
    await choose(field(root, 'Theme'), '');
    await choose(field(root, 'Symbol'), 'S/RES/2467 (2019)');
    expect(ids(root)).toEqual([crsv.id]);
    await choose(field(root, 'Symbol'), '');
    await choose(field(root, 'Document'), 'url:https://www.un.org/es/page');
    expect(ids(root)).toEqual([spanish.id]);
    await choose(field(root, 'Document'), '');
    await choose(field(root, 'Sort'), 'oldest');
    expect(ids(root)).toEqual([spanish.id, mediation.id, crsv.id]);
    await choose(field(root, 'Sort'), 'document');
    expect(ids(root)).toEqual([spanish.id, mediation.id, crsv.id]);
    // Within a document, passages follow the page's order, whatever their dates.
    const earlierOnPage = samplePassage({
      selectors: {
        ...sel('an earlier paragraph'),
        position: { type: 'TextPositionSelector', start: 2, end: 22 },
      },
      createdAt: '2026-05-01T00:00:00.000Z',
    });
    await act(() => seed(api, [earlierOnPage]));
    await flush();
    expect(ids(root)).toEqual([spanish.id, earlierOnPage.id, mediation.id, crsv.id]);
    await choose(field(root, 'Sort'), 'oldest');
    expect(ids(root)).toEqual([spanish.id, mediation.id, crsv.id, earlierOnPage.id]);
  });

  it('edits a note, deletes with undo, and follows edits made elsewhere', async () => {
    const root = await mount(<Library api={api} />);
    const item = () => root.querySelector(`[data-saved-id="${mediation.id}"]`)!;
    await click(button(item(), 'Add note'));
    await typeInto(field(item(), 'Note'), 'Ask about the **2025** round');
    await click(button(item(), 'Save'));
    expect(item().querySelector('strong')?.textContent).toBe('2025');
    // The edit is searchable at once.
    await typeInto(field(root, 'Search quotes, notes and tags'), '2025 round');
    expect(ids(root)).toEqual([mediation.id]);
    await typeInto(field(root, 'Search quotes, notes and tags'), '');

    await click(button(item(), 'Delete'));
    expect(ids(root)).not.toContain(mediation.id);
    await click(button(root, 'Undo'));
    expect(ids(root)).toContain(mediation.id);

    // Another panel or tab saved one: it appears here.
    await act(() =>
      seed(api, [samplePassage({ note: 'from the side panel', createdAt: '2027-01-01T00:00:00.000Z' })]),
    );
    await flush();
    expect(text(root.querySelector('[data-testid="library-count"]')!)).toBe('4 of 4 passages');
  });

  it('opens the source page at the passage', async () => {
    const root = await mount(<Library api={api} />);
    await click(button(root.querySelector(`[data-saved-id="${crsv.id}"]`)!, 'Open page at passage'));
    expect(api.openSource).toHaveBeenCalledWith(crsv);
  });

  it('says when nothing is saved yet', async () => {
    const empty = mockApi();
    const root = await mount(<Library api={empty} />);
    expect(text(root)).toContain('Nothing saved yet.');
  });

  it('shows a full disk when a deletion cannot be written, and keeps the passage', async () => {
    const root = await mount(<Library api={api} />);
    api.failWrites = 'quota';
    await click(button(root.querySelector(`[data-saved-id="${crsv.id}"]`)!, 'Delete'));
    expect(text(root.querySelector('[role="alert"]')!)).toContain('Your disk is full');
    expect(ids(root)).toContain(crsv.id);
  });
});
