/**
 * Facts we wanted but left out because no source we could read confirms
 * them (the facts file marks most of them UNVERIFIED). Listed in
 * docs/kb-sources.md so nobody adds them back from memory.
 */
export interface LeftOut {
  what: string;
  why: string;
}

export const leftOut: LeftOut[] = [
  {
    what: 'Press release numbers SC/6942 (adoption of 1325) and SC/9759 (adoption of 1889)',
    why: 'commonly cited, but no source seen gives them; the facts file marks them UNVERIFIED',
  },
  {
    what: 'The meeting record of 1820 (2008), said to be S/PV.5916',
    why: 'only Wikipedia mirrors give the 5916th meeting; no UN source seen',
  },
  {
    what: 'Provisions of 2122 (2013) and 2493 (2019), and of 1889 (2009) other than OP17',
    why: 'no source we could read gives their paragraph numbers, so their content stays in the document summary',
  },
  {
    what: 'The operative paragraph of 2122 (2013) that invites the global study',
    why: 'the invitation is confirmed (UN Women), its paragraph number is not',
  },
  {
    what: 'Numbered provisions of S/PRST/2004/40',
    why: 'presidential statements do not number their paragraphs; its content is in the document summary',
  },
  {
    what: 'That A/65/354-S/2010/466 answers the report request of 1889 (2009)',
    why: 'an inference in the facts file, marked UNVERIFIED',
  },
  {
    what: 'The date of S/2007/567 (often given as 12 September 2007)',
    why: 'no source seen gives it; the symbol itself is confirmed by the 2007 open letter',
  },
  {
    what: 'Dates of S/2004/814, S/2005/636, S/2006/770, S/2008/622, S/2009/362, A/65/354-S/2010/466, S/2010/498, A/65/592-S/2010/604 and S/2019/800',
    why: 'no source seen gives them',
  },
  {
    what: 'The symbol of the presidential statement of 29 October 2008 (its press release is SC/9487)',
    why: 'marked UNVERIFIED in the facts file',
  },
  {
    what: 'The 2012 UN System-wide Action Plan on Gender Equality and the Empowerment of Women (UN-SWAP)',
    why: 'a different instrument that no source here covers',
  },
  {
    what: 'UN Digital Library record numbers other than record/666430 (1888)',
    why: 'taken from a third-party table; only record/666430 was opened and matched',
  },
];
