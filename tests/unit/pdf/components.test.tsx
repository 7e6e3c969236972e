// @vitest-environment happy-dom
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorView } from '../../../components/pdf/ErrorView';
import { FindBar } from '../../../components/pdf/FindBar';
import { MarkCard } from '../../../components/pdf/MarkCard';
import { StatusLine } from '../../../components/pdf/StatusLine';
import { Toolbar } from '../../../components/pdf/Toolbar';
import type { CardApi, ChromeState, ViewerApi } from '../../../components/pdf/api';
import { setLocale } from '../../../lib/i18n';
import { pdf } from '../../../lib/i18n/catalog/pdf';
import { LOCALES } from '../../../lib/i18n';

const roots: HTMLElement[] = [];
async function mount(vnode: VNode): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  await act(() => render(vnode, root));
  return root;
}
async function settle(): Promise<void> {
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}
afterEach(() => {
  for (const root of roots.splice(0)) {
    render(null, root);
    root.remove();
  }
  setLocale('en');
});

function mockApi() {
  return {
    goToPage: vi.fn<ViewerApi['goToPage']>(),
    zoomBy: vi.fn<ViewerApi['zoomBy']>(),
    setZoom: vi.fn<ViewerApi['setZoom']>(),
    openInBrowser: vi.fn<ViewerApi['openInBrowser']>(),
    find: vi.fn<ViewerApi['find']>(),
    findStep: vi.fn<ViewerApi['findStep']>(),
    closeFind: vi.fn<ViewerApi['closeFind']>(),
    openFind: vi.fn<ViewerApi['openFind']>(),
    focusHighlight: vi.fn<ViewerApi['focusHighlight']>(),
  } satisfies ViewerApi;
}

const state = (over: Partial<ChromeState> = {}): ChromeState => ({
  title: 'S/RES/1325 (2000)',
  url: 'https://documents.un.org/doc/UNDOC/GEN/N00/720/18/PDF/N0072018.pdf',
  page: 2,
  pageCount: 4,
  zoom: 1.25,
  fit: false,
  read: 4,
  pagesWithoutText: [],
  find: { open: false, query: '', total: 0, current: 0, pending: false },
  ...over,
});

let api: ReturnType<typeof mockApi>;
beforeEach(() => {
  api = mockApi();
});

