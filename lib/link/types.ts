import type { RecommendationId, ThemeId } from '../model/themes';
import type { SymbolMention } from '../symbols';
import type { TermMention } from '../terms';

export interface RankedRecommendation {
  id: RecommendationId;
  score: number;
  /** Names the words and references that led here. */
  why: string;
}

export interface RankedProvision {
  /** Canonical symbol of the resolution/statement, e.g. `S/RES/1820 (2008)`. */
  symbol: string;
  paragraph: string;
  score: number;
  why: string;
}

export interface PassageAnalysis {
  themes: ThemeId[];
  recommendations: RankedRecommendation[];
  provisions: RankedProvision[];
  symbols: SymbolMention[];
  /** Terms that point to a theme (context words such as "women" are left out). */
  terms: TermMention[];
  /** Why each theme was given, in `themes` order: the words and references that led there. */
  themeReasons?: { theme: ThemeId; why: string }[];
  /**
   * True when the passage bears on women, peace and security: it carries a
   * theme, names the WPS agenda or a WPS resolution, or speaks of women in a
   * conflict setting without fitting a particular theme.
   */
  wps?: boolean;
  /** The language the passage was read in. */
  lang?: string;
}

export interface AnalyzeOptions {
  lang?: string;
  /** Canonical symbol of the document the passage is in. */
  documentSymbol?: string;
}

export interface DocumentOverview {
  passageCount: number;
  /** Passages carrying each theme, and their share of all passages (0..1). */
  themes: { id: ThemeId; count: number; share: number }[];
  /**
   * The 2007 letter's recommendation 2 check: does the document carry
   * information on sexual violence, and on women's participation?
   */
  recommendation2: { sexualViolence: boolean; participation: boolean };
}
