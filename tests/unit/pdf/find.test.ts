import { describe, expect, it } from 'vitest';
import { findInPages, foldText } from '../../../lib/pdf/find';

describe('find in the document', () => {
  const pages = [
    'Le Conseil de sécurité, Rappelant ses résolutions',
    undefined,
    'la sécurité internationale\net la Sécurité des femmes',
  ];

  it('ignores case, accents and how spaces fall, and gives page and offsets', () => {
    const matches = findInPages(pages, 'SECURITE');
    expect(matches.map((m) => m.page)).toEqual([1, 3, 3]);
    const [, second] = matches;
    expect(pages[2]!.slice(second!.start, second!.end)).toBe('sécurité');
    const across = findInPages(pages, 'securite   internationale');
    expect(across).toHaveLength(1);
    expect(pages[2]!.slice(across[0]!.start, across[0]!.end)).toBe('sécurité internationale');
    expect(findInPages(pages, 'internationale et')).toHaveLength(1);
  });

  it('finds nothing for an empty query, treats the query as text, and skips unread pages', () => {
    expect(findInPages(pages, '   ')).toEqual([]);
    expect(findInPages(['a (b) c'], '(b)')).toHaveLength(1);
    expect(findInPages(['a.c'], '.')).toHaveLength(1);
    expect(findInPages([undefined, 'x'], 'x')).toEqual([{ page: 2, start: 0, end: 1 }]);
  });

  it('keeps one folded character per character, so offsets hold', () => {
    const text = 'Ǆ ﬁ é İ ß';
    expect(foldText(text)).toHaveLength(text.length);
  });
});
