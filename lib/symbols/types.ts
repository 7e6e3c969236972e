/** The kinds of UN document a symbol mention can denote. */
export type SymbolKind =
  'sc-resolution' | 'ga-resolution' | 'presidential-statement' | 'meeting-record' | 'document';

/** One UN document symbol found in a text (see issue #3 for the contract). */
export interface SymbolMention {
  /** UTF-16 index of the first character, so `text.slice(start, end)` is the mention. */
  start: number;
  end: number;
  text: string;
  /** Official UN symbol(s); two for a joint symbol such as `A/79/634-S/2024/869`. */
  canonical: string[];
  kind: SymbolKind;
  /** https://undocs.org/ link for the first canonical symbol ('' when ambiguous). */
  url: string;
  /** True when the organ (or the symbol) cannot be decided from the text. */
  ambiguous?: boolean;
  /** Set when something does not fit, e.g. a resolution number that does not match its year. */
  warning?: string;
  /** True when the text is an OCR or extraction slip repaired to the intended symbol (`S$/25492`, `Add.1l`). */
  ocr?: boolean;
}

export interface FindSymbolsOptions {
  /** BCP 47 language of the text, when known ('en', 'fr', 'es', 'ru', 'ar', 'zh'). */
  lang?: string;
  /** The organ of the document the text comes from; decides "its resolution 660 (1990)". */
  organ?: 'S' | 'A' | 'E';
}
