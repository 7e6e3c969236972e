/** S/RES/1889 (2009). Only OP17 has a paragraph number from a source we read. */
import type { KbDocument } from '../../types';
import { checkedSource, fromFacts } from '../sources';

const SYMBOL = 'S/RES/1889 (2009)';

export const res1889: KbDocument = {
  symbol: SYMBOL,
  kind: 'sc-resolution',
  title: "Resolution 1889 (2009) on women's participation in peacebuilding",
  date: '2009-10-05',
  meeting: 'S/PV.6196',
  vote: 'unanimous',
  summary:
    "Turns to the period after peace agreements. It calls for measures that let women take part in every stage of peace processes, asks that women's protection and empowerment shape post-conflict needs assessments, planning, funding and programmes, asks demobilization planners to meet the needs of women and girls linked to armed groups and of their children, and condemns continuing sexual violence. It requests from the Secretary-General a report within a year on women in post-conflict situations and for global indicators to track 1325, which led to the indicators of S/2010/173 and S/2010/498.",
  themes: ['participation', 'relief-recovery', 'accountability'],
  provisions: [
    {
      paragraph: 'OP17',
      summary:
        'Within six months the Secretary-General should put to the Council a set of global indicators for tracking resolution 1325, to serve UN entities, other organizations and Member States as a common basis for reporting from 2010 on.',
      themes: ['accountability'],
      cites: [
        {
          ...checkedSource(
            'https://peacewomen.org/security-council/WPS-indicators-and-monitoring/background',
            'PeaceWomen quotes 1889 OP17, the request for global indicators within six months',
            SYMBOL,
          ),
          paragraph: 'OP17',
        },
        checkedSource(
          'https://www.stopvaw.org/unifem_welcomes_un_security_council_support_for_comprehensive_set_of_indicators_on_the_implementation_of_resolution_1325',
          'UNIFEM press release of 27 April 2010: S/2010/173 follows the request of 1889 for indicators within six months',
        ),
      ],
    },
  ],
  cites: [
    fromFacts('http://unscr.com/en/resolutions/1889', 'adopted 5 October 2009 at the 6196th meeting'),
    fromFacts('https://press.un.org/en/content/security-council?page=575', 'unanimous adoption'),
    fromFacts(
      'https://wikizero.com/m/United_Nations_Security_Council_Resolution_1889',
      'press-release text: post-conflict needs assessment, demobilization, a report within 12 months on women in post-conflict situations',
    ),
    fromFacts(
      'https://www.bridge.ids.ac.uk/global-resources/resource/A71326',
      'indicators: S/2010/173, then 26 indicators in S/2010/498',
    ),
  ],
};
