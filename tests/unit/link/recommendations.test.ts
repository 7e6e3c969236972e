/**
 * The 2007 letter's recommendations and the resolution provisions a passage
 * bears on: ranked, tied to the setting of the document, and explained.
 */
import { describe, expect, it } from 'vitest';
import { analyzePassage, createAnalyzer, type KbLookups } from '../../../lib/link';
import type { KbDocument } from '../../../lib/kb';

const recs = (text: string, documentSymbol?: string, lang = 'en') =>
  analyzePassage(text, { lang, ...(documentSymbol ? { documentSymbol } : {}) }).recommendations;

describe('recommendations', () => {
  it('a mission report to the Council on rapes asks for reporting on sexual violence first (-2b, then -2a)', () => {
    const r = recs('Armed men reportedly abducted and raped five women near the camp.', 'S/2015/172');
    expect(r.map((x) => x.id).slice(0, 2)).toEqual(['ngowg-2007-2b', 'ngowg-2007-2a']);
    expect(r[0]!.why).toContain('"raped"');
    expect(r[0]!.why).toContain('S/2015/172');
    expect(r[0]!.score).toBeGreaterThan(r[1]!.score);
  });

  it('the same sentence from the Commission on the Status of Women earns no reporting recommendation', () => {
    expect(
      recs('Armed men reportedly abducted and raped five women near the camp.', 'E/CN.6/2015/NGO/12'),
    ).toEqual([]);
  });

  it('a national action plan on resolution 1325 answers -1 (oversight), even from a treaty body', () => {
    const r = recs(
      'The Committee urges the State party to adopt a national action plan on resolution 1325.',
      'CEDAW/C/XYZ/CO/5',
    );
    expect(r[0]?.id).toBe('ngowg-2007-1');
    expect(r[0]?.why).toContain('"national action plan on resolution 1325"');
  });

  it('zero tolerance of sexual exploitation and abuse by UN personnel answers -4', () => {
    const r = recs(
      'All civilian and uniformed personnel were reminded of the zero-tolerance policy on sexual exploitation and abuse.',
      'A/69/779',
    );
    expect(r.map((x) => x.id)).toContain('ngowg-2007-4');
    expect(r.find((x) => x.id === 'ngowg-2007-4')?.why).toContain('"zero-tolerance policy"');
  });

  it('allegations of sexual exploitation and abuse in a UN report answer -2b before -2a', () => {
    const r = recs('Allegations of sexual exploitation and abuse continue to be reported.', 'A/69/779');
    expect(r.map((x) => x.id)).toEqual(['ngowg-2007-2b', 'ngowg-2007-2a']);
  });

  it('women excluded from conflict resolution in a report to the Council answer -2a', () => {
    const r = recs(
      'Traditional conflict resolution structures perpetuate the exclusion of women.',
      'S/2015/37',
    );
    expect(r[0]?.id).toBe('ngowg-2007-2a');
  });

  it('an appeal to the United Nations to protect women in conflict zones answers -3', () => {
    const r = recs(
      'That the United Nations act urgently to protect all women and girls in conflict zones.',
      'E/CN.6/2015/NGO/245',
    );
    expect(r[0]?.id).toBe('ngowg-2007-3');
    expect(r[0]?.why).toContain('"United Nations"');
  });

  it('development-only language earns none', () => {
    expect(recs('Maternal mortality fell by a third.', 'A/70/1')).toEqual([]);
  });

  it('works in the other languages', () => {
    expect(
      recs('Se siguen presentando denuncias de explotación y abusos sexuales.', 'A/69/779', 'es')[0]?.id,
    ).toBe('ngowg-2007-2b');
    expect(
      recs(
        'Всем странам следует разработать национальные планы действий по осуществлению резолюции 1325.',
        'E/CN.6/2015/NGO/1',
        'ru',
      )[0]?.id,
    ).toBe('ngowg-2007-1');
    expect(recs('据报告，武装分子绑架并强奸了5名妇女。', 'S/2015/172', 'zh')[0]?.id).toBe('ngowg-2007-2b');
  });
});

/** A knowledge base of our own, so these tests do not depend on lib/kb's data. */
function fixtureKb(): KbLookups {
  const doc = (symbol: string, provisions: [string, KbDocument['themes']][]): KbDocument => ({
    symbol,
    kind: 'sc-resolution',
    title: symbol,
    summary: '',
    themes: [...new Set(provisions.flatMap(([, t]) => t))],
    cites: [],
    provisions: provisions.map(([paragraph, themes]) => ({
      paragraph,
      summary: `${paragraph} summary`,
      themes,
      cites: [],
    })),
  });
  const docs = [
    doc('S/RES/9001 (2030)', [
      ['OP1', ['sexual-violence']],
      ['OP2', ['sexual-violence', 'accountability']],
      ['OP3', ['sexual-violence']],
    ]),
    doc('S/RES/9002 (2031)', [
      ['OP1', ['participation']],
      ['OP2', ['gender-perspective']],
      ['OP3', ['oversight']],
    ]),
  ];
  return {
    getDocument: (s) => docs.find((d) => d.symbol === s),
    provisionsByTheme: (t) =>
      docs.flatMap((d) =>
        d.provisions.filter((p) => p.themes.includes(t)).map((provision) => ({ document: d, provision })),
      ),
  };
}

describe('provisions', () => {
  const analyze = createAnalyzer(fixtureKb());

  it('ranks provisions that share the passage themes, best match first, with why', () => {
    const a = analyze('Prosecutors opened investigations into cases of sexual violence.', { lang: 'en' });
    expect(a.provisions[0]).toMatchObject({ symbol: 'S/RES/9001 (2030)', paragraph: 'OP2' });
    expect(a.provisions[0]!.why).toContain('shares sexual-violence, accountability');
    expect(a.provisions.every((p, i, all) => i === 0 || all[i - 1]!.score >= p.score)).toBe(true);
  });

  it('gives nothing for a passage without a theme or a cited document', () => {
    expect(analyze('The weather was fine.', { lang: 'en' }).provisions).toEqual([]);
  });
});

describe('cited documents', () => {
  it('a passage citing 1820 (2008) is about sexual violence even with no term (lib/kb)', () => {
    const a = analyzePassage('Recalling its resolution 1820 (2008),', {
      lang: 'en',
      documentSymbol: 'S/RES/2467 (2019)',
    });
    expect(a.terms).toEqual([]);
    expect(a.themes).toContain('sexual-violence');
    expect(a.themeReasons?.find((r) => r.theme === 'sexual-violence')?.why).toContain(
      'cites S/RES/1820 (2008)',
    );
    expect(a.provisions[0]?.symbol).toBe('S/RES/1820 (2008)');
    expect(a.provisions[0]?.why).toContain('cites S/RES/1820 (2008)');
  });

  it('a document the knowledge base does not know gives no theme', () => {
    expect(analyzePassage('Recalling its resolution 660 (1990),', { lang: 'en' }).themes).toEqual([]);
  });
});
