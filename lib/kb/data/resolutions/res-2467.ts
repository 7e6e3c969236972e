/** S/RES/2467 (2019). Paragraph numbers from the CRSV paragraph dataset (OP1 also in the facts file). */
import type { KbDocument } from '../../types';
import { fromFacts, pressRelease } from '../sources';
import { crsvProvisions } from './crsv-op';

const SYMBOL = 'S/RES/2467 (2019)';
const op = crsvProvisions(SYMBOL);

export const res2467: KbDocument = {
  symbol: SYMBOL,
  kind: 'sc-resolution',
  title: 'Resolution 2467 (2019) on sexual violence in conflict and a survivor-centred approach',
  date: '2019-04-23',
  meeting: 'S/PV.8514',
  vote: '13-0-2 (China and the Russian Federation abstaining)',
  summary:
    'Renews the demand that parties stop sexual violence and make time-bound commitments against it, and puts survivors at the centre: their access to justice, remedies and services, the rights of women and girls who become pregnant through rape and of children born of it, and the recognition that men and boys are targeted too. It presses for national justice reform, sanctions, prohibitions of sexual violence in ceasefires and peace agreements, and stronger monitoring. It was the first WPS resolution not adopted unanimously; secondary sources report that the United States threatened a veto until references to sexual and reproductive health were removed.',
  themes: ['sexual-violence', 'accountability', 'relief-recovery', 'protection'],
  provisions: [
    op(
      1,
      'All parties must stop sexual violence at once and make specific, time-bound commitments: orders and codes of conduct that forbid it, enforcement, investigation of credible allegations, and access for monitors and aid.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      2,
      'Efforts to obtain such commitments are welcome; parties should name senior focal points to carry them out, and the annual report on sexual violence should follow their implementation.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      3,
      'National authorities should strengthen laws and domestic courts to hold perpetrators to account, with help from UN entities such as the Team of Experts on the Rule of Law.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      4,
      'The Council recognizes the informal experts group on WPS set up under 2242, means to consider its analysis, and wants sexual violence and the rest of the agenda addressed there.',
      ['oversight', 'sexual-violence'],
    ),
    op(
      5,
      "The next annual report should assess gaps and recommend how the Council can better monitor parties' commitments and how the UN can better support survivors.",
      ['sexual-violence', 'accountability'],
    ),
    op(
      6,
      'The monitoring, analysis and reporting arrangements on conflict-related sexual violence should be strengthened, also to cover its use as a tactic of terrorism.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      8,
      "Commissions of inquiry and investigative bodies should have sexual violence in their mandates and the expertise for it, and documentation should respect survivors' safety, confidentiality and consent.",
      ['sexual-violence', 'accountability'],
    ),
    op(
      9,
      'Information on sexual violence should be gathered more systematically and rigorously, disaggregated by sex and without putting survivors at risk.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      10,
      'Sanctions committees should apply targeted sanctions to those who commit or direct sexual violence, and new sanctions may include criteria on it.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      11,
      'Expert groups and monitoring teams of sanctions committees should include sexual violence and gender expertise and report on incidents, patterns and perpetrators.',
      ['sexual-violence', 'accountability', 'gender-perspective'],
    ),
    op(
      13,
      'Preventing and responding to sexual violence should be built into relevant mandates, and Council field visits should meet local women and their organizations.',
      ['sexual-violence', 'prevention', 'gender-perspective'],
    ),
    op(
      14,
      'Member States should reform justice systems to investigate and prosecute sexual violence fairly, protect victims and witnesses, provide legal aid and remove procedural barriers that shut victims out.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      15,
      'Victims of sexual violence should have better access to justice, with prompt prosecution and reparations, and the fight against impunity will continue.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      16,
      "Member States should take a survivor-centred approach: non-discriminatory care for survivors, community leaders who fight stigma, and survivors' full participation in transitional justice.",
      ['sexual-violence', 'relief-recovery'],
    ),
    op(
      17,
      'Victims should have an effective remedy and assistance, and a fund for survivors should be considered.',
      ['sexual-violence', 'relief-recovery'],
    ),
    op(
      18,
      'Women and girls made pregnant by sexual violence and the children born of it face particular harms; their equal rights should be recognized in law, with a report from the Secretary-General by the end of 2021.',
      ['sexual-violence', 'protection', 'relief-recovery'],
    ),
    op(
      20,
      "Women-led and survivor-led organizations need support to strengthen community protection and women's engagement in peace processes as a way to prevent conflict.",
      ['participation', 'gender-perspective', 'prevention'],
    ),
    op(
      21,
      'States should condemn and guard against harassment and violence aimed at civil society and journalists who report on sexual violence in conflict.',
      ['protection', 'sexual-violence'],
    ),
    op(
      22,
      'Women protection advisers should be deployed in time, at senior level and with direct access to mission leaders, to advise on the resolutions on sexual violence.',
      ['sexual-violence', 'protection'],
    ),
    op(
      23,
      "Mission mandates will provide for gender equality, gender advisers and women's full participation in elections, demobilization, security and justice reform and reconstruction.",
      ['gender-perspective', 'participation', 'relief-recovery'],
    ),
    op(
      24,
      'Peacekeepers should be trained on sexual and gender-based violence before and during deployment, as part of the standards they are assessed against.',
      ['sexual-violence', 'leadership'],
    ),
    op(
      25,
      'The bar on State actors listed repeatedly for sexual violence or violations against children from serving in peacekeeping is welcome, and listed contributors should carry out their action plans.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      26,
      'Security sector reform should vet out people credibly suspected of sexual violence and give women equal chances in police and security posts.',
      ['sexual-violence', 'participation'],
    ),
    op(
      27,
      'Demobilization programmes should integrate gender analysis and give women formerly associated with armed groups access to trauma care and reintegration, with protection in cantonment sites.',
      ['relief-recovery', 'gender-perspective'],
    ),
    op(
      28,
      'Victims of sexual violence by parties to conflict, groups designated as terrorist included, should reach national relief and reparations and services, including women with children born of rape and male victims.',
      ['sexual-violence', 'relief-recovery'],
    ),
    op(
      30,
      'Ceasefire and peace agreements should prohibit sexual violence, women should take part in negotiations, and sexual violence crimes should stay out of amnesties.',
      ['sexual-violence', 'participation', 'accountability'],
    ),
    op(
      31,
      'Displaced people face higher risks of sexual violence and barriers to help; States should consider resettlement, services and documentation for survivors.',
      ['sexual-violence', 'relief-recovery', 'protection'],
    ),
    op(
      32,
      'Men and boys are also targets of sexual violence, in detention among other settings, and need policies that respond to male survivors.',
      ['sexual-violence', 'protection'],
    ),
    op(
      35,
      'Member States, the UN and civil society should make commitments ahead of the twentieth anniversary of 1325, and States should adopt and refresh funded national action plans.',
      ['oversight'],
    ),
    op(
      36,
      'The Secretary-General should keep reporting yearly on the sexual-violence resolutions and include gender-sensitive analysis and WPS information, sexual violence included, in his reports to the Council.',
      ['accountability', 'sexual-violence', 'gender-perspective'],
    ),
  ],
  cites: [
    pressRelease('SC/13790', 'https://press.un.org/en/2019/sc13790.doc.htm'),
    fromFacts(
      'https://reliefweb.int/report/world/resolution-2467-2019-sres2467-enarruzh',
      'UN text as posted on ReliefWeb',
    ),
    fromFacts(
      'https://gps.prio.org/News/Item/?x=1185',
      'first WPS resolution not adopted unanimously; health language dropped (secondary)',
    ),
  ],
};
