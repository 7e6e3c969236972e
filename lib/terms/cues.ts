/**
 * Context classes ("cues") that lexicon words belong to. A cue carries no
 * theme by itself: lib/link combines cues into themes with the rules of
 * THEMES.md and THEMES-LABELS.md (e.g. women + elections → participation),
 * so that a passing mention of women or gender carries none.
 */
export const CUE_IDS = [
  /** women, girls, female */
  'women',
  /** gender, the sexes */
  'gender',
  /** armed conflict, war, occupation, post-conflict, humanitarian crises */
  'conflict',
  /** peace processes, negotiations, mediation, peacebuilding, conflict resolution */
  'peace',
  /** political life: elections, parliaments, candidates, ministers, public office */
  'political',
  /** decision-making and governance, political unless it is about business */
  'decision',
  /** labour market, employment, business: economic, not political, participation */
  'economic',
  /** protect, protection, safety */
  'protect',
  /** rights, human rights */
  'rights',
  /** harm women suffer as a condition (suffer, subjected to, rights violated), not an incident report */
  'harm',
  /** women singled out: "in particular women and children" */
  'singled',
  /** prevent, prevention, early warning, awareness campaigns */
  'prevent',
  /** violent extremism, small arms: prevention with a gender lens */
  'security-risk',
  /** reporting, monitoring, data, statistics, documentation */
  'report',
  /** investigations, prosecution, penalties, sanctions, impunity */
  'sanction',
  /** justice, access to justice */
  'justice',
  /** relief, recovery, reconstruction, DDR, refugees, displacement, disasters */
  'recovery',
  /** services for survivors: shelters, care, assistance, rehabilitation */
  'services',
  /** survivors, victims, "women who have undergone" */
  'survivor',
  /** integrate, mainstream, cross-cutting */
  'mainstream',
  /** women's organizations, civil society */
  'orgs',
  /** consultation, cooperation, collaboration with */
  'consult',
  /** UN personnel, staff, peacekeepers, contingents */
  'personnel',
  /** zero tolerance, codes and standards of conduct */
  'conduct',
  /** training, terms of reference, job descriptions, performance appraisal */
  'training',
  /** national action plans */
  'nap',
  /** the WPS agenda: "women and peace and security", resolution 1325 */
  'wps',
  /** the Security Council */
  'council',
  /** the United Nations, its missions and peace operations */
  'un',
  /** violence in general (themed only when aimed at women or sexual) */
  'violence',
] as const;

export type CueId = (typeof CUE_IDS)[number];
