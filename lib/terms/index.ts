/**
 * The WPS lexicon matcher (issue #4): finds the terms of every theme of
 * THEMES.md in a passage, in the six UN languages, with one compiled matcher
 * per language (matcher.ts) and a single pass over the text. Runs in the
 * content script on every UN page, so it is DOM-free, small and fast; its
 * one-time set-up per language is cheap and can run ahead in idle time
 * (`prepareTerms`). README.md explains the lexicon and how to add a term.
 */
import { detectLanguage } from './detect';
import { ar } from './lexicon/ar';
import { en } from './lexicon/en';
import { es } from './lexicon/es';
import { fr } from './lexicon/fr';
import { ru } from './lexicon/ru';
import type { Lang, Lexicon } from './lexicon/types';
import { zh } from './lexicon/zh';
import { compileLexicon, type CompiledLexicon, type Deadline } from './matcher';
import { normalizeText, toOriginal } from './normalize';
import type { FindTermsOptions, TermMention } from './types';

export type { FindTermsOptions, TermMention } from './types';
export type { CueId } from './cues';
export type { Lang } from './lexicon/types';
export type { Deadline } from './matcher';
export { detectLanguage } from './detect';

const LEXICONS: Record<Lang, Lexicon> = { en, fr, es, ru, ar, zh };
export const LANGS = Object.keys(LEXICONS) as Lang[];

// Compiled on first use: a page in one language never builds the other five.
const compiled = new Map<Lang, CompiledLexicon>();

function matcherFor(lang: Lang): CompiledLexicon {
  let m = compiled.get(lang);
  if (!m) {
    m = compileLexicon(LEXICONS[lang]);
    compiled.set(lang, m);
  }
  return m;
}

/**
 * Does a language's one-time set-up ahead of its first passage: reads the
 * beginnings of its terms, then compiles their expressions, a few at a time
 * while `deadline.timeRemaining()` (a `requestIdleCallback` deadline, or
 * anything like it) leaves time; all of it without a deadline. Returns true
 * once the language is ready (or is not one of the six), false when there is
 * more to do: call again in the next idle slice. `findTerms` works at any
 * point and does whatever is still needed itself.
 */
export function prepareTerms(lang: string, deadline?: Deadline): boolean {
  const l = lexiconLanguage(lang);
  return l ? matcherFor(l).prepare(deadline) : true;
}

/** The lexicon language for a BCP 47 tag ('fr-CH' → 'fr'), or undefined. */
export function lexiconLanguage(tag: string | undefined): Lang | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  return primary && primary in LEXICONS ? (primary as Lang) : undefined;
}

/**
 * The WPS terms in a text, in order, non-overlapping, with UTF-16 offsets into
 * `text`. The language is `options.lang` when it is one of the six, else
 * detected from the text. Context words come back only with `cues: true`
 * (they may overlap a term that follows them; terms never overlap).
 */
export function findTerms(text: string, options: FindTermsOptions = {}): TermMention[] {
  if (!text) return [];
  const lang = lexiconLanguage(options.lang) ?? detectLanguage(text);
  if (!lang) return [];
  const normalized = normalizeText(text);
  const out: TermMention[] = [];
  for (const { start, end, entry } of matcherFor(lang).scan(normalized.text, options.cues === true)) {
    if (entry.themes.length === 0 && !options.cues) continue;
    const [s, e] = toOriginal(normalized, start, end);
    const mention: TermMention = {
      start: s,
      end: e,
      text: text.slice(s, e),
      termId: entry.id,
      themes: [...entry.themes],
      lang,
    };
    if (options.cues) mention.cues = [...entry.cues];
    out.push(mention);
  }
  return out;
}
