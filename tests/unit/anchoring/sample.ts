/**
 * A resolution-like page text for anchoring tests, written for these tests
 * (UN structure and symbols, our own sentences). Paragraphs are joined with
 * '\n', as lib/anchoring/dom joins passages.
 */
export const PARAGRAPHS = [
  'Resolution 2999 (2031), adopted by the Security Council at its 9876th meeting',
  'The Security Council,',
  'Recalling its resolutions 1325 (2000), 1820 (2008) and 2242 (2015) and the statements of its President,',
  'Stressing that the full, equal and meaningful participation of women is essential to lasting peace,',
  'Noting with concern that women remain under-represented in formal peace negotiations and in the delegations that attend them,',
  '1. Urges Member States to appoint more women as mediators and to report on the steps taken to that end;',
  '2. Requests the Secretary-General to include in each country report information on sexual violence in conflict;',
  '3. Encourages regional organizations to consult women’s civil society groups before and during negotiations;',
  '4. Requests the Secretary-General to report to the Council on the implementation of this resolution within 120 days;',
  '5. Decides to remain actively seized of the matter.',
];

export const TEXT = PARAGRAPHS.join('\n');

/** Offsets of `quote` in `text` (its `occurrence`-th appearance), for describing a selection. */
export function rangeOf(text: string, quote: string, occurrence = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`"${quote}" occurs fewer than ${occurrence + 1} times`);
  }
  return [at, at + quote.length];
}

/** The text with paragraph `index` replaced by `replacement` (or removed when null), and `insert` put before it. */
export function editParagraphs(
  paragraphs: string[],
  edit: { index: number; replace?: string | null; insertBefore?: string },
): string {
  const copy = [...paragraphs];
  const replacement =
    edit.replace === undefined ? [copy[edit.index]!] : edit.replace === null ? [] : [edit.replace];
  copy.splice(edit.index, 1, ...(edit.insertBefore ? [edit.insertBefore] : []), ...replacement);
  return copy.join('\n');
}
