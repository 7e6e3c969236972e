/**
 * S/RES/2122 (2013). No provision is listed: no source we could read gives
 * its paragraph numbers (see docs/kb-sources.md, "Left out").
 */
import type { KbDocument } from '../../types';
import { checkedSource, pressRelease } from '../sources';

export const res2122: KbDocument = {
  symbol: 'S/RES/2122 (2013)',
  kind: 'sc-resolution',
  title: "Resolution 2122 (2013) on women's leadership and participation",
  date: '2013-10-18',
  meeting: 'S/PV.7044',
  vote: 'unanimous',
  summary:
    "Places women's leadership and participation at the heart of preventing and resolving conflict and of recovery from it. The Council welcomes more regular briefings from the head of UN-Women and the Special Representative on sexual violence in conflict, asks the peacekeeping and political affairs departments to cover WPS in their regular briefings, and asks the Secretary-General and his envoys and representatives to report on how they bring women into peace talks. It also invites the Secretary-General to commission a global study on implementing 1325 ahead of a high-level review in 2015. Adopted during an open debate on women, the rule of law and transitional justice.",
  themes: ['participation', 'accountability', 'oversight'],
  provisions: [],
  cites: [
    pressRelease('SC/11149', 'https://press.un.org/en/2013/sc11149.doc.htm'),
    checkedSource(
      'http://wps.unwomen.org/en/high-level-review',
      'UN Women: in 2122 the Council invited the Secretary-General to commission a global study on 1325 ahead of the 2015 High-level Review',
    ),
  ],
};
