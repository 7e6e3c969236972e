/** Lookups as a reader meets them: a hover card on a symbol, a theme in the panel, a recommendation. */
import { describe, expect, it } from 'vitest';
import {
  answersRecommendation,
  cardFor,
  documentsByTheme,
  documentsForRecommendation,
  getDocument,
  getProvision,
  getRecommendation,
  provisionsByTheme,
  provisionsForRecommendation,
  recommendationsByTheme,
  searchDocuments,
} from '../../../lib/kb';

const key = ({ document, provision }: { document: { symbol: string }; provision: { paragraph: string } }) =>
  `${document.symbol} ${provision.paragraph}`;

describe('lookup by symbol', () => {
  it('finds each WPS resolution by the symbol lib/symbols writes', () => {
    for (const n of [
      '1325 (2000)',
      '1820 (2008)',
      '1888 (2009)',
      '1889 (2009)',
      '1960 (2010)',
      '2106 (2013)',
      '2122 (2013)',
      '2242 (2015)',
      '2467 (2019)',
      '2493 (2019)',
    ]) {
      expect(getDocument(`S/RES/${n}`)?.kind, n).toBe('sc-resolution');
    }
    expect(getDocument('S/PRST/2004/40')?.kind).toBe('presidential-statement');
    expect(getDocument('S/2007/567')?.kind).toBe('sg-report');
  });

  it('also finds the spellings pages use, and either half of a joint symbol', () => {
    expect(getDocument('S/RES/1325(2000)')?.symbol).toBe('S/RES/1325 (2000)');
    expect(getDocument('  s/res/1820  (2008) ')?.symbol).toBe('S/RES/1820 (2008)');
    expect(getDocument('A/65/354')?.symbol).toBe('S/2010/466');
    expect(getDocument('A/65/592-S/2010/604')?.symbol).toBe('S/2010/604');
  });

  it('knows nothing of documents outside the WPS set', () => {
    expect(getDocument('S/RES/661 (1990)')).toBeUndefined();
    expect(getDocument('S/RES/1325 (2001)')).toBeUndefined();
    expect(getDocument('')).toBeUndefined();
  });

  it('gives a hover card with date, summary and an undocs.org link', () => {
    const card = cardFor('S/RES/1325 (2000)');
    expect(card).toMatchObject({
      symbol: 'S/RES/1325 (2000)',
      date: '2000-10-31',
      url: 'https://undocs.org/S/RES/1325(2000)',
    });
    expect(card?.title).toContain('1325');
    expect(card?.summary).toMatch(/first resolution on women and peace and security/);
    expect(cardFor('S/PRST/2004/40')?.url).toBe('https://undocs.org/S/PRST/2004/40');
  });

  it('leaves the date off a card when no source gives it', () => {
    const card = cardFor('S/2007/567');
    expect(card).not.toBeNull();
    expect(card).not.toHaveProperty('date');
    expect(cardFor('S/2099/1')).toBeNull();
  });

  it('reaches one provision by symbol and paragraph', () => {
    const hit = getProvision('S/RES/1888 (2009)', 'OP4');
    expect(hit?.provision.summary).toMatch(/Special Representative/);
    expect(hit?.provision.themes).toContain('sexual-violence');
    expect(getProvision('S/RES/1888 (2009)', 'OP99')).toBeUndefined();
  });
});

