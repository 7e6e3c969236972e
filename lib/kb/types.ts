/**
 * The knowledge base's shape. Every fact carries the source it comes from
 * (a UN symbol and paragraph, or the document/URL the facts file names).
 * Texts are in our own words.
 */
import type { RecommendationId, ThemeId } from '../model/themes';

export interface Citation {
  /** The UN symbol the fact comes from, e.g. `S/RES/1325 (2000)` or `SC/12076`. */
  symbol?: string;
  /** Paragraph within that document, e.g. `OP3`, `PP5`, `para. 2`. */
  paragraph?: string;
  /** A public URL where the source was read. */
  url?: string;
  /** Free text when neither says enough, e.g. "NGOWG open letter, 16 October 2007". */
  note?: string;
}

export interface Provision {
  /** As the document numbers it: `OP1`, `OP16-17`, `PP3`. */
  paragraph: string;
  /** One sentence, our words. */
  summary: string;
  themes: ThemeId[];
  cites: Citation[];
}

export type KbDocumentKind =
  | 'sc-resolution'
  | 'presidential-statement'
  | 'sg-report'
  | 'action-plan'
  | 'meeting-record'
  | 'press-release';

export interface KbDocument {
  /** Canonical UN symbol, as lib/symbols writes it. */
  symbol: string;
  /**
   * Other canonical symbols of the same document: the other half of a joint
   * symbol (`A/65/354` for `A/65/354-S/2010/466`). Lookups find it by either.
   */
  aliases?: string[];
  kind: KbDocumentKind;
  title: string;
  /** ISO date of adoption/issue, when verified. */
  date?: string;
  /** Meeting record symbol, e.g. `S/PV.4213`, when verified. */
  meeting?: string;
  /** e.g. `unanimous (15-0-0)` or `13-0-2 (China, Russian Federation abstaining)`, when verified. */
  vote?: string;
  /** One paragraph, our words. */
  summary: string;
  themes: ThemeId[];
  provisions: Provision[];
  cites: Citation[];
}

export interface Recommendation {
  id: RecommendationId;
  /** Short text, our words. */
  text: string;
  themes: ThemeId[];
  /**
   * How the themes combine, as THEMES.md states them: the recommendation is
   * answered by a provision or passage carrying every theme of at least one
   * group. `ngowg-2007-2a` is `accountability` with `sexual-violence` or
   * `participation`: `[['accountability', 'sexual-violence'], ['accountability', 'participation']]`.
   */
  answeredBy: ThemeId[][];
  cites: Citation[];
}

export interface KnowledgeBase {
  /** Bumped whenever the data changes (semver). */
  version: string;
  documents: KbDocument[];
  recommendations: Recommendation[];
}
