import { describe, expect, it, vi } from 'vitest';
import { createAnalysisCache } from '../../../lib/panel/analysis-cache';
import { openAtPassage } from '../../../lib/panel/open-source';
import { asSaveNotice } from '../../../lib/panel/save-notice';
import { pickSettings } from '../../../lib/panel/settings-import';

const judgement = () => ({ themes: [], recommendations: [], provisions: [], symbols: [], terms: [] });

describe('the analysis cache', () => {
  it('judges a passage once per text, language and document, and forgets the oldest beyond its size', () => {
    const analyze = vi.fn(judgement);
    const cache = createAnalysisCache(analyze, 2);
    const a = cache.get('text a', { lang: 'en' });
    expect(cache.get('text a', { lang: 'en' })).toBe(a);
    cache.get('text a', { lang: 'fr' }); // another language is another judgement
    expect(analyze).toHaveBeenCalledTimes(2);
    cache.get('text b', { lang: 'en' });
    expect(cache.size).toBe(2);
    expect(cache.has('text a', { lang: 'en' })).toBe(false);
    expect(cache.has('text b', { lang: 'en' })).toBe(true);
  });
});

describe('opening a saved passage’s page', () => {
  it('asks the new tab to reveal the passage until its page is ready', async () => {
    const answers = [undefined, undefined, false, true];
    const reveal = vi.fn(async () => answers.shift());
    const ok = await openAtPassage(
      { openTab: async () => 77, reveal, sleep: async () => undefined },
      'https://undocs.org/S/RES/1820(2008)',
      'saved-1',
    );
    expect(ok).toBe(true);
    expect(reveal).toHaveBeenCalledTimes(4);
    expect(reveal).toHaveBeenLastCalledWith(77, 'saved-1');
  });

  it('gives up after its time limit when the page never finds it', async () => {
    const reveal = vi.fn(async () => false);
    const ok = await openAtPassage(
      { openTab: async () => 5, reveal, sleep: async () => undefined },
      'https://x.un.org/',
      'id',
      {
        timeoutMs: 1000,
        stepMs: 250,
      },
    );
    expect(ok).toBe(false);
    expect(reveal).toHaveBeenCalledTimes(5);
  });
});

describe('settings from a backup', () => {
  it('takes only known keys with the right types', () => {
    expect(
      pickSettings({
        enabled: false,
        disabledSites: ['press.un.org', 42, '<script>'],
        kinds: { symbol: false, term: 'yes', extra: true },
        themes: { oversight: false, unknown: false },
        uiLanguage: 'ar',
        __proto__: { enabled: true },
        constructor: 'x',
      }),
    ).toEqual({
      enabled: false,
      disabledSites: ['press.un.org'],
      kinds: { symbol: false },
      themes: { oversight: false },
      uiLanguage: 'ar',
    });
    expect(pickSettings({ uiLanguage: 'xx' })).toBeNull();
    expect(pickSettings('settings')).toBeNull();
    expect(pickSettings(undefined)).toBeNull();
  });
});

describe('the save notice', () => {
  it('reads only well-formed notices', () => {
    expect(asSaveNotice({ kind: 'quota', detail: 'full', at: '2026-01-01T00:00:00Z', quote: 'q' })).toEqual({
      kind: 'quota',
      detail: 'full',
      at: '2026-01-01T00:00:00Z',
      quote: 'q',
    });
    expect(asSaveNotice({ kind: 'quota' })).toBeNull();
    expect(asSaveNotice(null)).toBeNull();
  });
});
