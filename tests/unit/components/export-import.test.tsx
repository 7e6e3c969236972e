// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../components/library/Library';
import { ImportControl, MAX_IMPORT_MB } from '../../../components/shared/ImportControl';
import { SidePanel } from '../../../components/sidepanel/SidePanel';
import { samplePassage } from '../db/samples';
import { button, choose, click, field, flush, mount, text } from './render';
import { mockApi, report, seed, type MockApi } from './mock-api';

let api: MockApi;
beforeEach(() => {
  api = mockApi();
});

async function pickFile(input: HTMLInputElement, file: File): Promise<void> {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush(4);
}

describe('export', () => {
  it('exports this document’s passages or all of them, in the chosen format, from the panel', async () => {
    const mine = samplePassage({ documentKey: 'symbol:S/2024/671', url: 'https://undocs.org/S/2024/671' });
    const other = samplePassage({
      documentKey: 'symbol:S/RES/2467 (2019)',
      url: 'https://undocs.org/S/RES/2467(2019)',
    });
    seed(api, [mine, other]);
    const root = await mount(<SidePanel api={api} />);
    api.setPage({ kind: 'report', tabId: 3, report: report() });
    await flush();
    const details = root.querySelector('details.export-import') as HTMLDetailsElement;
    await act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    await flush();

    await choose(field(root, 'Format'), 'web-annotation');
    await click(button(root, 'Export'));
    expect(api.exportPassages).toHaveBeenLastCalledWith('web-annotation', [mine], {
      name: 'S/2024/671',
      everything: false,
    });
    expect(text(root)).toContain('Passages exported: 1.');

    await choose(field(root, 'Passages'), 'all');
    await choose(field(root, 'Format'), 'json');
    await click(button(root, 'Export'));
    const [format, passages, scope] = api.exportPassages.mock.lastCall!;
    expect(format).toBe('json');
    expect(passages.map((p) => p.id).sort()).toEqual([mine.id, other.id].sort());
    expect(scope).toEqual({ name: 'all', everything: true });
  });

  it('exports the passages the library shows, or all of them', async () => {
    const a = samplePassage({ tags: ['mediation'] });
    const b = samplePassage();
    seed(api, [a, b]);
    const root = await mount(<Library api={api} />);
    await choose(field(root, 'Tag'), 'mediation');
    for (const format of ['csv', 'markdown'] as const) {
      await choose(field(root, 'Format'), format);
      await click(button(root, 'Export'));
      expect(api.exportPassages).toHaveBeenLastCalledWith(format, [a], {
        name: 'selection',
        everything: false,
      });
    }
    await choose(field(root, 'Passages'), 'all');
    await click(button(root, 'Export'));
    expect(api.exportPassages.mock.lastCall![1]).toHaveLength(2);
  });

  it('says so instead of writing an empty file', async () => {
    const root = await mount(<Library api={api} />);
    await click(button(root, 'Export'));
    expect(api.exportPassages).not.toHaveBeenCalled();
    expect(text(root.querySelector('[role="alert"]')!)).toBe('Nothing to export.');
  });
});

describe('import', () => {
  it('imports a file and says what was added, merged and already there', async () => {
    api.nextImport = { ok: true, counts: { added: 4, updated: 1, unchanged: 2 }, settingsRestored: true };
    const root = await mount(<ImportControl api={api} idPrefix="t" />);
    await pickFile(
      field(root, /Import a JSON backup/),
      new File(['{"backup": true}'], 'lens.json', { type: 'application/json' }),
    );
    expect(api.importText).toHaveBeenCalledWith('{"backup": true}');
    expect(text(root.querySelector('[role="status"]')!)).toBe(
      'Imported: 4 new, 1 updated, 2 already here. Settings restored too.',
    );
  });

  it('lists every refused record with its reason when nothing was imported', async () => {
    api.nextImport = {
      ok: false,
      error: '2 of 3 records are invalid',
      rejected: [
        { index: 0, id: 'a1', reason: 'target.source: must be an http(s) URL' },
        { index: 2, reason: 'created: not a date' },
      ],
    };
    const root = await mount(<ImportControl api={api} idPrefix="t" />);
    await pickFile(field(root, /Import a JSON backup/), new File(['[]'], 'x.jsonld'));
    const alert = root.querySelector('[role="alert"]')!;
    expect(text(alert)).toContain('Nothing was imported: 2 of 3 records are invalid');
    expect([...alert.querySelectorAll('li')].map((li) => text(li))).toEqual([
      'Record 1 (a1): target.source: must be an http(s) URL',
      'Record 3: created: not a date',
    ]);
  });

  it('says a full disk stopped the import and nothing was written', async () => {
    api.nextImport = { ok: false, error: 'QuotaExceededError', rejected: [], writeError: 'quota' };
    const root = await mount(<ImportControl api={api} idPrefix="t" />);
    await pickFile(field(root, /Import a JSON backup/), new File(['{}'], 'x.json'));
    expect(text(root.querySelector('[role="alert"]')!)).toContain('Nothing was imported: Your disk is full');
  });

  it('refuses a file over the limit without reading it', async () => {
    const root = await mount(<ImportControl api={api} idPrefix="t" />);
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: (MAX_IMPORT_MB + 1) * 1024 * 1024 });
    await pickFile(field(root, /Import a JSON backup/), huge);
    expect(api.importText).not.toHaveBeenCalled();
    expect(text(root.querySelector('[role="alert"]')!)).toContain(
      'This file is too large to import (33 MB; the limit is 32 MB).',
    );
  });
});