describe('lookup by theme', () => {
  it('lists the resolutions a reader expects under sexual violence, and not 1325-only topics', () => {
    const symbols = documentsByTheme('sexual-violence').map((d) => d.symbol);
    for (const s of [
      'S/RES/1820 (2008)',
      'S/RES/1888 (2009)',
      'S/RES/1960 (2010)',
      'S/RES/2106 (2013)',
      'S/RES/2467 (2019)',
    ]) {
      expect(symbols).toContain(s);
    }
    expect(symbols).not.toContain('S/RES/2122 (2013)');
  });

  it('finds the Council machinery under oversight', () => {
    const provisions = provisionsByTheme('oversight').map(key);
    expect(provisions).toContain('S/RES/2242 (2015) OP5(a)'); // the informal experts group
    expect(provisions).toContain('S/RES/2242 (2015) OP2'); // national action plans
    expect(documentsByTheme('oversight').map((d) => d.symbol)).toEqual(
      expect.arrayContaining(['S/PRST/2004/40', 'S/2005/636']),
    );
  });

  it('tags the landmark provisions with the themes a reader would give them', () => {
    const themesOf = (symbol: string, paragraph: string) => getProvision(symbol, paragraph)!.provision.themes;
    expect(themesOf('S/RES/1325 (2000)', 'OP1')).toContain('participation');
    expect(themesOf('S/RES/1325 (2000)', 'OP3')).toContain('leadership');
    expect(themesOf('S/RES/1325 (2000)', 'OP10')).toEqual(
      expect.arrayContaining(['sexual-violence', 'protection']),
    );
    expect(themesOf('S/RES/1325 (2000)', 'OP15')).toContain('gender-perspective');
    expect(themesOf('S/RES/1325 (2000)', 'OP17')).toContain('accountability');
    expect(themesOf('S/RES/1960 (2010)', 'OP8')).toEqual(['sexual-violence', 'accountability']);
    expect(themesOf('S/RES/2242 (2015)', 'OP11')).toContain('prevention');
    expect(themesOf('S/RES/2242 (2015)', 'OP4')).toContain('leadership');
    // A provision on peacekeepers' training is not about participation.
    expect(themesOf('S/RES/1820 (2008)', 'OP6')).not.toContain('participation');
  });

  it('returns recommendations by theme', () => {
    expect(recommendationsByTheme('oversight').map((r) => r.id)).toEqual(['ngowg-2007-1']);
    expect(recommendationsByTheme('sexual-violence').map((r) => r.id)).toEqual([
      'ngowg-2007-2a',
      'ngowg-2007-2b',
    ]);
  });
});

describe('lookup by recommendation', () => {
  it('gives the letter’s text in our words', () => {
    expect(getRecommendation('ngowg-2007-4')?.text).toMatch(/terms of reference/);
    expect(getRecommendation('ngowg-2007-2a')?.text).toContain('S/PRST/2004/40');
  });

  it('applies the "accountability with sexual violence or participation" rule of 2a', () => {
    const twoA = getRecommendation('ngowg-2007-2a')!;
    expect(answersRecommendation(['accountability', 'sexual-violence'], twoA)).toBe(true);
    expect(answersRecommendation(['accountability', 'participation'], twoA)).toBe(true);
    expect(answersRecommendation(['accountability'], twoA)).toBe(false);
    expect(answersRecommendation(['sexual-violence', 'participation'], twoA)).toBe(false);
  });

  it('finds the reporting provisions behind recommendation 2b', () => {
    const found = provisionsForRecommendation('ngowg-2007-2b').map(key);
    expect(found).toEqual(
      expect.arrayContaining(['S/RES/1888 (2009) OP24', 'S/RES/1888 (2009) OP25', 'S/RES/1960 (2010) OP8']),
    );
    expect(found).not.toContain('S/RES/1325 (2000) OP1');
  });

  it('finds the gender-perspective provisions behind recommendation 3 and the personnel ones behind 4', () => {
    expect(provisionsForRecommendation('ngowg-2007-3').map(key)).toContain('S/RES/1325 (2000) OP15');
    expect(provisionsForRecommendation('ngowg-2007-4').map(key)).toEqual(
      expect.arrayContaining(['S/RES/1325 (2000) OP3', 'S/RES/2242 (2015) OP4']),
    );
    expect(documentsForRecommendation('ngowg-2007-1').map((d) => d.symbol)).toContain('S/PRST/2004/40');
  });
});

describe('search', () => {
  it('finds documents by number and words, best match first', () => {
    expect(searchDocuments('1889')[0]?.symbol).toBe('S/RES/1889 (2009)');
    expect(searchDocuments('team of experts')[0]?.symbol).toBe('S/RES/1888 (2009)');
    expect(searchDocuments('action plan').map((d) => d.symbol)).toContain('S/2005/636');
    expect(searchDocuments('indicators 1325').map((d) => d.symbol)).toContain('S/2010/173');
  });

  it('needs every word to match and returns nothing for an empty query', () => {
    expect(searchDocuments('')).toEqual([]);
    expect(searchDocuments('   ')).toEqual([]);
    expect(searchDocuments('zebra 1325')).toEqual([]);
  });
});
