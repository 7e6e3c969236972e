import { describe, expect, it } from 'vitest';
import { parseDraft, passageFromDraft } from '../../../lib/db/from-draft';
import type { PassageDraft } from '../../../lib/messaging/protocol';

const draft: PassageDraft = {
  url: 'https://undocs.org/S/RES/1820(2008)',
  title: ' Resolution 1820 (2008) ',
  lang: 'en',
  documentKey: 'symbol:S/RES/1820 (2008)',
  documentSymbol: 'S/RES/1820 (2008)',
  selectors: {
    quote: {
      type: 'TextQuoteSelector',
      exact: 'sexual violence, when used as a tactic of war',
      prefix: 'Stresses that ',
      suffix: ', can significantly',
    },
    position: { type: 'TextPositionSelector', start: 400, end: 445 },
  },
};

describe('a saved passage from a page’s draft', () => {
  it('stores the page, the selectors and the judgement at the time of saving', () => {
    const parsed = parseDraft(draft);
    expect(parsed.ok).toBe(true);
    const p = passageFromDraft(
      draft,
      {
        themes: ['sexual-violence', 'sexual-violence', 'accountability'],
        recommendations: [{ id: 'ngowg-2007-2b' }],
        provisions: [{ symbol: 'S/RES/1820 (2008)', paragraph: 'OP1' }],
      },
      '6f1c7f9e-3f7b-4f0e-9a57-0c1d2e3f4a5b',
      new Date('2026-04-01T12:00:00Z'),
    );
    expect(p).toMatchObject({
      id: '6f1c7f9e-3f7b-4f0e-9a57-0c1d2e3f4a5b',
      url: draft.url,
      symbol: 'S/RES/1820 (2008)',
      title: 'Resolution 1820 (2008)',
      themes: ['sexual-violence', 'accountability'],
      recommendations: ['ngowg-2007-2b'],
      provisions: [{ symbol: 'S/RES/1820 (2008)', paragraph: 'OP1' }],
      note: '',
      tags: [],
      createdAt: '2026-04-01T12:00:00.000Z',
      updatedAt: '2026-04-01T12:00:00.000Z',
    });
    expect(p.selectors).toEqual(draft.selectors);
  });

  it('refuses drafts a hostile page could forge, naming the field', () => {
    const bad = (patch: object) => parseDraft({ ...draft, ...patch });
    expect(bad({ url: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('url'),
    });
    expect(
      bad({ selectors: { ...draft.selectors, quote: { ...draft.selectors.quote, exact: '   ' } } }),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('selectors.quote.exact'),
    });
    expect(
      bad({ selectors: { ...draft.selectors, position: { type: 'TextPositionSelector', start: 9, end: 3 } } })
        .ok,
    ).toBe(false);
    expect(parseDraft(null).ok).toBe(false);
    expect(parseDraft('a string').ok).toBe(false);
  });
});
