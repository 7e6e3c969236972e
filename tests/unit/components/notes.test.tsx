// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseNote, safeHref } from '../../../components/shared/markdown';
import { NoteText } from '../../../components/shared/NoteText';
import { SavedPassageItem } from '../../../components/shared/SavedPassageItem';
import { samplePassage } from '../db/samples';
import { mockApi, seed } from './mock-api';
import { button, click, field, mount, text, typeInto } from './render';

describe('notes in light Markdown', () => {
  it('renders bold, italic, links and lists as elements', async () => {
    const root = await mount(
      <NoteText
        note={
          'See **OP1** and *OP8*; compare [the report](https://undocs.org/S/2024/671).\n\n- first point\n- second\n\n1. one\n2. two'
        }
      />,
    );
    expect(root.querySelector('strong')?.textContent).toBe('OP1');
    expect(root.querySelector('em')?.textContent).toBe('OP8');
    const link = root.querySelector('a')!;
    expect(link.textContent).toBe('the report');
    expect(link.getAttribute('href')).toBe('https://undocs.org/S/2024/671');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect([...root.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual([
      'first point',
      'second',
    ]);
    expect([...root.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(['one', 'two']);
  });

  it('shows markup as the characters typed and never links anything but http(s)', async () => {
    const hostile =
      '<img src=x onerror="alert(1)"><script>alert(2)</script> [click](javascript:alert(3)) [data](data:text/html,hi) javascript:alert(4)';
    const root = await mount(<NoteText note={hostile} />);
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(root.textContent).toContain('[click](javascript:alert(3))');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('HTTPS://undocs.org/x')).toBe('https://undocs.org/x');
  });

  it('links bare web addresses without the sentence’s punctuation', async () => {
    const root = await mount(<NoteText note="Source: https://press.un.org/en/2024/sc15001.doc.htm." />);
    expect(root.querySelector('a')?.getAttribute('href')).toBe(
      'https://press.un.org/en/2024/sc15001.doc.htm',
    );
    expect(root.textContent).toBe('Source: https://press.un.org/en/2024/sc15001.doc.htm.');
  });

  it('leaves snake_case words, lone stars and unclosed delimiters alone', () => {
    expect(parseNote('a_b_c * not emphasis **open')).toEqual([
      { t: 'p', c: [{ t: 'text', v: 'a_b_c * not emphasis **open' }] },
    ]);
    expect(parseNote('line one\nline two')).toEqual([
      { t: 'p', c: [{ t: 'text', v: 'line one' }, { t: 'br' }, { t: 'text', v: 'line two' }] },
    ]);
  });

  it('parses a very long hostile note without losing a character', () => {
    // Openers everywhere and nothing that closes them: all of it stays text.
    const note = '[label](javascript:x **y_z '.repeat(20_000) + '**';
    expect(parseNote(note)).toEqual([{ t: 'p', c: [{ t: 'text', v: note }] }]);
  });
});

describe('editing a note', () => {
  it('saves the note and tags, then shows them', async () => {
    const api = mockApi();
    const p = samplePassage({ note: '' });
    seed(api, [p]);
    const root = await mount(<SavedPassageItem passage={p} api={api} onDelete={() => undefined} />);
    await click(button(root, 'Add note'));
    await typeInto(field(root, 'Note'), 'Compare with **OP8**');
    await typeInto(field(root, 'Tags'), 'participation, mediation ,');
    await click(button(root, 'Save'));
    expect(api.store.get(p.id)).toMatchObject({
      note: 'Compare with **OP8**',
      tags: ['participation', 'mediation'],
    });
  });

  it('keeps the text in the editor and says the disk is full when the write fails', async () => {
    const api = mockApi();
    const p = samplePassage({ note: 'first thought' });
    seed(api, [p]);
    const root = await mount(<SavedPassageItem passage={p} api={api} onDelete={() => undefined} />);
    await click(button(root, 'Edit note'));
    await typeInto(field(root, 'Note'), 'a long careful note I must not lose');
    api.failWrites = 'quota';
    await click(button(root, 'Save'));
    const alert = root.querySelector('[role="alert"]')!;
    expect(text(alert)).toContain(
      'Your disk is full, so this was not saved. Everything saved before is safe.',
    );
    expect(text(alert)).toContain('Your text is still in the editor.');
    expect(field<HTMLTextAreaElement>(root, 'Note').value).toBe('a long careful note I must not lose');
    expect(api.store.get(p.id)?.note).toBe('first thought');

    api.failWrites = 'refused';
    await click(button(root, 'Save'));
    expect(text(root.querySelector('[role="alert"]')!)).toContain(
      'The browser refused to save this (UnknownError).',
    );

    api.failWrites = null;
    await click(button(root, 'Save'));
    expect(api.store.get(p.id)?.note).toBe('a long careful note I must not lose');
    expect(root.querySelector('textarea')).toBeNull();
  });
});
