/** The ten WPS resolutions, in order of adoption. */
import { res1325 } from './res-1325';
import { res1820 } from './res-1820';
import { res1888 } from './res-1888';
import { res1889 } from './res-1889';
import { res1960 } from './res-1960';
import { res2106 } from './res-2106';
import { res2122 } from './res-2122';
import { res2242 } from './res-2242';
import { res2467 } from './res-2467';
import { res2493 } from './res-2493';

export const resolutions = [
  res1325,
  res1820,
  res1888,
  res1889,
  res1960,
  res2106,
  res2122,
  res2242,
  res2467,
  res2493,
];
