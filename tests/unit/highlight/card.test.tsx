// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Card, formatDate, place } from '../../../components/inpage/Card';
import type { CardApi, CardTarget } from '../../../lib/scan/card-api';
import { setLocale } from '../../../lib/i18n';
import type { KbCard } from '../../../lib/messaging/protocol';

const anchor = { top: 100, left: 50, bottom: 120, right: 200 };
const viewport = { width: 1024, height: 768 };
const KB: KbCard = {
  symbol: 'S/RES/1325 (2000)',
  title: 'Resolution 1325 (2000) on women and peace and security',
  date: '2000-10-31',
  summary: 'The first resolution on women, peace and security.',
  url: 'https://undocs.org/S/RES/1325(2000)',
};

function mockApi(overrides: Partial<CardApi> = {}): CardApi {
  return {
    lookup: vi.fn(async () => KB),
    showInPanel: vi.fn(async () => true),
    save: vi.fn(async () => ({ ok: true as const })),
    close: vi.fn(),
    ...overrides,
  };
}

let host: HTMLElement;
beforeEach(() => {
  setLocale('en');
  host = document.createElement('div');
  document.body.replaceChildren(host);
});
afterEach(() => render(null, host));

async function show(
  target: CardTarget,
  api: CardApi,
  extra: { canSave?: boolean; trustedOnly?: boolean } = {},
) {
  await act(async () => {
    render(
      <Card
        target={target}
        api={api}
        canSave={extra.canSave ?? false}
        scheme="light"
        anchor={anchor}
        viewport={viewport}
        trustedOnly={extra.trustedOnly ?? false}
      />,
      host,
    );
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return host.querySelector<HTMLElement>('[role="dialog"]')!;
}

const symbol: CardTarget = {
  kind: 'symbol',
  text: 'resolution 1325 (2000)',
  symbol: 'S/RES/1325 (2000)',
  url: 'https://undocs.org/S/RES/1325(2000)',
  passageIndex: 3,
};

describe('Card', () => {
  it('shows a symbol with its knowledge-base title, date and summary, and the undocs.org link', async () => {
    const api = mockApi();
    const card = await show(symbol, api);
    expect(api.lookup).toHaveBeenCalledWith('S/RES/1325 (2000)');
    expect(card.getAttribute('aria-labelledby')).toBe('lens-card-title');
    expect(card.querySelector('h2')!.textContent).toBe('S/RES/1325 (2000)');
    expect(card.textContent).toContain(KB.title);
    expect(card.textContent).toContain('Date: October 31, 2000');
    expect(card.textContent).toContain(KB.summary);
    const link = card.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://undocs.org/S/RES/1325(2000)');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Open S/RES/1325 (2000) on undocs.org');
  });

  it('says so when the knowledge base does not know the symbol', async () => {
    const card = await show(symbol, mockApi({ lookup: vi.fn(async () => null) }));
    expect(card.textContent).toContain('Not in the 1325 Lens knowledge base yet');
  });

  it('shows a term with its themes and why', async () => {
    const card = await show(
      {
        kind: 'term',
        text: 'sexual violence',
        termId: 'sv',
        themes: ['sexual-violence', 'protection'],
        passageIndex: 1,
      },
      mockApi(),
    );
    expect([...card.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Sexual and gender-based violence',
      'Protection',
    ]);
    expect(card.textContent).toContain(
      '“sexual violence” is a term of the Women, Peace and Security lexicon for this theme.',
    );
  });

  it('opens the side panel, and says what to do when the browser refuses', async () => {
    const api = mockApi({ showInPanel: vi.fn(async () => false) });
    const card = await show(symbol, api);
    const button = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Show in side panel')!;
    await act(async () => {
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(api.showInPanel).toHaveBeenCalledWith(symbol);
    expect(card.querySelector('[role="status"]')!.textContent).toMatch(
      /Click the 1325 Lens button in the toolbar/,
    );
  });

  it('saves a selection and reports the outcome in words', async () => {
    const api = mockApi({
      save: vi.fn(async () => ({ ok: false as const, reason: 'no-selection' as const })),
    });
    const card = await show({ kind: 'selection', text: 'abc' }, api);
    const save = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Save passage')!;
    await act(async () => {
      save.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(card.querySelector('[role="status"]')!.textContent).toBe('Select the text to save first.');
  });

  it('closes on Escape and on its close button', async () => {
    const api = mockApi();
    const card = await show(symbol, api);
    await act(async () => {
      card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    card.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click();
    expect(api.close).toHaveBeenCalledTimes(2);
  });

  it('ignores clicks a page script makes (untrusted events) when told to', async () => {
    const api = mockApi();
    const card = await show(symbol, api, { trustedOnly: true });
    const button = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Show in side panel')!;
    await act(async () => button.click());
    expect(api.showInPanel).not.toHaveBeenCalled();
  });

  it('speaks the reader’s language, right to left in Arabic', async () => {
    setLocale('ar');
    const card = await show(symbol, mockApi());
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(card.getAttribute('lang')).toBe('ar');
    expect(card.textContent).toContain('عرض في اللوحة الجانبية');
  });
});

describe('place and formatDate', () => {
  it('puts the card below the highlight, or above when there is no room, inside the viewport', () => {
    expect(place(anchor, { width: 300, height: 200 }, viewport)).toEqual({ top: 126, left: 50 });
    const low = { top: 700, left: 900, bottom: 720, right: 980 };
    expect(place(low, { width: 300, height: 200 }, viewport)).toEqual({ top: 494, left: 720 });
  });

  it('writes dates in the reader’s language', () => {
    expect(formatDate('2000-10-31', 'fr')).toBe('31 octobre 2000');
    expect(formatDate('unknown', 'en')).toBe('unknown');
  });
});
