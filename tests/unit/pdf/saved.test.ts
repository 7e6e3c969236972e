import { describe, expect, it } from 'vitest';
import { describeOnPage, placeSaved } from '../../../lib/pdf/saved';
import { savedOn } from './fakes';

const pages = [
  'Le Conseil de sécurité, Rappelant ses résolutions antérieures',
  'Demande instamment aux États Membres de faire en sorte que les femmes soient davantage représentées',
  'Prie le Secrétaire général de veiller à ce que les opérations comprennent une composante femmes',
];

describe('saved passages in a PDF', () => {
  it('describes a selection with its page, and finds it again on that page', () => {
    const text = pages[1]!;
    const start = text.indexOf('les femmes soient');
    const selectors = describeOnPage(
      text,
      2,
      start,
      start + 'les femmes soient davantage représentées'.length,
    );
    expect(selectors.page).toBe(2);
    expect(selectors.quote.exact).toBe('les femmes soient davantage représentées');
    const saved = { ...savedOn('a', ''), selectors };
    const { placements, statuses } = placeSaved([saved], pages);
    expect(placements).toEqual([{ id: 'a', page: 2, start, end: start + selectors.quote.exact.length }]);
    expect(statuses).toEqual([{ id: 'a', found: true }]);
  });

  it('finds a passage a new edition moved to another page', () => {
    const moved = savedOn('b', 'une composante femmes', { page: 1, prefix: 'opérations comprennent ' });
    const { placements } = placeSaved([moved], pages);
    expect(placements).toMatchObject([{ id: 'b', page: 3 }]);
  });

  it('finds a passage saved from the HTML page (no page number) once every page is read', () => {
    const fromHtml = savedOn('c', 'Rappelant ses résolutions antérieures');
    expect(placeSaved([fromHtml], [pages[0], undefined, pages[2]])).toEqual({ placements: [], statuses: [] });
    expect(placeSaved([fromHtml], pages).placements).toMatchObject([{ id: 'c', page: 1 }]);
  });

  it('says not found rather than attach a removed passage to other text', () => {
    const gone = savedOn('d', 'condamne toutes les violations du droit international', { page: 2 });
    expect(placeSaved([gone], pages)).toEqual({ placements: [], statuses: [{ id: 'd', found: false }] });
  });
});
