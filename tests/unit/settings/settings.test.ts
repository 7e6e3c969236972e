import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  loadSettings,
  normalizeHost,
  normalizeSettings,
  saveSettings,
  setSiteEnabled,
  watchSettings,
  type Settings,
} from '../../../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('normalizeSettings', () => {
  it('keeps a reader’s valid choices and repairs the rest from the defaults', () => {
    const stored = {
      enabled: 'yes',
      disabledSites: [
        'Press.UN.org',
        42,
        'https://undocs.org/S/RES/1325(2000)',
        'not a site!',
        'press.un.org',
      ],
      kinds: { symbol: false, term: 'no', bogus: true },
      themes: { protection: false, 'not-a-theme': false },
      uiLanguage: 'de',
      extra: 1,
    };
    const settings = normalizeSettings(stored);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['press.un.org', 'undocs.org'],
      kinds: { symbol: false, term: true, saved: true },
      themes: { ...DEFAULT_SETTINGS.themes, protection: false },
    });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ uiLanguage: 'ar' }).uiLanguage).toBe('ar');
  });
});

describe('normalizeHost', () => {
  it.each([
    ['press.un.org', 'press.un.org'],
    ['  Press.UN.org. ', 'press.un.org'],
    ['https://www.un.org/securitycouncil/', 'www.un.org'],
    ['http://undocs.org', 'undocs.org'],
    ['not a site', null],
    ['un', null],
    ['', null],
    ['javascript:alert(1)', null],
  ])('%j -> %j', (input, host) => {
    expect(normalizeHost(input)).toBe(host);
  });
});

describe('settings in extension storage', () => {
  it('switches a site off and on, and the master switch wins', async () => {
    await setSiteEnabled('https://press.un.org/en/2019/sc13998.doc.htm', false);
    let settings = await loadSettings();
    expect(settings.disabledSites).toEqual(['press.un.org']);
    expect(isSiteEnabled(settings, 'press.un.org')).toBe(false);
    expect(isSiteEnabled(settings, 'www.un.org')).toBe(true);
    await setSiteEnabled('press.un.org', true);
    settings = await loadSettings();
    expect(isSiteEnabled(settings, 'press.un.org')).toBe(true);
    settings = await saveSettings({ enabled: false });
    expect(isSiteEnabled(settings, 'www.un.org')).toBe(false);
    await expect(setSiteEnabled('???', false)).rejects.toThrow(/Not a site/);
  });

  it('tells every watcher about a change, normalized', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ kinds: { symbol: false, term: true, saved: true } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    stop();
    await saveSettings({ enabled: false });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.kinds.symbol).toBe(false);
  });
});
