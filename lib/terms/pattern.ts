/**
 * The lexicon's small pattern language, compiled to regular-expression source.
 * Lexicon files stay readable, and every variant rule (hyphenation, apostrophes,
 * inflections, Arabic prefixes) is written once here rather than in each term.
 *
 * - A space between words matches any run of whitespace, line breaks included.
 * - `~` joins parts written with a hyphen, a space or nothing:
 *   `gender~based` matches "gender-based", "gender based" and "genderbased"
 *   (which is also what a PDF line break "gender-\nbased" becomes, see normalize.ts).
 * - `'` matches straight and curly apostrophes.
 * - `*` at the end of a word matches up to six more letters (inflections: `насили*`),
 *   and `\p{L}` any letter of the language's script.
 * - `_` standing alone matches up to three other words between its neighbours
 *   (in Chinese, up to eight characters within the clause).
 * - `@` before an Arabic word matches its optional prefixes: و or ف, then ب, ل,
 *   ك and/or the article ال (والعنف، بالعنف، للعنف).
 * - `(a|b)` is a group (compiled non-capturing); `?`, `[…]` and other regular
 *   expression syntax pass through unchanged.
 */

const APOSTROPHE = "['\u2019\u2018\u02BC`\u00B4]";
const JOIN = '(?:[-\u2010\u2011\u2013]\\s*|\\s+)?';
const SPACE = '\\s+';
/**
 * Letters of each script, as plain ranges: `\\p{L}` would do, but V8 takes
 * milliseconds to compile every expression that holds it, and the lexicon
 * has hundreds of forms per language.
 */
export const LETTERS: Record<'latin' | 'cyrillic' | 'arabic' | 'han', string> = {
  latin: 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F',
  cyrillic: 'A-Za-z\\u0400-\\u04FF\\u0300-\\u036F',
  arabic: 'A-Za-z\\u0620-\\u065F\\u066E-\\u06D3\\u06FA-\\u06FC',
  han: '\\u3400-\\u4DBF\\u4E00-\\u9FFF',
};
export type Letters = keyof typeof LETTERS;
/** Up to three words; never across sentence punctuation. */
const GAP = '(?:[^\\s.;:!?]+\\s+){0,3}?';
const ZH_GAP = '[^，。；：！？、,.;:!?\\s]{0,8}?';
const AR_PREFIX =
  '(?:[\u0648\u0641]?(?:[\u0628\u0643\u0644]?\u0627\u0644|\u0644\u0644|[\u0628\u0643\u0644])?)';

export type Script = 'spaced' | 'han';

/**
 * Compiles one form of a term to regular-expression source (no capturing
 * groups). With `lower`, its letters are lower-cased: the matcher compares
 * case-insensitive terms with the lower-cased passage, because the `i` flag
 * makes V8 build the case closure of every `\p{L}` class, which costs tens
 * of milliseconds per expression.
 */
export function compilePattern(
  pattern: string,
  script: Script = 'spaced',
  lower = false,
  letters: Letters = 'latin',
): string {
  const suffix = `[${LETTERS[letters]}]{0,6}`;
  const words = pattern.trim().split(/ +/);
  let out = '';
  let pendingGap = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '_') {
      out += script === 'han' ? ZH_GAP : i === 0 ? GAP : SPACE + GAP;
      pendingGap = true;
      continue;
    }
    if (word.includes('_')) throw new Error(`"_" must stand alone between spaces: "${pattern}"`);
    if (i > 0 && !pendingGap) out += script === 'han' ? '\\s*' : SPACE;
    pendingGap = false;
    out += compileWord(word, lower, suffix);
  }
  return out;
}

function compileWord(word: string, lower: boolean, suffix: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const next = word[i + 1];
    if (c === '\\') {
      // An escape passes through unchanged, with its braces (\p{L}, \u{2019}).
      let end = i + 2;
      if (word[end] === '{') end = word.indexOf('}', end) + 1;
      const escape = word.slice(i, end);
      // \p{L} in a lexicon means a letter of the language's script (see LETTERS).
      out += escape === '\\p{L}' ? suffix.slice(0, suffix.indexOf(']') + 1) : escape;
      i = end - 1;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c === "'" ? "'\u2019" : lower ? c.toLowerCase() : c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && next !== '?') out += '(?:';
    else if (c === '~') out += JOIN;
    else if (c === "'") out += APOSTROPHE;
    else if (c === '*') out += suffix;
    else if (c === '@') out += AR_PREFIX;
    else out += lower ? c.toLowerCase() : c;
  }
  return out;
}

/**
 * Literal text that every match of a pattern contains, read off its top
 * level (words outside groups, classes and optional parts), lower-cased like
 * the compiled expression when `lower`. The matcher looks for these in the
 * passage before it compiles or runs a form's expression: "(la )?première
 * (femme )?ministre" cannot match a passage without "première", however many
 * times "la" starts a word. Runs of one character tell too little to keep.
 */
export function requiredText(pattern: string, lower = false): string[] {
  const out: string[] = [];
  let run = '';
  let depth = 0;
  const end = (keepLast = true) => {
    if (!keepLast) run = run.slice(0, -1);
    if (run.length > 1) out.push(run);
    run = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      // An escape (\p{L}, \s, \.): not taken as literal text.
      end();
      i++;
      if (pattern[i + 1] === '{') i = pattern.indexOf('}', i);
    } else if (c === '[') {
      end();
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    } else if (c === '(') {
      end();
      depth++;
    } else if (c === ')') {
      end();
      depth--;
    } else if (depth > 0) {
      continue;
    } else if (c === '|') {
      // An alternation at the top: no part is in every match.
      return [];
    } else if (c === '?' || c === '{') {
      // The letter before is optional (or repeated).
      end(false);
      if (c === '{') i = pattern.indexOf('}', i);
    } else if (" ~'*@_.^$+]}".includes(c)) {
      end(c !== '+');
    } else {
      run += lower ? c.toLowerCase() : c;
    }
  }
  end();
  return out;
}
