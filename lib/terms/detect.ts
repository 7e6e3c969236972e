/**
 * Cheap language detection for a passage: the script first (Han, Arabic,
 * Cyrillic), then, for Latin script, a handful of function words that tell
 * English, French and Spanish apart. It reads at most the first 600
 * characters, so it costs little next to the matcher.
 */
import type { Lang } from './lexicon/types';

const SAMPLE = 600;

/**
 * Function words (and a few WPS words) that belong to one Latin-script
 * language only, as one native expression per language: counting their hits
 * in the first few hundred characters is enough to tell the three apart.
 */
const FUNCTION_WORDS: Record<'en' | 'fr' | 'es', RegExp> = {
  en: /\b(?:the|of|and|to|is|are|for|with|that|on|by|this|women|girls|against|which|from|be|has|have)\b/gi,
  fr: /\b(?:les|des|du|et|est|sont|pour|dans|une|aux|au|sur|qui|par|ces|cette|leur|leurs|femme|femmes|filles)\b|\b(?:l|d|qu)['\u2019]/gi,
  es: /\b(?:los|las|del|y|el|lo|mi|su|sus|por|para|con|una|al|como|mujeres|mujer|contra|son)\b/gi,
};
const LATIN_SAMPLE = 400;

/** The language of a text among the six UN languages, or undefined when it has no letters. */
export function detectLanguage(text: string): Lang | undefined {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let han = 0;
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
  }
  // A Chinese passage quotes Latin symbols and numbers; a few Han characters decide.
  if (han > 0 && han * 4 >= latin) return 'zh';
  if (arabic >= cyrillic && arabic > latin / 2 && arabic > 0) return 'ar';
  if (cyrillic > latin / 2 && cyrillic > 0) return 'ru';
  if (latin === 0) return undefined;
  return latinLanguage(sample);
}

function latinLanguage(text: string): Lang {
  const sample = text.length > LATIN_SAMPLE ? text.slice(0, LATIN_SAMPLE) : text;
  const score = {
    en: count(sample, FUNCTION_WORDS.en),
    // Letters one language uses and the others do not count as well: short
    // headings ("Violencia contra la mujer") have few function words.
    fr: count(sample, FUNCTION_WORDS.fr) + count(sample, /[çèêëïœàùâîôû]/gi),
    es: count(sample, FUNCTION_WORDS.es) + count(sample, /[ñ¿¡áíóú]/gi),
  };
  return (['en', 'fr', 'es'] as const).reduce((a, b) => (score[b] > score[a] ? b : a));
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}
