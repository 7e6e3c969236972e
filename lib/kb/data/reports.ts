/**
 * The Secretary-General's WPS reports the facts file names with a verified
 * symbol, and the System-wide Action Plan (presented in S/2005/636). Dates
 * only where a source gives them.
 */
import type { KbDocument } from '../types';
import { checkedSource, fromFacts, OPEN_LETTER, pressRelease } from './sources';

const UNISPAL_2007 = 'https://www.un.org/unispal/document/auto-insert-189806';

export const reports: KbDocument[] = [
  {
    symbol: 'S/2004/814',
    kind: 'sg-report',
    title: "Secretary-General's report on women and peace and security (2004)",
    summary:
      "The Secretary-General's 2004 report on women and peace and security, on the agenda of the Council's 5066th meeting in October 2004, where S/PRST/2004/40 was issued.",
    themes: ['accountability'],
    provisions: [],
    cites: [
      fromFacts(
        undefined,
        'WPS report 2004 on the S/PV.5066 agenda; recalled in S/PRST/2004/40',
        'S/2004/814',
      ),
    ],
  },
  {
    symbol: 'S/2005/636',
    kind: 'action-plan',
    title: 'United Nations System-wide Action Plan for the implementation of resolution 1325 (2005-2007)',
    summary:
      "The UN system's first attempt at one coherent strategy for carrying out 1325. S/PRST/2004/40 asked for it; a task force of 22 UN entities drew it up, and the Secretary-General presented it in his 2005 report on women and peace and security (S/2005/636), which the Council considered at its 5294th meeting on 27 October 2005, welcoming the Plan. Follow-up reports reviewed it (S/2006/770, then the 2007 report S/2007/567); a revised plan followed for 2008-2009, which the Council wanted evaluated across the system in 2010 and which the 2010 report S/2010/498 reviews. Not to be confused with the separate 2012 UN-SWAP on gender equality.",
    themes: ['oversight', 'accountability'],
    provisions: [],
    cites: [
      fromFacts(
        UNISPAL_2007,
        'mandated by S/PRST/2004/40; covered 2005-2007; first attempt at a holistic UN strategy for 1325',
      ),
      fromFacts(
        'http://www.resdal.org/wps/tools_03.html',
        'drawn up by a task force of 22 UN entities; presented in the 2005 report',
      ),
      pressRelease('SC/8538', 'http://www.reliefweb.int/rw/RWB.NSF/db900SID/EGUA-6HLPW7?OpenDocument'),
      checkedSource(
        'https://archive.org/',
        'S/PV.5294, 27 October 2005: agenda item "Report of the Secretary-General on women and peace and security (S/2005/636)" (archive.org copy of the UN record)',
        'S/PV.5294',
      ),
    ],
  },
  {
    symbol: 'S/2006/770',
    kind: 'sg-report',
    title: 'First follow-up report of the Secretary-General on the System-wide Action Plan (2006)',
    summary:
      'The first follow-up report on the System-wide Action Plan for 1325, welcomed by the Council in S/PRST/2006/42 at its 5556th meeting on 26 October 2006.',
    themes: ['oversight', 'accountability'],
    provisions: [],
    cites: [
      fromFacts(UNISPAL_2007, 'first follow-up report on the SWAP, welcomed in S/PRST/2006/42', 'S/2006/770'),
      pressRelease('SC/8858', 'https://www.un.org/press/en/2006/sc8858.doc.htm'),
    ],
  },
  {
    symbol: 'S/2007/567',
    kind: 'sg-report',
    title: "Secretary-General's report on women and peace and security (2007)",
    summary:
      "The 2007 report, which the NGO Working Group's open letter cites for the progress it records. Answering S/PRST/2006/42, it takes stock of the System-wide Action Plan 2005-2007 and brings it up to date. It was before the Council at the open debate of 23 October 2007 (5766th meeting), where S/PRST/2007/40 welcomed this second follow-up report and requested that the 2008-2009 plan be evaluated across the system in 2010.",
    themes: ['oversight', 'accountability'],
    provisions: [],
    cites: [
      {
        ...OPEN_LETTER,
        note: `${OPEN_LETTER.note}: names S/2007/567 as that year's report of the Secretary-General on WPS`,
      },
      fromFacts(
        UNISPAL_2007,
        'content of the 2007 report: answers S/PRST/2006/42, reviews and updates the SWAP 2005-2007',
      ),
      pressRelease('SC/9151', 'http://www.un.org/press/en/2007/sc9151.doc.htm'),
      fromFacts(
        'http://www.peacewomen.org/security-council/security-council-open-debate-women-peace-and-security-october-2007',
        'S/PRST/2007/40 welcomed the second follow-up report and asked for an evaluation in 2010',
      ),
    ],
  },
  {
    symbol: 'S/2008/622',
    kind: 'sg-report',
    title: "Secretary-General's report on women and peace and security (2008)",
    summary:
      "The Secretary-General's 2008 report on women and peace and security, on the agenda of the Council's 6005th meeting on 29 October 2008.",
    themes: ['accountability'],
    provisions: [],
    cites: [
      fromFacts(
        'https://docslib.org/doc/4628080/united-nations-security-council',
        'agenda of S/PV.6005',
        'S/2008/622',
      ),
    ],
  },
  {
    symbol: 'S/2009/362',
    kind: 'sg-report',
    title: 'Report of the Secretary-General pursuant to resolution 1820 (2008)',
    summary:
      'The first report under resolution 1820 (2008), which asked for it by 30 June 2009 (OP15); the Council debated it at its 6180th meeting on 7 August 2009.',
    themes: ['sexual-violence', 'accountability'],
    provisions: [],
    cites: [
      fromFacts(
        'http://www.undemocracy.com/securitycouncil/meeting_6180-Resu.1/highlight_S-RES-1820(2008)',
        'first report under 1820, debated at S/PV.6180',
        'S/2009/362',
      ),
    ],
  },
  {
    symbol: 'S/2009/465',
    kind: 'sg-report',
    title: "Secretary-General's report on women and peace and security (2009)",
    date: '2009-09-16',
    summary:
      'The report of 16 September 2009 on women and peace and security that resolution 1889 (2009) considered in its preamble.',
    themes: ['accountability'],
    provisions: [],
    cites: [fromFacts('http://unscr.com/en/resolutions/1889', 'cited in the preamble of 1889', 'S/2009/465')],
  },
  {
    symbol: 'S/2010/173',
    kind: 'sg-report',
    title:
      "Secretary-General's report on women and peace and security: indicators for resolution 1325 (2010)",
    date: '2010-04-06',
    summary:
      'Dated 6 April 2010, it proposes a global set of indicators to track 1325, in answer to OP17 of resolution 1889 (2009). The Council took note of them in a presidential statement at its 6302nd meeting and asked for a fuller set, which S/2010/498 presented.',
    themes: ['accountability'],
    provisions: [],
    cites: [
      fromFacts(
        'https://www.bridge.ids.ac.uk/global-resources/resource/A71326',
        'draft 1325 indicators, 6 April 2010',
        'S/2010/173',
      ),
      checkedSource(
        'https://press.un.org/en/2010/sc9914.doc.htm',
        'SC/9914, 6302nd meeting: the Council took note of the indicators in S/2010/173 and asked for a comprehensive set',
        'SC/9914',
      ),
    ],
  },
  {
    symbol: 'S/2010/466',
    aliases: ['A/65/354'],
    kind: 'sg-report',
    title: "Report of the Secretary-General on women's participation in peacebuilding (A/65/354-S/2010/466)",
    summary:
      "The Secretary-General's report to the General Assembly and the Security Council on women's participation in peacebuilding.",
    themes: ['participation', 'relief-recovery'],
    provisions: [],
    cites: [
      fromFacts(
        'https://www.peacewomen.org/e-news/article/recent-open-debates-0',
        "women's participation in peacebuilding",
        'A/65/354-S/2010/466',
      ),
    ],
  },
  {
    symbol: 'S/2010/498',
    kind: 'sg-report',
    title: "Secretary-General's report on women and peace and security (2010)",
    summary:
      'The 2010 report on women and peace and security, which sets out the final 26 indicators for tracking 1325 and reviews the System-wide Action Plan for 2008-2009.',
    themes: ['accountability', 'oversight'],
    provisions: [],
    cites: [
      fromFacts(
        'https://www.bridge.ids.ac.uk/global-resources/resource/A71326',
        '26 indicators; reviews the 2008-2009 SWAP',
        'S/2010/498',
      ),
      fromFacts(
        'https://docslib.org/download/2389639/s-2011-598-security-council',
        'WPS report 2010 (S/2011/598 text)',
      ),
    ],
  },
  {
    symbol: 'S/2010/604',
    aliases: ['A/65/592'],
    kind: 'sg-report',
    title:
      'Report of the Secretary-General on the implementation of resolutions 1820 (2008) and 1888 (2009) (A/65/592-S/2010/604)',
    summary:
      'The report on the implementation of resolutions 1820 (2008) and 1888 (2009) that came before resolution 1960 (2010).',
    themes: ['sexual-violence', 'accountability'],
    provisions: [],
    cites: [
      fromFacts('https://peacewomen.org/node/58390', '1960 follows this report', 'A/65/592-S/2010/604'),
    ],
  },
  {
    symbol: 'S/2011/598',
    kind: 'sg-report',
    title: "Secretary-General's report on women and peace and security (2011)",
    date: '2011-09-29',
    summary: "The Secretary-General's report on women and peace and security of 29 September 2011.",
    themes: ['accountability'],
    provisions: [],
    cites: [
      fromFacts(
        'https://docslib.org/download/2389639/s-2011-598-security-council',
        'WPS report, 29 September 2011',
        'S/2011/598',
      ),
    ],
  },
  {
    symbol: 'S/2013/149',
    kind: 'sg-report',
    title: 'Report of the Secretary-General on conflict-related sexual violence (2013)',
    date: '2013-03-12',
    summary:
      'The report on conflict-related sexual violence of 12 March 2013, which the Council thanked the Secretary-General for in the preamble of resolution 2106 (2013).',
    themes: ['sexual-violence', 'accountability'],
    provisions: [],
    cites: [
      fromFacts(
        'https://lawglobalhub.com/?p=51962',
        'cited in the preamble of 2106 (secondary copy)',
        'S/2013/149',
      ),
    ],
  },
  {
    symbol: 'S/2013/525',
    kind: 'sg-report',
    title: "Secretary-General's report on women and peace and security (2013)",
    date: '2013-09-04',
    summary:
      'The report on women and peace and security of 4 September 2013, which the Council noted with appreciation in the preamble of resolution 2122 (2013).',
    themes: ['accountability'],
    provisions: [],
    cites: [
      fromFacts(
        'http://docplayer.net/21788117-Report-of-the-secretary-general-on-women-and-peace-and-security-i-introduction.html',
        'WPS report, 4 September 2013',
        'S/2013/525',
      ),
      checkedSource(
        'https://lawglobalhub.com/united-nations-security-council-resolution-2122-women-and-peace-and-security',
        'preamble of 2122 takes note of the report of the Secretary-General of 4 September 2013 (secondary copy)',
      ),
    ],
  },
  {
    symbol: 'S/2019/800',
    kind: 'sg-report',
    title: "Secretary-General's report on women and peace and security (2019)",
    summary:
      "The 2019 report on women and peace and security, on the agenda of the 8649th meeting with South Africa's letter S/2019/801, where resolution 2493 (2019) was adopted.",
    themes: ['accountability'],
    provisions: [],
    cites: [
      fromFacts(
        'https://fdocuments.in/document/united-nations-s-security-council-8649-a-atf-a-cf-a-65bfcf9b-spv8649.html',
        'agenda of S/PV.8649 (secondary copy)',
        'S/2019/800',
      ),
    ],
  },
];
