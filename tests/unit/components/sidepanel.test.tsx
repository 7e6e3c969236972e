// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { SidePanel } from '../../../components/sidepanel/SidePanel';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { samplePassage } from '../db/samples';
import { button, choose, click, field, flush, mount, text } from './render';
import { mockApi, passage, report, seed, type MockApi } from './mock-api';

const SV = 'The mission documented conflict-related sexual violence in three provinces.';
const PART = 'Women’s participation in the ceasefire talks remained below ten per cent.';
const CITE = 'Recalling resolution 1325 (2000) and all its subsequent resolutions.';

function withPassages(
  api: MockApi,
  passages = [passage(0, SV), passage(3, PART), passage(7, CITE, citing(CITE))],
) {
  api.setPage({ kind: 'report', tabId: 9, report: report({ passages }) });
}

function citing(textOf: string) {
  const start = textOf.indexOf('resolution 1325 (2000)');
  return {
    symbols: [
      {
        start,
        end: start + 'resolution 1325 (2000)'.length,
        text: 'resolution 1325 (2000)',
        canonical: ['S/RES/1325 (2000)'],
        kind: 'sc-resolution' as const,
        url: 'https://undocs.org/S/RES/1325(2000)',
      },
    ],
  };
}

let api: MockApi;
beforeEach(() => {
  api = mockApi();
});

describe('the side panel’s states', () => {
  it('says when it is still waiting for the page, and when the page is not a UN document', async () => {
    const root = await mount(<SidePanel api={api} />);
    expect(text(root)).toContain('Reading the page…');
    api.setPage({ kind: 'not-un' });
    await flush();
    expect(text(root)).toContain('This page is not a UN document that 1325 Lens reads');
  });

  it('offers to open a UN PDF shown by the browser’s viewer in 1325 Lens', async () => {
    const root = await mount(<SidePanel api={api} />);
    const url = 'https://documents.un.org/doc/undoc/gen/n00/720/18/pdf/n0072018.pdf';
    api.setPage({ kind: 'pdf', tabId: 4, url });
    await flush();
    expect(text(root)).toContain('shown by the browser’s own viewer');
    await click(button(root, 'Open in 1325 Lens'));
    expect(api.openInViewer).toHaveBeenCalledWith(4, url);
  });

  it('says when the reader switched 1325 Lens off for the site, and shows nothing of the page', async () => {
    const root = await mount(<SidePanel api={api} />);
    withPassages(api);
    await flush();
    api.setSettings({ ...DEFAULT_SETTINGS, disabledSites: ['undocs.org'] });
    await flush();
    expect(text(root)).toContain('1325 Lens is switched off for undocs.org.');
    expect(root.querySelector('[data-testid="passage-list"]')).toBeNull();
    await click(button(root, 'Open settings'));
    expect(api.openOptions).toHaveBeenCalled();

    api.setSettings(DEFAULT_SETTINGS);
    api.setPage({ kind: 'report', tabId: 9, report: report({ status: 'disabled' }) });
    await flush();
    expect(root.querySelector('[data-testid="state-disabled"]')).not.toBeNull();
  });

  it('says when the page is still loading, and when nothing was found', async () => {
    const root = await mount(<SidePanel api={api} />);
    api.setPage({ kind: 'report', tabId: 9, report: report({ status: 'loading' }) });
    await flush();
    expect(root.querySelector('[data-testid="state-loading"]')?.textContent).toBe('Still reading the page…');
    api.setPage({ kind: 'report', tabId: 9, report: report({ status: 'ready' }) });
    await flush();
    expect(root.querySelector('[data-testid="state-loading"]')).toBeNull();
    expect(text(root.querySelector('[data-testid="state-nothing"]')!)).toContain(
      'Nothing found on this page',
    );
  });
});

