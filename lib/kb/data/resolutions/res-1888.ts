/** S/RES/1888 (2009). Paragraph numbers from the CRSV paragraph dataset (OP4, 8, 10, 12 also in the facts file). */
import type { KbDocument } from '../../types';
import { fromFacts, pressRelease } from '../sources';
import { crsvProvisions } from './crsv-op';

const SYMBOL = 'S/RES/1888 (2009)';
const op = crsvProvisions(SYMBOL);

export const res1888: KbDocument = {
  symbol: SYMBOL,
  kind: 'sc-resolution',
  title: 'Resolution 1888 (2009) on sexual violence in armed conflict',
  date: '2009-09-30',
  meeting: 'S/PV.6195',
  vote: 'unanimous',
  summary:
    "Builds machinery on top of 1820 (2008). It has the Secretary-General name a Special Representative to lead the UN's work against sexual violence in conflict, to send a team of rule-of-law experts to situations of particular concern, and to report more systematically; it has peacekeeping mandates protect women and children from sexual violence, with women's protection advisers, and it presses for justice for survivors, services for them, and more women in mediation and peacekeeping. US Secretary of State Hillary Clinton chaired the meeting.",
  themes: [
    'sexual-violence',
    'accountability',
    'protection',
    'relief-recovery',
    'participation',
    'leadership',
  ],
  provisions: [
    op(2, 'All parties to armed conflict must end every act of sexual violence at once.', [
      'sexual-violence',
      'protection',
    ]),
    op(
      3,
      'Parties must protect civilians from sexual violence through military discipline, command responsibility, training, countering myths and vetting of armed and security forces.',
      ['sexual-violence', 'protection', 'prevention'],
    ),
    op(
      4,
      "The Secretary-General should appoint a Special Representative to give strategic leadership and coordinate the UN's response to sexual violence in armed conflict, working mainly through the inter-agency UN Action network.",
      ['sexual-violence', 'leadership'],
    ),
    op(
      6,
      'States should reform their laws and courts without delay so that perpetrators of sexual violence in conflict are tried and survivors obtain justice, dignity, protection and redress.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      7,
      'Parties should investigate every report of sexual violence and bring those accused to justice, and commanders and civilian superiors should use their authority to prevent it.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      8,
      'The Secretary-General should be able to deploy a team of experts rapidly where sexual violence is of particular concern, so that national authorities can build up the rule of law and tackle impunity.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      10,
      'Targeted sanctions may list rape and other sexual violence among their designation criteria, and UN missions and bodies should pass what they know about sexual violence to sanctions committees.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      11,
      'Peacekeeping mandates should include provisions on preventing and responding to sexual violence, with matching reporting to the Council.',
      ['sexual-violence', 'accountability', 'prevention'],
    ),
    op(
      12,
      "Peacekeeping mandates will provide for protecting women and children from rape and other sexual violence, including women's protection advisers among gender advisers and human rights units, whose need the Secretary-General should assess for each operation.",
      ['sexual-violence', 'protection', 'gender-perspective'],
    ),
    op(
      13,
      "States should widen victims' access to health care, psychosocial support, legal aid and help to rebuild their livelihoods, especially in rural areas.",
      ['sexual-violence', 'relief-recovery'],
    ),
    op(
      14,
      "The Council means to use its field visits to meet local women and women's organizations about their concerns.",
      ['gender-perspective'],
    ),
    op(
      15,
      'National and local leaders, traditional and religious ones included, should help communities reject the stigma on victims, support their reintegration and oppose impunity.',
      ['sexual-violence', 'relief-recovery'],
    ),
    op(
      16,
      'The Secretary-General, Member States and regional organizations should bring more women into mediation and into decisions on settling conflict and building peace.',
      ['participation'],
    ),
    op(
      17,
      'Sexual violence should be on the agenda of every UN-sponsored peace negotiation from the start, in ceasefires, disarmament and security reform, vetting, justice, reparations and recovery.',
      ['sexual-violence', 'protection'],
    ),
    op(
      18,
      'The Peacebuilding Commission should promote gender-based approaches after conflict and encourage measures against sexual violence in post-conflict strategies.',
      ['gender-perspective', 'sexual-violence', 'relief-recovery'],
    ),
    op(
      19,
      'Member States should send more women soldiers and police officers to UN peacekeeping and train all their personnel adequately.',
      ['participation'],
    ),
    op(
      20,
      'The Secretary-General should help troop and police contributors include guidance on sexual violence in pre-deployment and induction training.',
      ['sexual-violence', 'leadership'],
    ),
    op(
      21,
      'The zero-tolerance policy on sexual exploitation and abuse in peacekeeping should be strengthened, with training and full accountability by contributing countries.',
      ['sexual-violence', 'leadership', 'accountability'],
    ),
    op(
      22,
      'UN entities should mainstream gender systematically, with enough money and staff, and coordinate better on sexual violence.',
      ['gender-perspective'],
    ),
    op(
      24,
      'The Secretary-General should report more systematically on trends, patterns and early-warning signs of sexual violence in all relevant reports, and other senior UN officials should brief the Council on it.',
      ['sexual-violence', 'accountability', 'prevention'],
    ),
    op(
      25,
      "The Secretary-General's regular reports on each peacekeeping operation should say what has been done to protect civilians, women and children above all, from sexual violence.",
      ['sexual-violence', 'accountability', 'protection'],
    ),
    op(
      26,
      'Urgently, preferably within three months, the Secretary-General should propose how the UN can monitor and report more effectively on the protection of women and children from rape and other sexual violence.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      27,
      'Annual reports on 1820 should continue, the next by September 2010, with a plan for collecting information, the work of mission focal points, and information on parties credibly suspected of patterns of sexual violence.',
      ['sexual-violence', 'accountability'],
    ),
  ],
  cites: [
    fromFacts(
      'https://digitallibrary.un.org/record/666430',
      'adopted 30 September 2009 at the 6195th meeting',
    ),
    pressRelease('SC/9753', 'https://press.un.org/en/2009/sc9753.doc.htm'),
  ],
};
