/** Language detection: script ranges first, then function words for Latin script. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, lexiconLanguage } from '../../../lib/terms';
import { FUNCTION_WORDS, LANGUAGE_LETTERS } from '../../../lib/terms/detect';

describe('detectLanguage', () => {
  it.each([
    ['The Security Council reaffirms the important role of women in the prevention of conflicts.', 'en'],
    [
      'Le Conseil de sécurité réaffirme le rôle important que jouent les femmes dans la prévention des conflits.',
      'fr',
    ],
    [
      'El Consejo de Seguridad reafirma el importante papel que desempeñan las mujeres en la prevención de los conflictos.',
      'es',
    ],
    ['Совет Безопасности подтверждает важную роль женщин в предотвращении конфликтов.', 'ru'],
    ['يعيد مجلس الأمن تأكيد الدور الهام للمرأة في منع نشوب الصراعات.', 'ar'],
    ['安全理事会重申妇女在预防冲突方面的重要作用。', 'zh'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('tells short Latin-script headings apart by their letters', () => {
    expect(detectLanguage('Violencia contra la mujer')).toBe('es');
    expect(detectLanguage('Violence à l’encontre des femmes')).toBe('fr');
    expect(detectLanguage('Violence against women')).toBe('en');
  });

  it('reads Chinese that quotes symbols and numbers as Chinese', () => {
    expect(detectLanguage('第1325(2000)号决议和S/PRST/2004/40')).toBe('zh');
  });

  it('says nothing about text without letters', () => {
    expect(detectLanguage('1325 (2000) — 2242 (2015)')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });
});

/**
 * The rule detection follows, written plainly with regular expressions: for
 * Latin script, the most whole function words (any case) in the first 400
 * characters, plus the letters only one language uses; ties to en, fr, es.
 * detect.ts counts the same in one pass without them.
 */
function plainLatin(text: string): string {
  const sample = text.slice(0, 400);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const words = (lang: keyof typeof FUNCTION_WORDS) =>
    new RegExp(`\\b(?:${FUNCTION_WORDS[lang].split(' ').join('|')})\\b`, 'gi');
  const score = {
    en: count(words('en')),
    fr:
      count(words('fr')) +
      count(/\b(?:l|d|qu)['\u2019]/gi) +
      count(new RegExp(`[${LANGUAGE_LETTERS.fr}]`, 'gi')),
    es: count(words('es')) + count(new RegExp(`[${LANGUAGE_LETTERS.es}]`, 'gi')),
  };
  return (['en', 'fr', 'es'] as const).reduce((a, b) => (score[b] > score[a] ? b : a));
}

describe('detectLanguage on Latin script', () => {
  const pieces = [
    ...Object.values(FUNCTION_WORDS).flatMap((w) => w.split(' ')),
    'L',
    'D',
    'QU',
    'qu',
    'The',
    'LES',
    'theory',
    'other',
    'x_the',
    'the1',
    'women',
    'mujeres',
    ...[...LANGUAGE_LETTERS.fr, ...LANGUAGE_LETTERS.es, ...LANGUAGE_LETTERS.fr.toUpperCase()],
    ' ',
    ' ',
    '’',
    "'",
    '-',
    ', ',
    'é',
    'É',
    'Ñ',
  ];

  it('counts exactly what the plain rule counts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 160 }), (parts) => {
        const text = `a ${parts.join('')}`;
        expect(detectLanguage(text)).toBe(plainLatin(text));
      }),
      { numRuns: 500 },
    );
  });

  it('counts a letter in either case, and no other character', () => {
    const fr = new RegExp(`[${LANGUAGE_LETTERS.fr}]`, 'i');
    const es = new RegExp(`[${LANGUAGE_LETTERS.es}]`, 'i');
    for (let c = 0xa0; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      if (/[\u0400-\u04ff\u0600-\u06ff]/.test(ch)) continue;
      // One such letter against nothing else decides between fr and es.
      const expected = fr.test(ch) ? 'fr' : es.test(ch) ? 'es' : 'en';
      expect(detectLanguage(`a ${ch}`), `U+${c.toString(16)}`).toBe(expected);
    }
  });
});

describe('lexiconLanguage', () => {
  it('maps BCP 47 tags to the six lexicons', () => {
    expect(lexiconLanguage('fr-CH')).toBe('fr');
    expect(lexiconLanguage('zh-Hans-CN')).toBe('zh');
    expect(lexiconLanguage('AR')).toBe('ar');
    expect(lexiconLanguage('de')).toBeUndefined();
    expect(lexiconLanguage(undefined)).toBeUndefined();
  });
});