describe('the reading companion', () => {
  it('shows the document, its scorecard and the recommendation 2 check', async () => {
    const root = await mount(<SidePanel api={api} />);
    withPassages(api);
    await flush(6);
    expect(root.querySelector('[data-testid="document-symbol"]')?.textContent).toBe('S/2024/671');
    expect(text(root)).toContain('Women and peace and security: Report of the Secretary-General');
    expect(text(root)).toContain('English');
    const card = root.querySelector('[data-testid="scorecard"]')!;
    const row = (id: string) => [...card.querySelectorAll(`[data-theme="${id}"] > *`)].map((c) => text(c));
    expect(row('sexual-violence')).toEqual(['Sexual and gender-based violence', '1 (33%)']);
    expect(row('participation')).toEqual(['Participation', '1 (33%)']);
    expect(card.querySelector('[data-theme="oversight"]')).toBeNull();
    expect(card.querySelector('[data-check="sexual-violence"]')?.getAttribute('data-present')).toBe('true');
    expect(card.querySelector('[data-check="participation"]')?.getAttribute('data-present')).toBe('true');
  });

  it('lists passages with their themes; a click scrolls the page there and opens the links with the why', async () => {
    const root = await mount(<SidePanel api={api} />);
    withPassages(api);
    await flush();
    const first = root.querySelector('[data-passage-index="0"]')!;
    expect(text(first)).toContain('Sexual and gender-based violence');
    await click(first.querySelector('.passage-text'));
    expect(api.reveal).toHaveBeenCalledWith(9, { passageIndex: 0 });
    expect(first.getAttribute('aria-current')).toBe('true');
    expect(text(first)).toContain('Rec. 2b: country-specific reporting on sexual violence');
    expect(text(first)).toContain('Names “sexual violence” in a report from the field.');
    expect(text(first.querySelector('[data-theme-reason="sexual-violence"]')!)).toBe(
      'Sexual and gender-based violence The words “sexual violence” in the passage.',
    );

    const second = root.querySelector('[data-passage-index="3"]')!;
    await click(second.querySelector('.passage-toggle'));
    expect(api.reveal).toHaveBeenLastCalledWith(9, { passageIndex: 3 });
    expect(text(second)).toContain('S/RES/1325 (2000) OP1');
    expect(text(second)).toContain('Speaks of women at decision-making levels.');
    expect(first.getAttribute('aria-current')).toBeNull();
  });

  it('selects the passage whose highlight the reader focused on the page', async () => {
    const root = await mount(<SidePanel api={api} />);
    withPassages(api);
    await flush();
    api.focusPassage(9, 7);
    await flush();
    expect(root.querySelector('[data-passage-index="7"]')?.getAttribute('aria-current')).toBe('true');
    api.focusPassage(4, 0); // another tab: ignored
    await flush();
    expect(root.querySelector('[data-passage-index="0"]')?.getAttribute('aria-current')).toBeNull();
  });

  it('follows "Show in side panel" from the page’s card: a passage or a symbol’s card', async () => {
    const root = await mount(<SidePanel api={api} />);
    withPassages(api);
    await flush();
    api.showInPanel({ tabId: 9, passageIndex: 3 });
    await flush();
    expect(root.querySelector('[data-passage-index="3"]')?.getAttribute('aria-current')).toBe('true');
    api.showInPanel({ tabId: 9, symbol: 'S/RES/1325 (2000)' });
    await flush();
    expect(text(root.querySelector('[data-testid="kb-card"]')!)).toContain('The Council’s first resolution');
    api.showInPanel({ tabId: 2, symbol: 'S/RES/9999 (2030)' }); // another tab's panel
    await flush();
    expect(text(root.querySelector('[data-testid="kb-card"]')!)).toContain('S/RES/1325 (2000)');
  });

  it('filters passages by theme and by kind', async () => {
    const root = await mount(<SidePanel api={api} />);
    withPassages(api);
    await flush();
    const shown = () =>
      [...root.querySelectorAll('[data-passage-index]')].map((n) => n.getAttribute('data-passage-index'));
    expect(shown()).toEqual(['0', '3', '7']);
    await choose(field(root, 'Theme'), 'participation');
    expect(shown()).toEqual(['3']);
    await choose(field(root, 'Theme'), '');
    await choose(field(root, 'Kind'), 'symbols');
    expect(shown()).toEqual(['7']);
    await choose(field(root, 'Theme'), 'oversight');
    expect(text(root)).toContain('No passage matches these filters.');
  });

  it('opens the knowledge-base card of a symbol, and says so when it has none', async () => {
    const root = await mount(<SidePanel api={api} />);
    api.setPage({
      kind: 'report',
      tabId: 9,
      report: report({
        symbols: [
          {
            canonical: 'S/RES/1325 (2000)',
            kind: 'sc-resolution',
            url: 'https://undocs.org/S/RES/1325(2000)',
            count: 2,
            firstText: 'resolution 1325 (2000)',
          },
        ],
        passages: [passage(7, CITE, citing(CITE))],
      }),
    });
    await flush();
    const list = root.querySelector('[data-testid="symbol-list"]')!;
    expect(list.querySelector('li[data-symbol="S/RES/1325 (2000)"] a')?.getAttribute('href')).toBe(
      'https://undocs.org/S/RES/1325(2000)',
    );
    await click(button(root, 'Details about S/RES/1325 (2000)'));
    const card = root.querySelector('[data-testid="kb-card"]')!;
    expect(text(card)).toContain('The Council’s first resolution on women, peace and security.');
    expect(text(card)).toContain('OP1 More women at all decision-making levels.');
    expect(text(card)).toContain('unanimous');
    expect(card.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/undocs\.org\/S\/RES\/1325/);
    expect(document.activeElement?.id).toBe('kb-card-heading');
    await click(button(card, 'Close'));
    expect(root.querySelector('[data-testid="kb-card"]')).toBeNull();

    // The document's own symbol has no card: say so rather than show nothing.
    await click(root.querySelector('[data-testid="document-symbol"] button'));
    expect(text(root.querySelector('[data-testid="kb-card"]')!)).toContain(
      'has no card for this document yet',
    );
  });

  it('judges each passage once, however often the page reports', async () => {
    await mount(<SidePanel api={api} />);
    const passages = Array.from({ length: 30 }, (_, i) => passage(i, `${SV} Number ${i}.`));
    for (let round = 0; round < 4; round++) {
      // A fresh report object each time, as messages deliver them.
      api.setPage({
        kind: 'report',
        tabId: 9,
        report: report({ passages: passages.map((p) => ({ ...p })) }),
      });
      await flush(4);
    }
    expect(api.analyzeCalls).toBe(30);
  });

  it('shows a long document a window at a time, keeping every passage reachable', async () => {
    const root = await mount(<SidePanel api={api} />);
    const passages = Array.from({ length: 2000 }, (_, i) =>
      passage(i, `Paragraph ${i}: ${i % 2 ? SV : PART}`),
    );
    api.setPage({ kind: 'report', tabId: 9, report: report({ passages }) });
    await flush();
    const count = () => root.querySelectorAll('[data-passage-index]').length;
    expect(count()).toBe(50);
    expect(text(root)).toContain('Showing 50 of 2,000.');
    await click(button(root, 'Show 50 more'));
    expect(count()).toBe(100);
    // The page focuses a highlight far down: the window grows to include it.
    api.focusPassage(9, 1500);
    await flush();
    expect(root.querySelector('[data-passage-index="1500"]')?.getAttribute('aria-current')).toBe('true');
  });
});

