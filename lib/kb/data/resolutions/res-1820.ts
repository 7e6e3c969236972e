/** S/RES/1820 (2008). Paragraph numbers from the CRSV paragraph dataset. */
import type { KbDocument } from '../../types';
import { checkedSource, fromFacts, pressRelease } from '../sources';
import { crsvProvisions } from './crsv-op';

const SYMBOL = 'S/RES/1820 (2008)';
const op = crsvProvisions(SYMBOL);

export const res1820: KbDocument = {
  symbol: SYMBOL,
  kind: 'sc-resolution',
  title: 'Resolution 1820 (2008) on sexual violence in armed conflict',
  date: '2008-06-19',
  // The 5916th meeting is given only by Wikipedia mirrors: left out until a UN source confirms it.
  vote: 'unanimous',
  summary:
    'Adopted after a day-long ministerial debate, it is the first time the Council recognized that sexual violence in conflict can be a tactic of warfare that threatens international peace and security. It demands that all parties stop sexual violence against civilians at once, asks them to protect women and girls through discipline, training and vetting, states that rape can amount to war crimes, crimes against humanity or genocide and must be kept out of amnesties, announces that sanctions regimes may target those responsible, and asks the Secretary-General for guidelines, training and a first report by mid-2009.',
  themes: ['sexual-violence', 'protection', 'accountability', 'leadership', 'participation'],
  provisions: [
    op(
      1,
      'Sexual violence used as a tactic of war, or in widespread or systematic attacks on civilians, can worsen conflict and stand in the way of peace, and the Council is ready to act against it.',
      ['sexual-violence'],
    ),
    op(
      2,
      'All parties to armed conflict must stop every act of sexual violence against civilians immediately.',
      ['sexual-violence', 'protection'],
    ),
    op(
      3,
      'Parties must protect civilians, women and girls among them, from sexual violence by disciplining troops, holding commanders responsible, training, vetting and evacuating people at risk, and the Secretary-General should foster dialogue on it that hears local women.',
      ['sexual-violence', 'protection', 'prevention'],
    ),
    op(
      4,
      'Rape and other sexual violence can be war crimes, crimes against humanity or acts of genocide; they should be excluded from amnesties, and States should prosecute them and give victims equal access to justice.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      5,
      'Country sanctions regimes, when created or renewed, may include targeted and graduated measures against the parties responsible for rape and other sexual violence.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      6,
      'The Secretary-General should develop training so that UN peacekeeping and humanitarian staff can prevent, recognize and respond to sexual violence.',
      ['sexual-violence', 'leadership'],
    ),
    op(
      7,
      'The Secretary-General should strengthen the zero-tolerance policy on sexual exploitation and abuse in peacekeeping, and contributing countries should train their personnel and hold them fully to account.',
      ['sexual-violence', 'leadership', 'accountability'],
    ),
    op(
      8,
      'Troop and police contributors should make their peacekeepers more alert to protecting civilians and preventing sexual violence, if possible by deploying more women.',
      ['sexual-violence', 'protection', 'participation'],
    ),
    op(
      9,
      'The Secretary-General should give peacekeeping operations guidelines for protecting civilians from sexual violence and include observations on the protection of women and girls in all his conflict reports to the Council.',
      ['sexual-violence', 'protection', 'accountability'],
    ),
    op(
      10,
      "The UN, consulting women's organizations, should build ways to protect women and girls from violence in and around refugee and displacement camps and in demobilization and justice and security reform.",
      ['sexual-violence', 'protection', 'relief-recovery'],
    ),
    op(
      11,
      "The Peacebuilding Commission can advise on tackling sexual violence in post-conflict strategies and should ensure that women's civil society is consulted and represented.",
      ['sexual-violence', 'relief-recovery', 'gender-perspective'],
    ),
    op(
      12,
      'The Secretary-General and his envoys should invite women into talks on preventing and settling conflict and on peacebuilding, and parties should let women take part fully at decision-making levels.',
      ['participation'],
    ),
    op(
      13,
      'Member States, UN entities and financial institutions should strengthen national justice and health systems and local networks so that victims of sexual violence get lasting help.',
      ['sexual-violence', 'relief-recovery'],
    ),
    op(
      14,
      'Regional and subregional bodies should adopt policies and advocacy for women and girls affected by sexual violence in conflict.',
      ['sexual-violence'],
    ),
    op(
      15,
      'The Secretary-General should report by 30 June 2009 on implementation, with information on where sexual violence is widespread or systematic, its trends, strategies and benchmarks against it, and better collection of information.',
      ['sexual-violence', 'accountability'],
    ),
  ],
  cites: [
    pressRelease('SC/9364', 'http://www.un.org/News/Press/docs/2008/sc9364.doc.htm'),
    fromFacts(
      'http://peacemaker.un.org/node/1919',
      'first recognition of conflict-related sexual violence as a tactic of warfare and a threat to peace',
    ),
    checkedSource(
      'http://mewc.org/index.php/tools/resources/232-security-council-resolution-1820-what-it-says-why-it-matters-how-it-works-',
      'NGOWG summary: adopted 19 June 2008; asks for a report on situations of widespread or systematic sexual violence',
    ),
  ],
};
