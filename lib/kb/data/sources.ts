/**
 * The sources the knowledge base cites, named once. Every fact in `data/`
 * points at one of these (see docs/kb-sources.md). Most come from
 * ../shared/research/wps-facts.md; the rest were read with the team's search
 * tool and are marked so in their note.
 */
import type { Citation } from '../types';

/** The shared facts file, for facts it states itself (its own sources are cited next to it). */
export const FACTS_FILE = 'shared/research/wps-facts.md';

/** The NGO Working Group's open letter of 16 October 2007 (shared/mission/ngowg-open-letter-2007.md). */
export const OPEN_LETTER: Citation = {
  note: 'NGO Working Group on Women, Peace and Security, open letter to UN ambassadors, 16 October 2007 (shared/mission/ngowg-open-letter-2007.md)',
};

/**
 * Operative paragraphs of the sexual-violence resolutions and 2242 (2015), as
 * given verbatim in the CRSV paragraph dataset (its authors checked them
 * against docs.un.org). Read for paragraph numbers only; its licence is
 * "all rights reserved", so none of its wording is reused.
 */
export const CRSV_DATASET_URL =
  'https://github.com/Zhijun1933/crsv-security-council/blob/560e31fd2f098ba853c3ce30b8c1e22c492073ed/crsv-atlas/data/crsv-paragraphs-v2026.09.csv';

/** The UN's French text of 1325, a fixture of the shared corpus (born-digital PDF and its text layer). */
export const RES_1325_FR_FIXTURE =
  'UN French text of S/RES/1325 (2000), shared/corpus/documents/S_RES_1325_2000_FR.pdf';

/** English wording of 1325 OP1-10, quoted in Disarmament Diplomacy no. 52 (November 2000). */
export const RES_1325_EN_QUOTE_URL = 'http://acronym.org.uk/old/archive/dd/dd52/52unsc.htm';

/** A UN Meetings Coverage press release. */
export function pressRelease(symbol: string, url: string): Citation {
  return { symbol, url };
}

/** A paragraph of a resolution whose number the CRSV dataset gives. */
export function crsvParagraph(symbol: string, paragraph: string): Citation {
  return {
    symbol,
    paragraph,
    url: CRSV_DATASET_URL,
    note: 'paragraph number from the CRSV paragraph dataset (verbatim UN text, checked against docs.un.org by its authors)',
  };
}

/** A paragraph of 1325, numbered as in the UN's French text. */
export function res1325Paragraph(paragraph: string, englishQuoted: boolean): Citation {
  return englishQuoted
    ? { symbol: 'S/RES/1325 (2000)', paragraph, note: RES_1325_FR_FIXTURE, url: RES_1325_EN_QUOTE_URL }
    : { symbol: 'S/RES/1325 (2000)', paragraph, note: RES_1325_FR_FIXTURE };
}

/** A source read with the search tool that the facts file does not name. */
export function checkedSource(url: string, what: string, symbol?: string): Citation {
  const note = `read for this knowledge base (not in ${FACTS_FILE}): ${what}`;
  return symbol ? { symbol, url, note } : { url, note };
}

/** A fact the facts file states, with the source it names. */
export function fromFacts(url: string | undefined, what: string, symbol?: string): Citation {
  const note = `${FACTS_FILE}: ${what}`;
  const citation: Citation = { note };
  if (url) citation.url = url;
  if (symbol) citation.symbol = symbol;
  return citation;
}
