import type { ThemeId } from '../model/themes';
import type { CueId } from './cues';

/** One lexicon term found in a text (issue #4). */
export interface TermMention {
  /** UTF-16 indices: `text.slice(start, end) === mention.text`. */
  start: number;
  end: number;
  text: string;
  /** Stable id of the lexicon entry, e.g. `crsv` or `gender-perspective`; the same in every language. */
  termId: string;
  /**
   * Themes the term points to on its own. Some are candidates that lib/link
   * confirms from context (e.g. "protection of women" needs a conflict or crisis).
   * Empty for context words, which are only returned with `cues: true`.
   */
  themes: ThemeId[];
  /** Language of the lexicon entry that matched. */
  lang: string;
  /** Context classes the words belong to (women, conflict, report, …), for lib/link's rules. */
  cues?: CueId[];
}

export interface FindTermsOptions {
  /** 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh' (a BCP 47 tag such as 'fr-CH' works too); detected when absent. */
  lang?: string;
  /**
   * Also return context words that carry no theme by themselves ("women",
   * "elections", "armed conflict"), which lib/link combines into themes.
   * Off by default, so page highlights show only themed terms.
   */
  cues?: boolean;
}
