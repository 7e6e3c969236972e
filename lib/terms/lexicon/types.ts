import type { ThemeId } from '../../model/themes';
import type { CueId } from '../cues';
import type { Script } from '../pattern';
import { ENTRIES, type EntryId } from './entries';

/** The six official UN languages the lexicon covers. */
export type Lang = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh';

/** One term of the lexicon, with every form it takes in one language. */
export interface LexiconEntry {
  /** The same id in every language, e.g. `vaw` for "violence against women". */
  id: string;
  themes: readonly ThemeId[];
  cues: readonly CueId[];
  /** Forms in the pattern language of ../pattern.ts. */
  forms: readonly string[];
  /** Acronyms (SEA, FGM, NAP) match only in the case written. */
  caseSensitive?: boolean;
  /**
   * A name (an institution, a treaty) whose words must not count as context:
   * "Commission on the Status of Women" is not a mention of women.
   */
  entity?: boolean;
}

export interface Lexicon {
  lang: Lang;
  script: Script;
  entries: readonly LexiconEntry[];
}

/**
 * A language's lexicon from its forms: `[id, ...forms]` per entry, in order
 * of preference; what each id means comes from entries.ts.
 */
export function lexicon(
  lang: Lang,
  script: Script,
  rows: readonly (readonly [EntryId, ...string[]])[],
): Lexicon {
  return {
    lang,
    script,
    entries: rows.map(([id, ...forms]) => ({ id, forms, ...ENTRIES[id] })),
  };
}
