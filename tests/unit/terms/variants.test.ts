/**
 * The forms real documents use: inflections, prefixes, hyphenation, words
 * broken across lines in PDF text, apostrophes, spelling variants, Chinese
 * without word boundaries. Offsets always point at the text as written.
 */
import { describe, expect, it } from 'vitest';
import { findTerms, type TermMention } from '../../../lib/terms';

function terms(text: string, lang?: string): TermMention[] {
  const found = findTerms(text, lang ? { lang } : {});
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  return found;
}

const ids = (text: string, lang?: string) => terms(text, lang).map((m) => m.termId);

describe('inflections', () => {
  it.each([
    'сексуальное насилие',
    'сексуального насилия',
    'сексуальному насилию',
    'сексуальным насилием',
    'о сексуальном насилии',
    'сексуальные насилия',
  ])('Russian case form "%s" is sexual violence', (text) => {
    expect(ids(`Доклад: ${text} в регионе.`, 'ru')).toContain('sexual-violence');
  });

  it.each(['участие женщин', 'участия женщин', 'участию женщин', 'участием женщин', 'об участии женщин'])(
    'Russian "%s" is participation',
    (text) => {
      expect(ids(`Он говорит ${text} в переговорах.`, 'ru')).toContain('participation-of-women');
    },
  );

  it.each([
    ['العنف الجنسي', 'the article'],
    ['والعنف الجنسي', 'و + the article'],
    ['بالعنف الجنسي', 'ب + the article'],
    ['للعنف الجنسي', 'ل + the article (لل)'],
    ['عنف جنسي', 'no article'],
  ])('Arabic "%s" (%s) is sexual violence', (text) => {
    expect(ids(`تقرير عن ${text} في المنطقة.`, 'ar')).toContain('sexual-violence');
  });

  it.each(['مشاركة المرأة', 'ومشاركة المرأة', 'بمشاركة المرأة', 'لمشاركة النساء'])(
    'Arabic "%s" is participation',
    (text) => {
      expect(ids(`ويؤكد ${text} في عمليات السلام.`, 'ar')).toContain('participation-of-women');
    },
  );

  it('Arabic vowel marks and tatweel do not hide a term, and offsets keep them', () => {
    const text = 'تقرير عن العنفَ الجنسيّ والاغتـصاب.';
    const found = terms(text, 'ar');
    expect(found.map((m) => m.termId)).toEqual(['sexual-violence', 'rape']);
    expect(found[0]!.text).toBe('العنفَ الجنسيّ');
  });

  it.each([
    ['violence sexuelle', 'fr'],
    ['violences sexuelles', 'fr'],
    ['la violence à l’égard des femmes', 'fr'],
    ['violencia sexual', 'es'],
    ['violencias sexuales', 'es'],
    ['la violencia contra las mujeres', 'es'],
  ])('French and Spanish singular and plural: "%s"', (text, lang) => {
    const found = terms(text, lang);
    expect(found).toHaveLength(1);
    expect(found[0]!.themes).toEqual(['sexual-violence']);
  });

  it.each([
    ['Les défenseuses des droits humains', 'fr'],
    ['Les femmes défenseurs des droits de l’homme', 'fr'],
    ['las defensoras de los derechos humanos', 'es'],
  ])('feminine forms: "%s" are women human rights defenders', (text, lang) => {
    expect(ids(text, lang)).toContain('whrd');
  });

  it('French and Spanish feminine nouns for women in office', () => {
    expect(ids('Trois candidates ont été élues au parlement.', 'fr')).toContain('women-in-office');
    expect(ids('La primera ministra del país.', 'es')).toContain('women-in-office');
  });
});

describe('hyphenation and PDF line breaks', () => {
  it.each([
    'gender-based violence',
    'gender based violence',
    'genderbased violence',
    'gender‐based violence',
  ])('"%s" is gender-based violence', (text) => {
    expect(ids(`Reports of ${text} rose.`, 'en')).toEqual(['gbv']);
  });

  it('a word hyphenated at a line end ("gender-\\nbased")', () => {
    const text = 'Reports of gender-\nbased violence rose.';
    const [m] = terms(text, 'en');
    expect(m?.termId).toBe('gbv');
    expect(m?.text).toBe('gender-\nbased violence');
  });

  it('a word split inside by the PDF text layer ("gen- der")', () => {
    const text = 'A gen- der perspective in all missions.';
    const [m] = terms(text, 'en');
    expect(m?.termId).toBe('gender-perspective');
    expect(m?.text).toBe('gen- der perspective');
  });

  it('a word broken across lines inside a Russian term', () => {
    const text = 'случаи сексуаль-\nного насилия';
    const [m] = terms(text, 'ru');
    expect(m?.termId).toBe('sexual-violence');
    expect(m?.text).toBe(text.slice('случаи '.length));
  });

  it('a line break between the words of a term', () => {
    expect(ids('conflict-related\nsexual\r\nviolence', 'en')).toEqual(['crsv']);
  });

  it('soft hyphens and zero-width characters inside a word', () => {
    const text = 'sex\u00ADual exploi\u200Btation and abuse';
    const [m] = terms(text, 'en');
    expect(m?.termId).toBe('sea');
    expect(m?.text).toBe(text);
  });

  it('a suspended hyphen is not joined ("gender- and age-sensitive")', () => {
    // Joining would make "genderand"; the real term comes later.
    expect(ids('gender- and age-sensitive data; gender-sensitive budgets', 'en')).toEqual([
      'gender-perspective',
    ]);
  });
});

