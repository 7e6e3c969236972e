/** S/RES/2106 (2013). Paragraph numbers from the CRSV paragraph dataset. */
import type { KbDocument } from '../../types';
import { fromFacts, pressRelease } from '../sources';
import { crsvProvisions } from './crsv-op';

const SYMBOL = 'S/RES/2106 (2013)';
const op = crsvProvisions(SYMBOL);

export const res2106: KbDocument = {
  symbol: SYMBOL,
  kind: 'sc-resolution',
  title: 'Resolution 2106 (2013) on sexual violence in armed conflict',
  date: '2013-06-24',
  meeting: 'S/PV.6984',
  vote: 'unanimous',
  summary:
    "The fourth resolution centred on conflict-related sexual violence, it makes the earlier ones more operational: sanctions committees are urged to target those who commit or direct sexual violence, ceasefires should name sexual violence among prohibited acts and in their monitoring, the monitoring and reporting arrangements should be sped up, and more women protection advisers should be deployed and trained. It also stresses that women's participation is essential to prevention and protection. (The press release misprints its number as 2016.)",
  themes: ['sexual-violence', 'accountability', 'protection', 'relief-recovery', 'participation'],
  provisions: [
    op(
      1,
      "Sexual violence used as a method or tactic of war can worsen and prolong conflict, and women's participation is essential to every response that prevents it and protects people.",
      ['sexual-violence', 'participation'],
    ),
    op(
      2,
      'Sexual violence can be a crime against humanity, genocide or a war crime; States should investigate and prosecute it, cover its full range in their criminal law and document it so survivors reach justice.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      4,
      'Transitional justice after conflict should take a comprehensive approach, with judicial and non-judicial measures.',
      ['accountability'],
    ),
    op(
      5,
      'The Council should follow sexual violence and other WPS commitments more systematically in its own work and use every means it has, from mandates to sanctions committees, to bring women into mediation and peacebuilding and to address sexual violence.',
      ['oversight', 'sexual-violence', 'participation'],
    ),
    op(
      6,
      'Monitoring, analysis and reporting arrangements on conflict-related sexual violence should be set up and put to work faster, for more timely and reliable information.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      7,
      'More women protection advisers should be deployed, their number and roles assessed when each mission is planned, and they should be trained and sent on time.',
      ['sexual-violence', 'protection'],
    ),
    op(
      8,
      'Gender advisers help mainstream gender across missions; the Secretary-General should keep deploying them and make sure all peacekeeping and civilian staff get gender training.',
      ['gender-perspective', 'leadership'],
    ),
    op(
      9,
      'Commissions of inquiry should have expertise in sexual and gender-based crimes so they can document them accurately.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      10,
      'Parties must stop all sexual violence and make and keep time-bound commitments, with orders, codes of conduct and investigations, and name a senior official to answer for them.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      11,
      "Women, civil society and women's organizations, and community leaders can press parties to armed conflict to end sexual violence.",
      ['sexual-violence', 'gender-perspective'],
    ),
    op(
      12,
      "Mediators and envoys should raise sexual violence with the parties and with women, women's organizations and survivors, and peace agreements and ceasefires should address it and keep it out of amnesties.",
      ['sexual-violence', 'gender-perspective', 'accountability'],
    ),
    op(
      13,
      'Sanctions committees should apply targeted sanctions to those who commit or direct sexual violence in conflict, within their designation criteria.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      14,
      'Peacekeepers help prevent sexual violence: all contingents should be trained on sexual and gender-based violence, and contributors should recruit and deploy more women.',
      ['sexual-violence', 'prevention', 'participation'],
    ),
    op(
      15,
      'Zero tolerance of sexual exploitation and abuse by UN personnel should be enforced more strongly, and Member States should hold their nationals accountable, prosecution included.',
      ['sexual-violence', 'leadership', 'accountability'],
    ),
    op(
      16,
      'The UN should help national authorities, with women taking part, address sexual violence in demobilization, security sector reform and justice reform, bringing more women into those sectors.',
      ['sexual-violence', 'relief-recovery', 'participation'],
    ),
    op(
      17,
      'Women and children abducted into armed groups are especially exposed to sexual violence, and parties must identify and release them at once.',
      ['sexual-violence', 'protection'],
    ),
    op(
      19,
      'Survivors of sexual violence should receive timely and comprehensive health, psychosocial, legal and livelihood services without discrimination, with support for national institutions and the Trust Fund for Victims.',
      ['sexual-violence', 'relief-recovery'],
    ),
    op(
      20,
      'Sexual violence in conflict is linked to HIV, which falls hardest on women and girls, and national health systems need support to help them.',
      ['sexual-violence', 'relief-recovery'],
    ),
    op(
      21,
      "Civil society and women's organizations can strengthen community protection against sexual violence and help survivors reach justice and reparations.",
      ['sexual-violence', 'protection'],
    ),
    op(
      22,
      'The Secretary-General should keep reporting every year on the WPS resolutions and this one, the next report being due by March 2014.',
      ['accountability', 'sexual-violence'],
    ),
  ],
  cites: [
    pressRelease('SC/11043', 'https://press.un.org/en/2013/sc11043.doc.htm'),
    fromFacts(
      'https://tinarobiollemoul.com/2013/07/02/u-n-security-council-new-resolution-on-conflict-related-sexual-violence/',
      'UN Women: the fourth resolution focused on conflict-related sexual violence',
    ),
  ],
};
