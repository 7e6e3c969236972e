/** Presidential statements. S/PRST/2004/40's paragraphs are unnumbered, so it has no provisions. */
import type { KbDocument } from '../types';
import { fromFacts, OPEN_LETTER } from './sources';

export const prst200440: KbDocument = {
  symbol: 'S/PRST/2004/40',
  kind: 'presidential-statement',
  title: 'Statement by the President of the Security Council on women and peace and security (2004)',
  date: '2004-10-28',
  meeting: 'S/PV.5066',
  summary:
    "Issued at the resumed 5066th meeting, after the Council debated S/2004/814, the Secretary-General's report of that year. The Council asked the Secretary-General for an action plan, with time lines, to carry out 1325 across the UN system, due in October 2005; it became the System-wide Action Plan 2005-2007. It also urged States to draw up their own 1325 action plans, wanted the Department of Political Affairs to have a gender adviser, and condemned gender-based violence in war, insisting that impunity must end. The 2007 open letter counts it among the earlier requests for information on gender-based violence and women's participation in all reports to the Council.",
  themes: ['oversight', 'accountability', 'gender-perspective', 'sexual-violence'],
  provisions: [],
  cites: [
    fromFacts(
      'https://www.un.org/unispal/document/auto-insert-189806',
      'presidential statement of 28 October 2004; it mandated the System-wide Action Plan (2007 report text)',
    ),
    fromFacts(
      'https://unis.unvienna.org/unis/en/pressrels/2004/sc8230.html',
      'action plan with time lines due October 2005 (SC/8230)',
      'SC/8230',
    ),
    fromFacts(
      'http://peacewomen.org/security-council/security-council-open-debate-women-peace-and-security-october-2004',
      'national action plans, gender adviser in DPA, gender-based violence and impunity (PeaceWomen summary); 5066th meeting resumed',
    ),
    { ...OPEN_LETTER, paragraph: 'recommendation 2' },
  ],
};

export const statements = [prst200440];