describe('toolbar', () => {
  it('shows the document and its original address, with the way out to the browser’s viewer', async () => {
    const root = await mount(<Toolbar state={state()} api={api} />);
    expect(root.querySelector('h1')?.textContent).toBe('S/RES/1325 (2000)');
    const link = root.querySelector<HTMLAnchorElement>('[data-testid="original-url"]')!;
    expect(link.getAttribute('href')).toBe(state().url);
    expect(link.textContent).toBe('documents.un.org/doc/UNDOC/GEN/N00/720/18/PDF/N0072018.pdf');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="open-in-browser"]')!.click());
    await act(() => link.click());
    expect(api.openInBrowser).toHaveBeenCalledTimes(2);
  });

  it('moves between pages by button and by number, refusing pages that do not exist', async () => {
    const root = await mount(<Toolbar state={state()} api={api} />);
    const byName = (name: string) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(name))!;
    await act(() => byName('Next page').click());
    await act(() => byName('Previous page').click());
    expect(api.goToPage.mock.calls).toEqual([[3], [1]]);
    const input = root.querySelector<HTMLInputElement>('[data-testid="page-input"]')!;
    await act(() => {
      input.value = '4';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(api.goToPage).toHaveBeenLastCalledWith(4);
    await act(() => {
      input.value = '9';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(api.goToPage).toHaveBeenCalledTimes(3);
    expect(input.value).toBe('2');
  });

  it('zooms by step and by choice, including fit width', async () => {
    const root = await mount(<Toolbar state={state()} api={api} />);
    const select = root.querySelector<HTMLSelectElement>('[data-testid="zoom-select"]')!;
    expect(select.value).toBe('1.25');
    await act(() => {
      select.value = 'fit';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(api.setZoom).toHaveBeenLastCalledWith('fit');
    await act(() =>
      [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Zoom in'))!.click(),
    );
    expect(api.zoomBy).toHaveBeenLastCalledWith(1);
  });

  it('gives every button an accessible name', async () => {
    const root = await mount(<Toolbar state={state()} api={api} />);
    for (const button of root.querySelectorAll('button')) expect(button.textContent?.trim()).not.toBe('');
  });
});

describe('find bar', () => {
  it('searches as the reader types, steps with Enter and Shift+Enter, closes with Escape', async () => {
    const root = await mount(
      <FindBar find={{ open: true, query: 'femmes', total: 12, current: 3, pending: false }} api={api} />,
    );
    const input = root.querySelector<HTMLInputElement>('[data-testid="find-input"]')!;
    expect(document.activeElement).toBe(input);
    expect(root.querySelector('[data-testid="find-count"]')?.textContent).toBe('3 of 12');
    await act(() => {
      input.value = 'paix';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(api.find).toHaveBeenLastCalledWith('paix');
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }));
    });
    expect(api.findStep.mock.calls).toEqual([[1], [-1]]);
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(api.closeFind).toHaveBeenCalled();
  });

  it('says when nothing matches and when more pages are still being read', async () => {
    const root = await mount(
      <FindBar find={{ open: true, query: 'xyz', total: 0, current: 0, pending: true }} api={api} />,
    );
    expect(root.querySelector('[data-testid="find-count"]')?.textContent).toContain('No matches');
    expect(root.querySelector('[data-testid="find-count"]')?.textContent).toContain('Still reading');
  });

  it('is not there when closed', async () => {
    const root = await mount(
      <FindBar find={{ open: false, query: '', total: 0, current: 0, pending: false }} api={api} />,
    );
    expect(root.querySelector('[role="search"]')).toBeNull();
  });
});

describe('status line', () => {
  it('reports reading progress, image pages and a site switched off', async () => {
    const root = await mount(
      <StatusLine state={state({ read: 1, pagesWithoutText: [3, 4], disabledSite: 'documents.un.org' })} />,
    );
    const text = root.textContent ?? '';
    expect(text).toContain('Reading page 2 of 4');
    expect(text).toContain('Pages without text (images): 3, 4');
    expect(text).toContain('switched off for documents.un.org');
  });
});

describe('errors', () => {
  it('says why, and offers the address itself', async () => {
    const open = vi.fn();
    const root = await mount(
      <ErrorView
        error={{ kind: 'not-pdf', url: 'https://undocs.org/S/RES/1325(2000)' }}
        onOpenAddress={open}
      />,
    );
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('This address does not serve a PDF.');
    await act(() => root.querySelector('a')!.click());
    expect(open).toHaveBeenCalledWith('https://undocs.org/S/RES/1325(2000)');
  });

  it('offers no link for an address that is not http(s)', async () => {
    const root = await mount(
      <ErrorView error={{ kind: 'invalid', value: 'javascript:alert(1)' }} onOpenAddress={vi.fn()} />,
    );
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('javascript:alert(1)');
    expect(root.querySelector('a')).toBeNull();
  });
});

describe('card', () => {
  function cardApi(found: Awaited<ReturnType<CardApi['lookup']>>) {
    return {
      lookup: vi.fn<CardApi['lookup']>(async () => found),
      showInPanel: vi.fn<CardApi['showInPanel']>(),
      close: vi.fn<CardApi['close']>(),
    } satisfies CardApi;
  }

  it('shows what the knowledge base knows of a symbol, as text', async () => {
    const api = cardApi({
      symbol: 'S/RES/1820 (2008)',
      title: 'Resolution 1820 <b>(2008)</b>',
      date: '2008-06-19',
      summary: 'Sexual violence as a tactic of war.',
      url: 'https://undocs.org/S/RES/1820(2008)',
    });
    const subject = {
      kind: 'symbol' as const,
      symbol: 'S/RES/1820 (2008)',
      url: 'https://undocs.org/S/RES/1820(2008)',
      passageIndex: 4,
    };
    const root = await mount(<MarkCard subject={subject} position={{ top: 10, left: 10 }} api={api} />);
    await settle();
    expect(root.querySelector('h2')?.textContent).toBe('Resolution 1820 <b>(2008)</b>');
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('2008-06-19');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://undocs.org/S/RES/1820(2008)');
    await act(() =>
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Show in side panel')!.click(),
    );
    expect(api.showInPanel).toHaveBeenCalledWith(subject);
    await act(() => {
      root
        .querySelector('[role="dialog"]')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(api.close).toHaveBeenCalled();
  });

  it('names a symbol the knowledge base does not know, and a term with its themes', async () => {
    const api = cardApi(null);
    const root = await mount(
      <MarkCard
        subject={{
          kind: 'symbol',
          symbol: 'A/52/231',
          url: 'https://undocs.org/A/52/231',
          passageIndex: null,
        }}
        position={{ top: 0, left: 0 }}
        api={api}
      />,
    );
    await settle();
    expect(root.querySelector('h2')?.textContent).toBe('UN document A/52/231');
    const term = await mount(
      <MarkCard
        subject={{
          kind: 'term',
          text: 'participation des femmes',
          themes: ['participation'],
          passageIndex: 2,
        }}
        position={{ top: 0, left: 0 }}
        api={api}
      />,
    );
    expect(term.textContent).toContain('“participation des femmes”, theme: participation');
  });
});

describe('the catalog', () => {
  it('has every string in the six languages, with the same placeholders', () => {
    for (const [key, entry] of Object.entries(pdf)) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const locale of LOCALES) {
        expect(entry[locale], `${key}.${locale}`).toBeTruthy();
        expect(placeholders(entry[locale]), `${key}.${locale}`).toEqual(placeholders(entry.en));
      }
    }
  });

  it('renders in the reader’s language', async () => {
    setLocale('fr');
    const root = await mount(<StatusLine state={state({ pagesWithoutText: [1] })} />);
    expect(root.textContent).toContain('Pages sans texte (images) : 1');
  });
});
