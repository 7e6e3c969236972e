import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import {
  anchor,
  codePointLength,
  codePointToUtf16,
  DEFAULT_MIN_SCORE,
  describe,
  utf16ToCodePoint,
  type AnchorStats,
} from '../../../lib/anchoring/text';
import { editParagraphs, PARAGRAPHS, rangeOf, TEXT } from './sample';

/** Saves `quote` (its n-th occurrence) in `before`, re-anchors it in `after`, and returns the text found. */
function reanchor(before: string, after: string, quote: string, occurrence = 0, minScore?: number) {
  const [start, end] = rangeOf(before, quote, occurrence);
  const selectors = describe(before, start, end);
  const stats: AnchorStats = { steps: 0, stage: null, candidates: 0 };
  const match = anchor(after, selectors, { minScore, stats });
  return { match, found: match ? after.slice(match.start, match.end) : null, stats };
}

group('describe', () => {
  it('saves the exact text, 32 characters of context each side, and the position', () => {
    const quote = 'full, equal and meaningful participation of women';
    const [start, end] = rangeOf(TEXT, quote);
    const { quote: q, position } = describe(TEXT, start, end);
    expect(q).toEqual({
      type: 'TextQuoteSelector',
      exact: quote,
      prefix: TEXT.slice(start - 32, start),
      suffix: TEXT.slice(end, end + 32),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('cuts the context at the ends of the text and honours a context length', () => {
    const { quote } = describe(TEXT, 0, 10, { context: 5 });
    expect(quote.prefix).toBe('');
    expect(quote.suffix).toBe(TEXT.slice(10, 15));
  });

  it('counts the position in code points and never splits a surrogate pair', () => {
    const text = '𝐀𝐁 women 😀 peace';
    const start = text.indexOf('women');
    const { quote, position } = describe(text, start, start + 'women'.length, { context: 2 });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 3, end: 8 });
    // 2 code units back would cut 𝐁 in half, and 2 forward would cut 😀: context keeps whole characters only.
    expect(quote.prefix).toBe(' ');
    expect(quote.suffix).toBe(' ');
  });

  it('refuses an empty or out-of-range selection', () => {
    expect(() => describe(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => describe(TEXT, -1, 4)).toThrow(RangeError);
    expect(() => describe(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
  });
});

group('code points and UTF-16', () => {
  const withAstral = fc.string({
    unit: fc.constantFrom('a', ' ', 'é', '𝐀', '😀', '中', '\u0627'),
    maxLength: 60,
  });

  it('converts offsets both ways as Array.from counts characters', () => {
    fc.assert(
      fc.property(withAstral, fc.nat(), (text, n) => {
        const chars = Array.from(text);
        expect(codePointLength(text)).toBe(chars.length);
        const cp = n % (chars.length + 1);
        const utf16 = chars.slice(0, cp).join('').length;
        expect(codePointToUtf16(text, cp)).toBe(utf16);
        expect(utf16ToCodePoint(text, utf16)).toBe(cp);
      }),
    );
  });
});

group('anchor', () => {
  it('finds an unchanged passage exactly, with score 1', () => {
    const { match, found, stats } = reanchor(TEXT, TEXT, 'appoint more women as mediators');
    expect(found).toBe('appoint more women as mediators');
    expect(match!.score).toBe(1);
    expect(stats.stage).toBe('exact');
  });

  it('follows a passage when a paragraph is inserted before it, far or just before', () => {
    const quote = 'include in each country report information on sexual violence';
    const far = editParagraphs(PARAGRAPHS, {
      index: 2,
      insertBefore:
        'Reaffirming its primary responsibility for the maintenance of international peace and security,',
    });
    const adjacent = editParagraphs(PARAGRAPHS, {
      index: 6,
      insertBefore: '1 bis. Calls upon all parties to respect the civilian character of camps;',
    });
    for (const after of [far, adjacent]) {
      const { match, found } = reanchor(TEXT, after, quote);
      expect(found).toBe(quote);
      expect(match!.start).toBe(after.indexOf(quote));
    }
  });

  it('finds a passage that starts a paragraph when a new paragraph is inserted just before it', () => {
    const quote = '2. Requests the Secretary-General';
    const after = editParagraphs(PARAGRAPHS, {
      index: 6,
      insertBefore:
        'Welcoming the report of the Secretary-General on women and peace and security (S/2030/900),',
    });
    const { found, match } = reanchor(TEXT, after, quote);
    expect(found).toBe(quote);
    expect(match!.start).toBe(after.indexOf(quote));
  });

  it('follows a passage when paragraphs before it are deleted', () => {
    const quote = 'consult women’s civil society groups';
    const after = editParagraphs(editParagraphs(PARAGRAPHS, { index: 2, replace: null }).split('\n'), {
      index: 3,
      replace: null,
    });
    const { found, match } = reanchor(TEXT, after, quote);
    expect(found).toBe(quote);
    expect(match!.start).toBe(after.indexOf(quote));
  });

  it('finds a passage whose words were edited, and covers the edited text', () => {
    const quote =
      'women remain under-represented in formal peace negotiations and in the delegations that attend them';
    const edited =
      'women are still under-represented in formal peace talks and in the delegations that attend them';
    const after = TEXT.replace(quote, edited);
    const { match, found, stats } = reanchor(TEXT, after, quote);
    expect(found).toBe(edited);
    expect(stats.stage).toBe('fuzzy');
    expect(match!.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
    expect(match!.score).toBeLessThan(1);
  });

  it('ignores changed whitespace: collapsed, expanded, line breaks and no-break spaces', () => {
    const quote = 'appoint more women as mediators and to report on the steps taken';
    const variants = [
      TEXT.replace('appoint more women as', 'appoint\n  more  women\tas'),
      TEXT.replace('more women as mediators', 'more\u00a0women\u00a0as\nmediators'),
      TEXT.replace(/ /g, '  '),
      TEXT.replace(/\n/g, '\n\n   '),
    ];
    for (const after of variants) {
      const { match, found } = reanchor(TEXT, after, quote);
      expect(found!.replace(/\s+/g, ' ')).toBe(quote);
      expect(match!.score).toBe(1);
    }
    // And a saved quote with odd whitespace matches tidy text.
    const messy = TEXT.replace('steps taken', 'steps \n taken');
    expect(reanchor(messy, TEXT, 'steps \n taken').found).toBe('steps taken');
  });

  it('chooses among repeated quotes by their context, even after the page shifted', () => {
    const quote = 'Requests the Secretary-General to';
    expect(TEXT.split(quote)).toHaveLength(3);
    const after = editParagraphs(PARAGRAPHS, {
      index: 3,
      insertBefore: 'Requests the Secretary-General to brief the Council annually,',
    });
    // Saved: the second occurrence (paragraph 4, "to report to the Council ...").
    const { match } = reanchor(TEXT, after, quote, 1);
    expect(after.slice(match!.start, match!.end + 10)).toBe('Requests the Secretary-General to report to');
    // Saved: the first occurrence ("to include in each country report").
    const first = reanchor(TEXT, after, quote, 0).match!;
    expect(after.slice(first.start, first.end + 8)).toBe('Requests the Secretary-General to include');
  });

  it('chooses among identical repeated paragraphs by the saved position', () => {
    const line = 'The Council will review progress at its next open debate on women and peace and security.';
    const text = [line, 'Paragraph between.', line, 'Paragraph between.', line].join('\n');
    for (const occurrence of [0, 1, 2]) {
      const { match } = reanchor(text, text, line, occurrence);
      expect(match!.start).toBe(rangeOf(text, line, occurrence)[0]);
    }
  });

  it('reports a removed passage as not found, even with look-alike paragraphs left on the page', () => {
    // Paragraph "4." is removed; "2." shares its opening words, and a new "7." is a near copy of it.
    const removed =
      '4. Requests the Secretary-General to report to the Council on the implementation of this resolution within 120 days;';
    const lookAlike =
      '7. Requests the Secretary-General to report to the General Assembly on the implementation of resolution 75/100 within 90 days;';
    const after = editParagraphs([...PARAGRAPHS, lookAlike], { index: 8, replace: null });
    const { match, stats } = reanchor(TEXT, after, removed);
    expect(match).toBeNull();
    expect(stats.stage).toBeNull();
    // The look-alike is what a lower bar would take.
    expect(reanchor(TEXT, after, removed, 0, 0.4).found).toContain('General Assembly');
    // A phrase from it that survives elsewhere in other words is not attached there either.
    const phrase = 'to report to the Council on the implementation of this resolution';
    expect(reanchor(TEXT, after, phrase).match).toBeNull();
    expect(reanchor(TEXT, after, phrase, 0, 0.6).found).toContain('General Assembly');
  });

  it('does not attach a removed paragraph to a rewritten version of it elsewhere', () => {
    const removed =
      '3. Encourages regional organizations to consult women’s civil society groups before and during negotiations;';
    const rewritten =
      'Invites subregional bodies to hear from civil society groups of women ahead of any negotiations;';
    const after = editParagraphs(editParagraphs(PARAGRAPHS, { index: 7, replace: null }).split('\n'), {
      index: 2,
      insertBefore: rewritten,
    });
    expect(reanchor(TEXT, after, removed).match).toBeNull();
  });

  it('places an exact quote at its saved position when the text around it was rewritten', () => {
    const quote = 'Decides to remain actively seized';
    const rewritten = [...PARAGRAPHS];
    rewritten[8] = rewritten[8]!.replace('within 120 days;', 'within 90 days;');
    rewritten[9] = '6. Decides to remain actively seized; it will meet again.';
    const after = rewritten.join('\n');
    const { match, stats } = reanchor(TEXT, after, quote);
    // Its context alone no longer vouches for it ...
    expect(reanchor(TEXT, after, quote, 0, 0).match!.score).toBeLessThan(DEFAULT_MIN_SCORE);
    // ... but it is still where it was saved.
    expect(stats.stage).toBe('position');
    expect(match!.start).toBe(after.indexOf(quote));
    // The same quote with rewritten surroundings away from its position is refused.
    const moved = [rewritten[9], ...rewritten.slice(0, 9)].join('\n');
    expect(reanchor(TEXT, moved, quote).match).toBeNull();
  });

  it('anchors text with characters outside the Basic Multilingual Plane', () => {
    const before = '𝐈𝐧𝐭𝐫𝐨 😀😀\n𠀀𠀁 women mediators 𠀂 in 2031\nEnd';
    const after = '𝐍𝐞𝐰 𝐥𝐢𝐧𝐞 😀\n' + before;
    const quote = 'women mediators 𠀂 in';
    const [start, end] = rangeOf(before, quote);
    const selectors = describe(before, start, end);
    expect(selectors.position.start).toBe(Array.from(before.slice(0, start)).length);
    expect(selectors.position.end - selectors.position.start).toBe(Array.from(quote).length);
    const match = anchor(after, selectors)!;
    expect(after.slice(match.start, match.end)).toBe(quote);
  });

  it('refuses a match below the minimum score it is given', () => {
    const quote = 'regional organizations to consult women’s civil society groups';
    const after = TEXT.replace('regional organizations', 'regional bodies');
    expect(reanchor(TEXT, after, quote).found).toBe(
      'regional bodies to consult women’s civil society groups',
    );
    expect(reanchor(TEXT, after, quote, 0, 0.99).match).toBeNull();
  });

  it('ignores a position selector that does not fit the quote, and works without one', () => {
    const quote = 'Decides to remain actively seized';
    const [start, end] = rangeOf(TEXT, quote);
    const { quote: q } = describe(TEXT, start, end);
    const bogus = { type: 'TextPositionSelector' as const, start: 0, end: 3 };
    expect(anchor(TEXT, { quote: q, position: bogus })!.start).toBe(start);
    expect(anchor(TEXT, { quote: q })!.start).toBe(start);
  });

  it('returns null for an empty or blank quote', () => {
    expect(
      anchor(TEXT, { quote: { type: 'TextQuoteSelector', exact: ' \n ', prefix: '', suffix: '' } }),
    ).toBeNull();
  });

  it('finds every passage of an unchanged text where it was saved (property)', () => {
    fc.assert(
      fc.property(fc.nat(TEXT.length - 1), fc.integer({ min: 8, max: 120 }), (start, length) => {
        const end = Math.min(TEXT.length, start + length);
        fc.pre(TEXT.slice(start, end).trim().length >= 8);
        const selectors = describe(TEXT, start, end);
        const match = anchor(TEXT, selectors)!;
        const trimmedStart =
          start + (TEXT.slice(start, end).length - TEXT.slice(start, end).trimStart().length);
        expect(match).not.toBeNull();
        expect(match.start).toBe(trimmedStart);
        expect(match.end).toBe(start + TEXT.slice(start, end).trimEnd().length);
      }),
      { numRuns: 200 },
    );
  });
});