describe('saved passages in the panel', () => {
  const onThisPage = (over = {}) =>
    samplePassage({
      documentKey: 'symbol:S/2024/671',
      url: 'https://undocs.org/S/2024/671',
      symbol: 'S/2024/671',
      ...over,
    });

  it('lists this document’s saved passages, found or honestly not found, and reveals a found one', async () => {
    const found = onThisPage({ selectors: quote('documented conflict-related sexual violence') });
    const lost = onThisPage({ selectors: quote('a paragraph the page no longer has') });
    seed(api, [found, lost, samplePassage({ documentKey: 'symbol:S/RES/2467 (2019)' })]);
    const root = await mount(<SidePanel api={api} />);
    api.setPage({
      kind: 'report',
      tabId: 9,
      report: report({
        saved: [
          { id: found.id, found: true },
          { id: lost.id, found: false },
        ],
      }),
    });
    await flush();
    const items = root.querySelectorAll('[data-testid="saved-list"] article');
    expect(items).toHaveLength(2);
    const lostItem = root.querySelector(`[data-saved-id="${lost.id}"]`)!;
    expect(text(lostItem)).toContain('Not found on this page');
    expect(text(lostItem)).toContain('a paragraph the page no longer has');
    expect(() => button(lostItem, 'Show on page')).toThrow(); // never attached to other text
    await click(button(root.querySelector(`[data-saved-id="${found.id}"]`)!, 'Show on page'));
    expect(api.reveal).toHaveBeenCalledWith(9, { savedId: found.id });
  });

  it('saves the selection and says what happened, including a full disk', async () => {
    const root = await mount(<SidePanel api={api} />);
    withPassages(api);
    await flush();
    api.nextSave = { ok: false, reason: 'no-selection', detail: '' };
    await click(button(root, 'Save selection'));
    expect(text(root)).toContain('Select text on the page first.');
    api.nextSave = { ok: false, reason: 'quota', detail: 'QuotaExceededError' };
    await click(button(root, 'Save selection'));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      'Your disk is full, so this was not saved. Everything saved before is safe.',
    );
    api.nextSave = { ok: true, id: 'x' };
    await click(button(root, 'Save selection'));
    expect(text(root)).toContain('Passage saved.');
  });

  it('shows a failed save from the context menu or shortcut until dismissed', async () => {
    const root = await mount(<SidePanel api={api} />);
    withPassages(api);
    await flush();
    api.setNotice({
      kind: 'quota',
      detail: 'QuotaExceededError',
      quote: 'women mediators in the talks',
      at: '2026-01-01T00:00:00Z',
    });
    await flush();
    const notice = root.querySelector('[data-testid="save-notice"]')!;
    expect(text(notice)).toContain('Not saved: “women mediators in the talks”.');
    expect(text(notice)).toContain('Your disk is full');
    await click(button(notice, 'Dismiss'));
    expect(root.querySelector('[data-testid="save-notice"]')).toBeNull();
  });

  it('deletes a saved passage with undo', async () => {
    const p = onThisPage({ note: 'keep this thought' });
    seed(api, [p]);
    const root = await mount(<SidePanel api={api} />);
    withPassages(api);
    await flush();
    await click(button(root.querySelector(`[data-saved-id="${p.id}"]`)!, 'Delete'));
    expect(root.querySelector(`[data-saved-id="${p.id}"]`)).toBeNull();
    expect(text(root)).toContain('Passage deleted.');
    await click(button(root, 'Undo'));
    expect(text(root.querySelector(`[data-saved-id="${p.id}"]`)!)).toContain('keep this thought');
    expect(api.store.get(p.id)).toEqual(p);
  });

  it('speaks the reader’s language, right to left for Arabic', async () => {
    const root = await mount(<SidePanel api={api} />);
    withPassages(api);
    api.setSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'ar' });
    await flush();
    const main = root.querySelector('main')!;
    expect(main.getAttribute('dir')).toBe('rtl');
    expect(main.getAttribute('lang')).toBe('ar');
    expect(text(root)).toContain('حفظ التحديد');
    api.setSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'fr' });
    await flush();
    expect(root.querySelector('main')!.getAttribute('dir')).toBe('ltr');
    expect(text(root)).toContain('Enregistrer la sélection');
    api.setSettings(DEFAULT_SETTINGS);
    await flush();
  });
});

function quote(exact: string) {
  return {
    quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
  };
}
