/**
 * S/RES/2493 (2019). No provision is listed: no source we could read gives
 * its paragraph numbers (see docs/kb-sources.md, "Left out").
 */
import type { KbDocument } from '../../types';
import { fromFacts, pressRelease } from '../sources';

export const res2493: KbDocument = {
  symbol: 'S/RES/2493 (2019)',
  kind: 'sc-resolution',
  title: 'Resolution 2493 (2019) on full implementation of the women, peace and security agenda',
  date: '2019-10-29',
  meeting: 'S/PV.8649',
  vote: 'unanimous',
  summary:
    "The tenth WPS resolution, adopted as the twentieth anniversary of 1325 approached. It asks Member States to carry out all the earlier WPS resolutions in full, asks those who support peace processes to make room for women's full, equal and meaningful participation from the earliest stages, calls for safe conditions in which women who lead, build peace, defend human rights or hold political roles can work, and for action against the threats, harassment, violence and hate speech aimed at them, and still aims to bring more women, civilian and uniformed, into peacekeeping.",
  themes: ['participation', 'protection', 'oversight'],
  provisions: [],
  cites: [
    pressRelease('SC/13998', 'https://press.un.org/en/2019/sc13998.doc.htm'),
    fromFacts('https://gps.prio.org/News/Item/?x=1185', 'PRIO: the tenth WPS resolution'),
  ],
};
