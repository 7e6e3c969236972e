import type { ThemeId } from '../model/themes';

/** One lexicon term found in a text (issue #4). */
export interface TermMention {
  /** UTF-16 indices: `text.slice(start, end) === mention.text`. */
  start: number;
  end: number;
  text: string;
  /** Stable id of the lexicon entry, e.g. `crsv` or `gender-perspective`. */
  termId: string;
  themes: ThemeId[];
  /** Language of the lexicon entry that matched. */
  lang: string;
}

export interface FindTermsOptions {
  /** 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh'; detected when absent. */
  lang?: string;
}
