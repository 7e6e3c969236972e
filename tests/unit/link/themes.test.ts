/**
 * How a passage is judged: one case per rule of THEMES.md and
 * THEMES-LABELS.md, and the words each theme's `why` names. The sentences are
 * our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePassage } from '../../../lib/link';

const themes = (text: string, documentSymbol?: string, lang = 'en') =>
  analyzePassage(text, { lang, ...(documentSymbol ? { documentSymbol } : {}) }).themes;

describe('a passing mention carries no theme', () => {
  it.each([
    'Statements were made by representatives of youth, business and industry, and women.',
    'The programme reached 4,000 men and women in rural districts.',
    'Gender equality, clean water, decent work and quality education are among the goals.',
    'UN-Women, UNICEF and UNDP took part in the meeting.',
    'The Commission on the Status of Women held its fifty-ninth session.',
    'The Committee on the Elimination of Discrimination against Women adopted its report.',
  ])('"%s"', (text) => {
    const a = analyzePassage(text, { lang: 'en' });
    expect(a.themes).toEqual([]);
    expect(a.wps).toBe(false);
  });

  it('a list of critical areas is a mention in passing', () => {
    const text =
      'The Platform covers poverty, education, health, violence against women, armed conflict, the economy, power and decision-making, and the environment.';
    expect(themes(text)).toEqual([]);
  });

  it('but a list of several forms of violence is about violence', () => {
    expect(
      themes('Penalties were raised for sexual harassment, early marriage, rape and domestic violence.'),
    ).toContain('sexual-violence');
  });

  it("but a Council text's list of the violations it condemns keeps sexual violence", () => {
    const text =
      'Expressing grave alarm at reports of mass killings, arbitrary detention, rape of women, and forced displacement,';
    expect(themes(text, 'S/RES/9999 (2030)')).toContain('sexual-violence');
    expect(themes(text, 'E/CN.6/2030/1')).not.toContain('sexual-violence');
  });

  it('a casualty count is not protection', () => {
    expect(
      themes(
        'At least 40 civilians, including 6 women and 11 children, were killed in the shelling.',
        'S/2015/124',
      ),
    ).toEqual([]);
  });
});

describe('development-only language carries no theme', () => {
  it.each([
    'Maternal mortality fell by a third in rural areas.',
    'Access to family planning and reproductive health services improved.',
    "Women's participation in the labour market rose to 48 per cent.",
    'More women now hold leadership positions in the private sector.',
  ])('"%s"', (text) => {
    expect(themes(text)).toEqual([]);
  });
});

describe('rules', () => {
  it('sexual and gender-based violence anywhere is sexual-violence', () => {
    const a = analyzePassage('Domestic violence and femicide remain widespread.', { lang: 'en' });
    expect(a.themes).toEqual(['sexual-violence']);
    expect(a.themeReasons?.[0]?.why).toContain('"Domestic violence"');
  });

  it('women in political life is participation, with the words that said so', () => {
    const a = analyzePassage('Many women were elected to local councils in the last elections.', {
      lang: 'en',
    });
    expect(a.themes).toEqual(['participation']);
    expect(a.themeReasons?.[0]?.why).toMatch(
      /"women" \+ "(elected|local councils|elections)" → participation/,
    );
  });

  it('women singled out for protection in a conflict text is protection; the same words elsewhere are not', () => {
    const text = 'Civilians, in particular women and children, must be protected from the fighting.';
    expect(themes(text, 'S/2015/500')).toContain('protection');
    expect(themes(text, 'E/CN.6/2015/3')).toEqual([]);
  });

  it('a call to protect women from sexual violence in armed conflict carries both themes', () => {
    expect(themes('States must protect women and girls from sexual violence in armed conflict.')).toEqual(
      expect.arrayContaining(['protection', 'sexual-violence']),
    );
  });

  it('a sentence that only reports sexual violence carries no protection or accountability', () => {
    expect(themes('Armed men reportedly abducted and raped five women near the camp.', 'S/2015/172')).toEqual(
      ['sexual-violence'],
    );
  });

  it('preventing violence against women is prevention', () => {
    expect(themes('An awareness campaign to prevent violence against women was launched.')).toEqual([
      'sexual-violence',
      'prevention',
    ]);
  });

  it('services for survivors are relief and recovery', () => {
    expect(themes('Shelters offer medical care to survivors of rape.')).toEqual(
      expect.arrayContaining(['sexual-violence', 'relief-recovery']),
    );
  });

  it("working with women's organizations is a gender perspective", () => {
    expect(themes("The ministry drafted the law in close cooperation with women's organizations.")).toEqual([
      'gender-perspective',
    ]);
  });

  it('investigating sexual violence is accountability', () => {
    expect(themes('Prosecutors opened investigations into cases of sexual violence.')).toEqual(
      expect.arrayContaining(['sexual-violence', 'accountability']),
    );
  });

  it('zero tolerance of sexual exploitation and abuse by personnel is leadership', () => {
    expect(
      themes('All personnel were reminded of the zero-tolerance policy on sexual exploitation and abuse.'),
    ).toEqual(expect.arrayContaining(['sexual-violence', 'leadership']));
  });

  it('training UN personnel on resolution 1325 and gender is leadership', () => {
    expect(
      themes(
        'We offer pre-deployment training on resolution 1325 and gender for peacekeeping mission staff.',
      ),
    ).toContain('leadership');
  });

  it('a national action plan on resolution 1325 is oversight; a gender-equality action plan is not', () => {
    expect(
      themes('The Government adopted a national action plan to implement resolution 1325 (2000).'),
    ).toContain('oversight');
    expect(themes('The Government adopted a national action plan for gender equality.')).toEqual([]);
  });

  it('women in conflict without a particular theme still bear on WPS', () => {
    const a = analyzePassage('Resources should go to women in conflict situations.', { lang: 'en' });
    expect(a.themes).toEqual([]);
    expect(a.wps).toBe(true);
  });
});

describe('the same rules in the six languages', () => {
  it.each([
    ['fr', 'Les femmes ont été élues aux conseils municipaux lors des dernières élections.', 'participation'],
    ['es', 'Muchas mujeres fueron elegidas en las últimas elecciones locales.', 'participation'],
    ['ru', 'Многие женщины были избраны на последних выборах в местные органы власти.', 'participation'],
    ['ar', 'وأسهم ذلك في انتخاب العديد من النساء في الانتخابات المحلية الأخيرة.', 'participation'],
    ['zh', '多位女性在最近的地方选举中当选。', 'participation'],
    ['fr', 'Une campagne de sensibilisation pour prévenir la violence à l’égard des femmes.', 'prevention'],
    ['es', 'Una campaña de sensibilización para prevenir la violencia contra la mujer.', 'prevention'],
    [
      'ru',
      'Кампания по повышению осведомленности для предотвращения насилия в отношении женщин.',
      'prevention',
    ],
    ['ar', 'حملة توعية لمنع العنف ضد المرأة.', 'prevention'],
    ['zh', '开展宣传活动，预防暴力侵害妇女行为。', 'prevention'],
  ])('%s: %s → %s', (lang, text, theme) => {
    expect(themes(text, undefined, lang)).toContain(theme);
  });

  it.each([
    ['fr', 'Les hommes et les femmes de la région ont accès à l’eau potable.'],
    ['es', 'Los hombres y las mujeres de la región tienen acceso al agua potable.'],
    ['ru', 'Мужчины и женщины региона имеют доступ к питьевой воде.'],
    ['ar', 'يحصل الرجال والنساء في المنطقة على مياه الشرب.'],
    ['zh', '该地区的男子和妇女都能获得饮用水。'],
  ])('%s: a passing mention carries no theme — %s', (lang, text) => {
    expect(themes(text, undefined, lang)).toEqual([]);
  });
});

describe('the analysis', () => {
  it('reports only themed terms and the language it read', () => {
    const a = analyzePassage('Women and men condemned conflict-related sexual violence.');
    expect(a.lang).toBe('en');
    expect(a.terms.map((t) => t.termId)).toEqual(['crsv']);
    expect(a.terms[0]).not.toHaveProperty('cues');
  });

  it('gives a reason for every theme, in the same order', () => {
    const a = analyzePassage(
      'Women mediators took part in the peace talks, and survivors of rape received care.',
      { lang: 'en' },
    );
    expect(a.themeReasons?.map((r) => r.theme)).toEqual(a.themes);
    for (const r of a.themeReasons ?? []) expect(r.why).toContain(`→ ${r.theme}`);
  });
});
