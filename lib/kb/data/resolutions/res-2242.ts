/** S/RES/2242 (2015). Paragraph numbers from the CRSV paragraph dataset, which carries this resolution in full. */
import type { KbDocument } from '../../types';
import { pressRelease } from '../sources';
import { crsvProvisions } from './crsv-op';

const SYMBOL = 'S/RES/2242 (2015)';
const op = crsvProvisions(SYMBOL);

export const res2242: KbDocument = {
  symbol: SYMBOL,
  kind: 'sc-resolution',
  title: 'Resolution 2242 (2015) on implementing the women, peace and security agenda',
  date: '2015-10-13',
  meeting: 'S/PV.7533',
  vote: 'unanimous',
  summary:
    'Adopted as the Council opened a high-level debate on the fifteenth anniversary of 1325 and took up the findings of the global study it had asked for. The Council decides to weave WPS into every country situation on its agenda, to hold meetings of an informal experts group, to devote consultations to the subject and to hear civil society; it asks for gender targets in the compacts of senior UN managers and for a revised strategy that doubles the number of women in military and police contingents of peacekeeping within five years; and it ties the agenda to countering terrorism and violent extremism.',
  themes: ['oversight', 'participation', 'gender-perspective', 'leadership', 'prevention', 'accountability'],
  provisions: [
    op(
      1,
      'Member States should review strategies and funding for WPS and give women more decision-making posts; women should join negotiating delegations, with donor support and training, and civil society should take part in peace and security meetings.',
      ['participation'],
    ),
    op(
      2,
      'National action plans on 1325 are welcome and should be better resourced and prepared with civil society; countries with plans should report on them at the annual open debates, and regional frameworks are encouraged.',
      ['oversight'],
    ),
    op(
      3,
      "Member States should spend more on WPS, through aid for gender equality and women's empowerment in conflict and post-conflict settings and support to civil society, and track the gender focus of their aid.",
      ['relief-recovery', 'gender-perspective'],
    ),
    op(
      4,
      "UN entities should build women's needs and gender perspectives into all their work, and the Secretary-General should write gender targets into the performance compacts of senior managers, envoys and representatives.",
      ['gender-perspective', 'leadership'],
    ),
    op(
      '5(a)',
      'The Council will bring its experts together in an informal group on WPS, to make its approach more systematic and to oversee and coordinate implementation.',
      ['oversight'],
    ),
    op(
      '5(b)',
      "WPS concerns will be integrated across every country situation on the Council's agenda, with periodic consultations on them, and Council missions will consult women's groups.",
      ['oversight', 'gender-perspective', 'protection'],
    ),
    op(
      '5(c)',
      "Civil society, women's organizations included, will be invited to brief the Council, and the heads of UN-Women and of the office on sexual violence in conflict to brief it more often.",
      ['gender-perspective', 'accountability'],
    ),
    op(
      6,
      'Targeted sanctions may designate actors, terrorist groups included, who commit violations such as sexual and gender-based violence, and sanctions expert groups need gender expertise.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      7,
      'Gender analysis and technical gender expertise should run through every stage of mission planning, mandates, review and drawdown, with senior gender advisers in the offices of special representatives.',
      ['gender-perspective'],
    ),
    op(
      8,
      'More women should hold senior UN posts, and the Secretary-General should devise with Member States a new strategy aimed at twice as many women in the military and police contingents of peacekeeping within five years.',
      ['leadership', 'participation'],
    ),
    op(
      9,
      'Contributing countries should train and vet peacekeepers on sexual exploitation and abuse, investigate allegations quickly, prosecute where fitting and keep the UN informed.',
      ['sexual-violence', 'accountability', 'leadership'],
    ),
    op(
      10,
      'The zero-tolerance policy is welcome, countries listed repeatedly for sexual violence or grave violations against children are barred from peacekeeping, and country reports should include a section on conduct and discipline.',
      ['sexual-violence', 'accountability', 'leadership'],
    ),
    op(
      11,
      'The WPS, counter-terrorism and countering-violent-extremism agendas should be integrated, with gender as a cross-cutting issue in the work of the Counter-Terrorism Committee and its Executive Directorate.',
      ['prevention', 'gender-perspective'],
    ),
    op(
      12,
      "Gender-sensitive research should look at what drives women's radicalization and how counter-terrorism affects women's rights and organizations.",
      ['prevention', 'gender-perspective'],
    ),
    op(
      13,
      "Women and women's organizations should take part in and lead the design of strategies against terrorism and violent extremism.",
      ['prevention', 'participation'],
    ),
    op(
      14,
      'Women in conflict and post-conflict settings should have better access to justice, with prompt prosecution of sexual and gender-based violence and reparation for victims.',
      ['accountability', 'sexual-violence'],
    ),
    op(
      15,
      'Women should be empowered to take part in efforts against the illicit trade in small arms and light weapons, and the effect of conflict on their security and livelihoods should be considered.',
      ['prevention', 'participation'],
    ),
    op(
      16,
      "WPS should figure in the World Humanitarian Summit, humanitarian programmes should integrate gender, and women's groups should take part in and lead humanitarian action.",
      ['relief-recovery', 'gender-perspective'],
    ),
    op(
      17,
      "The Secretary-General's next report on 1325 should cover follow-up to the High-level Review and the global study's recommendations, with monitoring and evaluation arrangements for the UN system.",
      ['accountability', 'oversight'],
    ),
  ],
  cites: [
    pressRelease('SC/12076', 'https://www.un.org/press/en/2015/sc12076.doc.htm'),
    pressRelease('SC/12080', 'https://press.un.org/en/2015/sc12080.doc.htm'),
  ],
};
