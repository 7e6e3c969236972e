// The narrowest permissions, held by a checked-in list: adding a permission,
// a host or a web-accessible resource fails here until the list (and
// docs/security.md) says why.
import { describe, expect, it } from 'vitest';
import contentScript from '../../../entrypoints/un.content/index';
import { UN_MATCHES } from '../../../lib/hosts';
import { configManifest, normalizeWar, SNAPSHOT, sorted } from './manifest-config';

const BROWSERS = ['chrome', 'firefox'] as const;
const CHANGED = 'changed: review docs/security.md and tests/unit/manifest/permissions.snapshot.json';

/** Permissions no reading tool of UN pages needs; any of them would widen what a reader grants. */
const NEVER = [
  'tabs',
  'scripting',
  'activeTab',
  'webRequest',
  'webRequestBlocking',
  'declarativeNetRequest',
  'cookies',
  'history',
  'bookmarks',
  'downloads',
  'management',
  'nativeMessaging',
  'debugger',
  'clipboardRead',
  'unlimitedStorage',
  'webNavigation',
  'identity',
  'geolocation',
  'notifications',
];

describe.each(BROWSERS)('the %s manifest from wxt.config.ts', (browser) => {
  it('asks for the listed permissions and no others', async () => {
    const manifest = await configManifest(browser);
    expect(sorted(manifest.permissions), `permissions ${CHANGED}`).toEqual(SNAPSHOT.config.permissions);
    expect(sorted(manifest.optional_permissions as string[]), `optional permissions ${CHANGED}`).toEqual(
      SNAPSHOT.config.optional_permissions,
    );
    for (const name of NEVER) expect(manifest.permissions ?? []).not.toContain(name);
  });

  it('reaches only the UN hosts', async () => {
    const manifest = await configManifest(browser);
    expect(sorted(manifest.host_permissions), `host permissions ${CHANGED}`).toEqual(
      SNAPSHOT.config.host_permissions,
    );
    expect(sorted(manifest.optional_host_permissions as string[]), `optional hosts ${CHANGED}`).toEqual(
      SNAPSHOT.config.optional_host_permissions,
    );
    for (const pattern of manifest.host_permissions ?? []) {
      expect(pattern).not.toMatch(/<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\//);
    }
  });

  it('exposes only the PDF viewer page, and only to UN pages', async () => {
    const manifest = await configManifest(browser);
    expect(normalizeWar(manifest.web_accessible_resources), `web_accessible_resources ${CHANGED}`).toEqual(
      SNAPSHOT.config.web_accessible_resources,
    );
  });

  it('keeps the browser’s default content security policy and lets no web page message it', async () => {
    const manifest = await configManifest(browser);
    // MV3's default CSP allows only the extension's own scripts; a custom one could only loosen it here.
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });
});

describe('the content script', () => {
  it('runs on the listed UN hosts only, in no frame but the top one', () => {
    // One list for both browsers (a per-browser map would let one of them drift).
    expect(Array.isArray(contentScript.matches)).toBe(true);
    expect(sorted(contentScript.matches as string[]), `content script matches ${CHANGED}`).toEqual(
      SNAPSHOT.config.content_script_matches,
    );
    expect(sorted(UN_MATCHES)).toEqual(SNAPSHOT.config.content_script_matches);
    expect(contentScript.allFrames ?? false).toBe(false);
    expect(contentScript.matchAboutBlank ?? false).toBe(false);
    // Isolated world: page scripts never share our globals or prototypes.
    expect(contentScript.world ?? 'ISOLATED').toBe('ISOLATED');
  });
});
