/** S/RES/1960 (2010). Paragraph numbers from the CRSV paragraph dataset (OP3 and OP8 also in the facts file). */
import type { KbDocument } from '../../types';
import { fromFacts, pressRelease } from '../sources';
import { crsvProvisions } from './crsv-op';

const SYMBOL = 'S/RES/1960 (2010)';
const op = crsvProvisions(SYMBOL);

export const res1960: KbDocument = {
  symbol: SYMBOL,
  kind: 'sc-resolution',
  title: 'Resolution 1960 (2010) on accountability for conflict-related sexual violence',
  date: '2010-12-16',
  meeting: 'S/PV.6453',
  vote: 'unanimous',
  summary:
    "Gives the Council tools to hold parties to account for sexual violence in conflict. The Secretary-General is to name, in an annex to his annual reports, the parties credibly suspected of being behind patterns of rape and other sexual violence, a list the Council means to use for engagement and, where fitting, sanctions; to set up monitoring, analysis and reporting arrangements; and to follow the time-bound commitments parties are asked to make. It also looks to more women protection advisers. Adopted as a two-day open debate began, following A/65/592-S/2010/604, the Secretary-General's report on 1820 and 1888.",
  themes: ['sexual-violence', 'accountability'],
  provisions: [
    op(
      3,
      "The Secretary-General's annual reports should detail the parties credibly suspected of rape and other sexual violence and list in an annex those behind patterns of it, a list the Council will use as a basis for engagement and possible sanctions.",
      ['sexual-violence', 'accountability'],
    ),
    op(
      4,
      "The listing and de-listing of parties should follow the criteria set out in the Secretary-General's report A/64/742-S/2010/181.",
      ['sexual-violence', 'accountability'],
    ),
    op(
      5,
      'Parties to armed conflict should make and keep specific, time-bound commitments against sexual violence, such as clear orders down the chain of command, codes of conduct and prompt investigation of alleged abuses.',
      ['sexual-violence', 'accountability', 'prevention'],
    ),
    op(
      6,
      'The Secretary-General should track how parties keep those commitments and keep the Council informed.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      7,
      'Targeted sanctions may include criteria on rape and other sexual violence, and UN missions and representatives should share information on sexual violence with sanctions committees.',
      ['sexual-violence', 'accountability'],
    ),
    op(
      8,
      "The Secretary-General should set up monitoring, analysis and reporting arrangements on conflict-related sexual violence, working with civil society, health providers and women's groups to improve the data.",
      ['sexual-violence', 'accountability'],
    ),
    op(
      10,
      'The Council values gender advisers and expects more women protection advisers to be appointed to peacekeeping missions.',
      ['gender-perspective', 'sexual-violence', 'protection'],
    ),
    op(
      11,
      "Member States should use the Secretary-General's scenario-based training material on sexual violence when preparing peacekeepers.",
      ['sexual-violence', 'leadership'],
    ),
    op(
      13,
      'The Council will weigh sexual violence when authorizing and renewing mandates and may ask for gender expertise in technical assessment missions.',
      ['sexual-violence', 'gender-perspective'],
    ),
    op(
      15,
      'Member States should deploy more women soldiers and police to peacekeeping and train all personnel on sexual and gender-based violence.',
      ['participation', 'sexual-violence'],
    ),
    op(
      16,
      'Zero tolerance of sexual exploitation and abuse by UN peacekeeping and humanitarian staff should be enforced more strongly, with guidance on sexual violence in pre-deployment training.',
      ['sexual-violence', 'leadership'],
    ),
    op(
      18,
      'Annual reports on 1820 and 1888 should continue, the next by December 2011, covering the monitoring arrangements and an annex listing the parties.',
      ['sexual-violence', 'accountability'],
    ),
  ],
  cites: [
    pressRelease('SC/10122', 'https://www.un.org/press/en/2010/sc10122.doc.htm'),
    fromFacts(
      'https://peacewomen.org/node/58390',
      'paragraph numbers OP3 and OP8; follows A/65/592-S/2010/604',
    ),
  ],
};
