// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Options } from '../../../components/options/Options';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../../lib/settings';
import type { OptionsApi } from '../../../lib/settings/options-api';

/** An in-memory OptionsApi that behaves like storage (normalizes, notifies watchers). */
function memoryApi(initial: Settings = DEFAULT_SETTINGS) {
  let value = initial;
  const listeners = new Set<(s: Settings) => void>();
  const saves: Partial<Settings>[] = [];
  const api: OptionsApi = {
    load: async () => value,
    save: async (patch) => {
      saves.push(patch);
      value = normalizeSettings({ ...value, ...patch });
      return value;
    },
    watch: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { api, saves, current: () => value, push: (s: Settings) => listeners.forEach((l) => l(s)) };
}

let host: HTMLElement;
let locale = '';
beforeEach(() => {
  host = document.createElement('div');
  document.body.replaceChildren(host);
});
afterEach(() => render(null, host));

const flush = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 0))));

async function mount(api: OptionsApi) {
  await act(async () => {
    render(<Options api={api} browserLanguages={['fr-CH', 'en']} onLocale={(l) => (locale = l)} />, host);
  });
  await flush();
}

const checkbox = (name: string) =>
  [...host.querySelectorAll('label')].find((l) => l.textContent?.includes(name))!.querySelector('input')!;

async function click(el: HTMLElement) {
  await act(async () => el.click());
  await flush();
}

describe('Options', () => {
  it('follows the browser language when the reader chose none', async () => {
    const { api } = memoryApi();
    await mount(api);
    expect(locale).toBe('fr');
    expect(host.querySelector('h1')!.textContent).toBe('Paramètres de 1325 Lens');
  });

  it('saves a kind switched off at once and disables the themes when terms are off', async () => {
    const { api, current } = memoryApi({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    await mount(api);
    await click(checkbox('UN document symbols'));
    expect(current().kinds.symbol).toBe(false);
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Saved.');
    await click(checkbox('Women, Peace and Security terms'));
    const themes = host.querySelectorAll('fieldset')[1]!;
    expect(themes.hasAttribute('disabled')).toBe(true);
    expect(themes.textContent).toContain('Term highlights are off');
    await click(checkbox('Women, Peace and Security terms'));
    await click(checkbox('Council oversight'));
    expect(current().themes.oversight).toBe(false);
    expect(current().themes.protection).toBe(true);
  });

  it('refuses a bad site name with a reason, and keeps the host of a URL', async () => {
    const { api, current, saves } = memoryApi({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    await mount(api);
    const input = host.querySelector<HTMLInputElement>('#site-input')!;
    const submit = async (value: string) => {
      await act(async () => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(async () => {
        host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      });
      await flush();
    };
    await submit('not a site');
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('“not a site” is not a site name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(saves).toHaveLength(0);
    await submit('https://press.un.org/en/2019/sc13998.doc.htm');
    expect(current().disabledSites).toEqual(['press.un.org']);
    expect(host.querySelector('[role="alert"]')).toBeNull();
    const on = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Switch press.un.org on again',
    )!;
    await click(on);
    expect(current().disabledSites).toEqual([]);
  });

  it('shows changes made elsewhere (another options tab, an import) as they come', async () => {
    const { api, push } = memoryApi({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    await mount(api);
    await act(async () => push({ ...DEFAULT_SETTINGS, uiLanguage: 'ar', enabled: false }));
    expect(locale).toBe('ar');
    expect(checkbox('الأمم المتحدة').checked).toBe(false);
  });
});
