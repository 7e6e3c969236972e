/**
 * The manifest Chromium actually loaded (WXT adds what the entrypoints imply,
 * such as the side panel) asks for exactly the checked-in permissions, and
 * exposes only the PDF viewer to UN pages. A permission added anywhere fails
 * here until tests/unit/manifest/permissions.snapshot.json says why.
 */
import snapshot from '../unit/manifest/permissions.snapshot.json' with { type: 'json' };
import { expect, test } from './fixtures';

const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

test('the loaded extension holds the listed permissions and nothing more', async ({ serviceWorker }) => {
  const manifest = (await serviceWorker.evaluate(() =>
    chrome.runtime.getManifest(),
  )) as chrome.runtime.ManifestV3;
  expect(sorted(manifest.permissions)).toEqual(snapshot.built.chrome.permissions);
  expect(sorted(manifest.host_permissions)).toEqual(snapshot.config.host_permissions);
  expect(sorted(manifest.optional_permissions as string[] | undefined)).toEqual([]);
  expect(sorted(manifest.optional_host_permissions as string[] | undefined)).toEqual([]);
  const war = (manifest.web_accessible_resources ?? []).map((w) => ({
    resources: sorted(w.resources),
    matches: sorted(w.matches),
  }));
  expect(war).toEqual(snapshot.config.web_accessible_resources);
  const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
  expect(sorted([...new Set(matches)])).toEqual(snapshot.config.content_script_matches);
  expect(manifest.content_scripts?.every((c) => !c.all_frames && !c.match_about_blank)).toBe(true);
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.content_security_policy).toBeUndefined();

  // What the browser granted is what the manifest asked: no optional grants sneak in later.
  const granted = await serviceWorker.evaluate(() => chrome.permissions.getAll());
  expect(sorted(granted.permissions)).toEqual(snapshot.built.chrome.permissions);
  expect(sorted(granted.origins)).toEqual(snapshot.config.host_permissions);
});

test('web pages reach no extension file but the PDF viewer, and only from UN hosts', async ({
  context,
  extensionId,
}) => {
  const probe = async (pageUrl: string, file: string) => {
    const page = await context.newPage();
    await page.goto(pageUrl);
    const status = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'reachable';
      } catch {
        return 'blocked';
      }
    }, `chrome-extension://${extensionId}/${file}`);
    await page.close();
    return status;
  };
  const un = 'https://www.un.org/securitycouncil/content/women-peace-and-security.html';
  for (const file of ['sidepanel.html', 'library.html', 'options.html', 'background.js', 'manifest.json']) {
    expect(await probe(un, file), file).toBe('blocked');
  }
  expect(await probe('https://www.example.org/wps-blog.html', 'pdf-viewer.html')).toBe('blocked');
  expect(await probe(un, 'pdf-viewer.html')).toBe('reachable');
});