describe('apostrophes and spelling', () => {
  it.each([
    "women's participation",
    'women’s participation',
    'women‘s participation',
    'womenʼs participation',
  ])('"%s"', (text) => {
    expect(ids(`It stresses ${text} in elections.`, 'en')).toContain('participation-of-women');
  });

  it.each([
    ['gender mainstreaming', 'gender-perspective'],
    ['survivor-centred approach', 'survivor-centred'],
    ['survivor-centered approach', 'survivor-centred'],
    ['honour killings', 'femicide'],
    ['honor killings', 'femicide'],
    ["women's organisations", 'womens-organizations'],
    ["women's organizations", 'womens-organizations'],
  ])('British and American spellings: "%s"', (text, id) => {
    expect(
      terms(text, 'en')
        .concat(findTerms(text, { lang: 'en', cues: true }))
        .map((m) => m.termId),
    ).toContain(id);
  });

  it('French apostrophes, straight and curly', () => {
    expect(ids("l'exploitation et les atteintes sexuelles", 'fr')).toEqual(['sea']);
    expect(ids('l’exploitation et les atteintes sexuelles', 'fr')).toEqual(['sea']);
    expect(ids('violence à l’égard des femmes', 'fr')).toEqual(['vaw']);
    expect(ids("violence à l'égard des femmes", 'fr')).toEqual(['vaw']);
  });
});

describe('case', () => {
  it('ignores case for words', () => {
    expect(ids('CONFLICT-RELATED SEXUAL VIOLENCE', 'en')).toEqual(['crsv']);
    expect(ids('Violence Against Women', 'en')).toEqual(['vaw']);
  });

  it('keeps acronyms to their case: SEA is sexual exploitation and abuse, "sea" is water', () => {
    expect(ids('Allegations of SEA were reported.', 'en')).toEqual(['sea-acronym']);
    expect(ids('Migrants crossed the sea.', 'en')).toEqual([]);
    expect(ids('FGM/C and fgm', 'en')).toEqual(['fgm-acronym']);
  });
});

describe('Chinese without word boundaries', () => {
  it('finds terms inside running text with exact offsets', () => {
    const text = '安理会强烈谴责与冲突有关的性暴力和性剥削和性虐待行为';
    const found = terms(text, 'zh');
    expect(found.map((m) => m.termId)).toEqual(['crsv', 'sea']);
    expect(found[0]!.start).toBe(text.indexOf('与冲突'));
  });

  it('does not read "系统性暴力" (systemic violence) as sexual violence', () => {
    expect(ids('遭受系统性暴力的侵害', 'zh')).toEqual([]);
    expect(ids('遭受性暴力的侵害', 'zh')).toEqual(['sexual-violence']);
  });
});

describe('word boundaries in spaced scripts', () => {
  it('does not find a term inside a longer word', () => {
    expect(ids('The rapeseed harvest and grapes.', 'en')).toEqual([]);
    expect(ids('rapes and rape', 'en')).toEqual(['rape', 'rape']);
  });
});

describe('names are not mentions', () => {
  it('the Convention and Committee on the Elimination of Discrimination against Women carry no term', () => {
    expect(ids('The Committee on the Elimination of Discrimination against Women met.', 'en')).toEqual([]);
  });

  it('context words come back only when asked for', () => {
    const text = 'Women and men voted in the elections.';
    expect(findTerms(text, { lang: 'en' })).toEqual([]);
    const cues = findTerms(text, { lang: 'en', cues: true });
    expect(cues.map((m) => m.termId)).toEqual(['women-and-men', 'political']);
    expect(cues[0]!.cues).toEqual(['women', 'gender']);
  });
});

describe('options', () => {
  it('accepts a BCP 47 tag', () => {
    expect(ids('violences sexuelles', 'fr-CH')).toEqual(['sexual-violence']);
  });

  it('detects the language when it is unknown or absent', () => {
    expect(findTerms('violencia sexual contra las mujeres', { lang: 'de' })[0]?.lang).toBe('es');
    expect(findTerms('сексуальное насилие')[0]?.lang).toBe('ru');
  });

  it('returns nothing for empty or letterless text', () => {
    expect(findTerms('')).toEqual([]);
    expect(findTerms('12 345 — 678')).toEqual([]);
  });
});
