/**
 * What each lexicon entry means, the same in every language: the themes it
 * points to, its context cues (../cues.ts), whether it is a case-sensitive
 * acronym or a name whose words count for nothing. The language files only
 * give the forms each entry takes; keeping the meaning here keeps the six
 * languages consistent (and the content-script bundle small).
 */
import type { ThemeId } from '../../model/themes';
import type { CueId } from '../cues';

export interface EntryMeta {
  themes: readonly ThemeId[];
  cues: readonly CueId[];
  /** Acronyms (SEA, FGM, NAP) match only in the case written. */
  caseSensitive?: true;
  /** A name (an institution, a treaty) whose words must not count as context. */
  entity?: true;
}

export const ENTRIES = {
  // Names whose words are not mentions of women or gender.
  'un-women': { themes: [], cues: ['un'], entity: true },
  csw: { themes: [], cues: [], entity: true },
  cedaw: { themes: [], cues: [], entity: true },
  beijing: { themes: [], cues: [], entity: true },
  srh: { themes: [], cues: [], entity: true },
  'conflict-of-interest': { themes: [], cues: [], entity: true },
  'offender-reintegration': { themes: [], cues: [], entity: true },
  // "Sex" as one dimension of a standard disaggregation list is not a gender perspective.
  'disaggregation-list': { themes: [], cues: ['report'], entity: true },
  // sexual-violence
  crsv: { themes: ['sexual-violence'], cues: ['conflict', 'violence'] },
  'sexual-violence': { themes: ['sexual-violence'], cues: ['violence'] },
  gbv: { themes: ['sexual-violence'], cues: ['violence', 'gender'] },
  sgbv: { themes: ['sexual-violence'], cues: ['violence', 'gender'], caseSensitive: true },
  vaw: { themes: ['sexual-violence'], cues: ['violence', 'women'] },
  'domestic-violence': { themes: ['sexual-violence'], cues: ['violence'] },
  rape: { themes: ['sexual-violence'], cues: ['violence'] },
  sea: { themes: ['sexual-violence'], cues: ['violence'] },
  'sea-acronym': { themes: ['sexual-violence'], cues: ['violence'], caseSensitive: true },
  'sexual-harassment': { themes: ['sexual-violence'], cues: ['violence'] },
  'sexual-slavery': { themes: ['sexual-violence'], cues: ['violence', 'conflict'] },
  trafficking: { themes: ['sexual-violence'], cues: ['violence'] },
  fgm: { themes: ['sexual-violence'], cues: ['violence', 'women'] },
  'fgm-acronym': { themes: ['sexual-violence'], cues: ['violence', 'women'], caseSensitive: true },
  'child-marriage': { themes: ['sexual-violence'], cues: ['violence'] },
  femicide: { themes: ['sexual-violence'], cues: ['violence', 'women'] },
  'rape-weapon': { themes: ['sexual-violence'], cues: ['violence', 'conflict'] },
  // participation (candidates: lib/link drops those about economic life only)
  'participation-of-women': { themes: ['participation'], cues: ['women'] },
  'women-in-office': { themes: ['participation'], cues: ['women'] },
  'women-mediators': { themes: ['participation'], cues: ['women', 'peace'] },
  political: { themes: [], cues: ['political'] },
  decision: { themes: [], cues: ['decision'] },
  'conflict-resolution': { themes: [], cues: ['peace', 'conflict'] },
  'peace-process': { themes: [], cues: ['peace'] },
  economic: { themes: [], cues: ['economic'] },
  // protection (candidates: lib/link requires a conflict or crisis setting)
  whrd: { themes: ['protection'], cues: ['women', 'rights'] },
  'protection-of-women': { themes: ['protection'], cues: ['women', 'protect'] },
  'rights-of-women': { themes: ['protection'], cues: ['women', 'rights'] },
  singled: { themes: [], cues: ['singled', 'women'] },
  protect: { themes: [], cues: ['protect'] },
  rights: { themes: [], cues: ['rights'] },
  harm: { themes: [], cues: ['harm'] },
  // prevention
  'conflict-prevention': { themes: [], cues: ['prevent', 'conflict'] },
  'early-warning': { themes: [], cues: ['prevent'] },
  'gender-early-warning': { themes: ['prevention', 'gender-perspective'], cues: ['prevent', 'gender'] },
  prevent: { themes: [], cues: ['prevent'] },
  cve: { themes: [], cues: ['security-risk', 'prevent'] },
  'security-risk': { themes: [], cues: ['security-risk'] },
  // relief-recovery
  'survivor-centred': { themes: ['relief-recovery'], cues: ['survivor'] },
  'displaced-women': { themes: ['relief-recovery'], cues: ['women', 'recovery'] },
  recovery: { themes: [], cues: ['recovery'] },
  services: { themes: [], cues: ['services'] },
  survivor: { themes: [], cues: ['survivor'] },
  // gender-perspective
  'gender-perspective': { themes: ['gender-perspective'], cues: ['gender'] },
  'sex-disaggregated-data': { themes: ['gender-perspective'], cues: ['gender', 'report'] },
  'gender-expertise': { themes: ['gender-perspective'], cues: ['gender'] },
  'womens-organizations': { themes: [], cues: ['orgs', 'women'] },
  'civil-society': { themes: [], cues: ['orgs'] },
  consult: { themes: [], cues: ['consult'] },
  mainstream: { themes: [], cues: ['mainstream'] },
  // accountability
  'justice-for-women': { themes: ['accountability'], cues: ['justice', 'women'] },
  'access-to-justice': { themes: [], cues: ['justice'] },
  impunity: { themes: [], cues: ['sanction'] },
  'monitoring-arrangements': { themes: ['accountability', 'sexual-violence'], cues: ['report'] },
  report: { themes: [], cues: ['report'] },
  sanction: { themes: [], cues: ['sanction'] },
  // leadership (UN personnel)
  'zero-tolerance': { themes: [], cues: ['conduct'] },
  personnel: { themes: [], cues: ['personnel'] },
  training: { themes: [], cues: ['training'] },
  'women-senior-un': { themes: ['leadership', 'participation'], cues: ['women', 'un'] },
  'gender-training': { themes: [], cues: ['training', 'gender'] },
  // oversight
  'wps-nap': { themes: ['oversight'], cues: ['nap', 'wps'] },
  'wps-machinery': { themes: ['oversight'], cues: ['wps'] },
  swap: { themes: ['oversight'], cues: [], caseSensitive: true },
  nap: { themes: [], cues: ['nap'] },
  'nap-acronym': { themes: [], cues: ['nap'], caseSensitive: true },
  wps: { themes: [], cues: ['wps'] },
  'wps-acronym': { themes: [], cues: ['wps'], caseSensitive: true },
  // settings and other context
  conflict: { themes: [], cues: ['conflict'] },
  violence: { themes: [], cues: ['violence'] },
  // Single words last, so that the phrases they start win ("women, peace and security").
  'women-and-men': { themes: [], cues: ['women', 'gender'] },
  gender: { themes: [], cues: ['gender'] },
  women: { themes: [], cues: ['women'] },
  council: { themes: [], cues: ['council', 'un'] },
  'council-short': { themes: [], cues: ['un'], caseSensitive: true },
  un: { themes: [], cues: ['un'] },
  'un-acronyms': { themes: [], cues: ['un'], caseSensitive: true },
  reportedly: { themes: [], cues: [], entity: true },
  empowerment: { themes: [], cues: [], entity: true },
} satisfies Record<string, EntryMeta>;

export type EntryId = keyof typeof ENTRIES;
