/**
 * The 2007 open letter's recommendations, in our words, with the themes
 * ../shared/design/THEMES.md gives them and how those themes combine.
 */
import type { Recommendation } from '../types';
import { OPEN_LETTER } from './sources';

const letter = (point: string) => ({ ...OPEN_LETTER, paragraph: point });

export const recommendations: Recommendation[] = [
  {
    id: 'ngowg-2007-1',
    text: 'The Security Council should oversee the implementation of resolution 1325 more effectively, for instance through a focal point or a working group of experts engaged with every part of its work.',
    themes: ['oversight'],
    answeredBy: [['oversight']],
    cites: [letter('recommendation 1')],
  },
  {
    id: 'ngowg-2007-2a',
    text: 'Every report to the Council should carry information on gender-based violence, on how far women take part in decisions on peace and security, and on the other aspects of 1325, building on what S/PRST/2004/40 already asked of the Secretary-General.',
    themes: ['accountability', 'sexual-violence', 'participation'],
    answeredBy: [
      ['accountability', 'sexual-violence'],
      ['accountability', 'participation'],
    ],
    cites: [letter('recommendation 2, first point')],
  },
  {
    id: 'ngowg-2007-2b',
    text: 'Peace support operations should, on top of that, report to the Council fully and country by country on sexual violence.',
    themes: ['sexual-violence', 'accountability'],
    answeredBy: [['sexual-violence', 'accountability']],
    cites: [letter('recommendation 2, second point')],
  },
  {
    id: 'ngowg-2007-3',
    text: "The Council should bring a gender perspective and attention to women's human rights to all its work on countries, regions and themes, and consult women's groups and the gender experts of UN entities as it does so.",
    themes: ['gender-perspective', 'protection'],
    answeredBy: [['gender-perspective'], ['protection']],
    cites: [letter('recommendation 3')],
  },
  {
    id: 'ngowg-2007-4',
    text: 'UN staff, and senior staff above all, should lead the implementation of 1325, a duty to be built into their terms of reference and job descriptions, their work plans, and the way their performance is judged and rewarded.',
    themes: ['leadership'],
    answeredBy: [['leadership']],
    cites: [letter('recommendation 4')],
  },
];
