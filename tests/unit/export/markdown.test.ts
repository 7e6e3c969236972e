import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../../lib/export';
import { passage, samplePassages } from './fixtures';

describe('toMarkdown', () => {
  const md = toMarkdown(samplePassages());

  it('groups passages by document, each quote with its citation and note', () => {
    expect(md).toBe(
      [
        '# 1325 Lens: saved passages',
        '',
        '## Resolution 1325 (2000)',
        '',
        'S/RES/1325 (2000) · <https://undocs.org/S/RES/1325(2000)>',
        '',
        '> Urges Member States to ensure increased representation of women',
        '',
        '— S/RES/1325 (2000), *Resolution 1325 (2000)*, <https://undocs.org/S/RES/1325(2000)>',
        '',
        '**Note:** Key operative paragraph; compare with 2242 (2015), OP1.',
        '',
        'Tags: op1, representation · Themes: participation',
        '',
        '> Calls on all parties to armed conflict to take special measures to protect women and girls from gender\\-based violence'.replace(
          '\\-',
          '-',
        ),
        '',
        '— S/RES/1325 (2000), *Resolution 1325 (2000)*, <https://undocs.org/S/RES/1325(2000)>',
        '',
        '**Note:** \\=HYPERLINK("https://evil.example","click")\\',
        '"quoted", with comma',
        '',
        'Tags: \\-minus, @at · Themes: protection, sexual-violence · Recommendations: ngowg-2007-2b',
        '',
        '## Resolution 2242 (2015) — 安全理事会 𝐀',
        '',
        'S/RES/2242 (2015) · <https://documents.un.org/doc/undoc/gen/n15/311/20/pdf/n1531120.pdf#page=3>',
        '',
        '> 妇女、和平与安全 😀',
        '',
        '— S/RES/2242 (2015), *Resolution 2242 (2015) — 安全理事会 𝐀*, <https://documents.un.org/doc/undoc/gen/n15/311/20/pdf/n1531120.pdf#page=3>, p. 3',
        '',
        'Themes: oversight · Recommendations: ngowg-2007-1',
        '',
      ].join('\n'),
    );
  });

  it('orders a document’s passages as they appear on the page', () => {
    const later = passage({
      id: '0a4f4b3e-6c1d-4f7a-9b2e-1325aa0000a1',
      selectors: {
        ...passage().selectors,
        position: { type: 'TextPositionSelector', start: 9000, end: 9010 },
      },
      note: 'later',
    });
    const out = toMarkdown([later, passage()]);
    expect(out.indexOf('Key operative paragraph')).toBeLessThan(out.indexOf('later'));
  });

  it('writes untrusted text literally: no links, images, HTML or headings can come from it', () => {
    const hostile = passage({
      title: '# <script>alert(1)</script>',
      note: '[click](javascript:alert(1)) ![x](https://evil.example/t.png)\n<img src=x onerror=alert(1)>\n# heading\n1. list\n- item\n> quote\n<javascript:alert(1)>',
      tags: ['*bold*', '`code`'],
      selectors: {
        ...passage().selectors,
        quote: { ...passage().selectors.quote, exact: '| a | b |\n---\n[x]: javascript:alert(1)' },
      },
      url: 'javascript:alert(1)',
    });
    const out = toMarkdown([hostile]);
    // Leave out the markup we write ourselves (block quote marks, the note label,
    // the emphasized title, http(s) autolinks): what remains must have every
    // character that opens markup escaped, so a renderer shows it as text.
    const ours = out.split('\n').map((line) =>
      line
        .replace(/^> /, '')
        .replace('**Note:** ', '')
        .replace(/, \*.*\*, /, ', ')
        .replace(/<https:\/\/[^<>\s]*>/g, ''),
    );
    for (const ch of ['[', ']', '<', '>', '`', '*', '|']) {
      expect(
        ours.filter((line) => line.split('').some((c, i) => c === ch && line[i - 1] !== '\\')),
        ch,
      ).toEqual([]);
    }
    expect(out).toContain('\\[click\\](javascript:alert(1))');
    expect(out).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(out).toContain('\\# heading');
    expect(out).toContain('1\\. list');
    expect(out).toContain('\\- item');
    // A non-web URL is shown as text, never as a link.
    expect(out).not.toMatch(/(^|[^\\])<javascript:/m);
    expect(out).toContain('javascript:alert(1)');
  });

  it('escapes what Markdown would read as markup and nothing else', () => {
    expect(escapeMarkdown('S/RES/1325 (2000), para. 8')).toBe('S/RES/1325 (2000), para. 8');
    expect(escapeMarkdown('a_b*c`d')).toBe('a\\_b\\*c\\`d');
    expect(escapeMarkdown('12) item')).toBe('12\\) item');
    expect(escapeMarkdown('line one\nline two')).toBe('line one\\\nline two');
  });
});
