// One codebase, two browsers: what wxt.config.ts declares differently for
// Firefox, and what it must declare the same. (What WXT derives from the
// entrypoints, sidebar vs side panel and background scripts vs service worker,
// is checked on real builds in zip.test.ts.)
import { describe, expect, it } from 'vitest';
import { configManifest, normalizeWar, sorted } from '../manifest/manifest-config';

interface Gecko {
  id?: string;
  strict_min_version?: string;
  data_collection_permissions?: { required?: string[]; optional?: string[] };
}

describe('Firefox-only manifest settings', () => {
  it('gives Firefox a stable add-on id, a minimum version and its data-collection statement', async () => {
    const firefox = await configManifest('firefox');
    const gecko = (firefox.browser_specific_settings as { gecko?: Gecko } | undefined)?.gecko;
    // A fixed id keeps storage (and the reader's notes) across updates and reinstalls from a file.
    expect(gecko?.id).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+$/);
    // data_collection_permissions is read from Firefox 140; sidebar + DNR response headers need later ones.
    expect(Number(gecko?.strict_min_version?.split('.')[0])).toBeGreaterThanOrEqual(140);
    // Firefox shows this at install: the extension collects nothing.
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('keeps browser_specific_settings out of the Chrome manifest', async () => {
    const chrome = await configManifest('chrome');
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('asks both browsers for the same permissions, hosts, pages and shortcut', async () => {
    const [chrome, firefox] = await Promise.all([configManifest('chrome'), configManifest('firefox')]);
    expect(sorted(firefox.permissions)).toEqual(sorted(chrome.permissions));
    expect(sorted(firefox.host_permissions)).toEqual(sorted(chrome.host_permissions));
    expect(normalizeWar(firefox.web_accessible_resources)).toEqual(
      normalizeWar(chrome.web_accessible_resources),
    );
    expect(firefox.commands).toEqual(chrome.commands);
    expect(firefox.default_locale).toBe(chrome.default_locale);
  });
});
