// `npm run zip` builds and packs both browsers from the one codebase. This
// runs it into a folder of its own and checks the two manifests for what must
// differ (Firefox: a sidebar and background scripts; Chrome: a side panel and
// a service worker), for the permission list, and the Firefox package with
// addons-linter (no error, no warning in our own code).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { isLibraryCode } from '../../../scripts/lint-firefox.mjs';
import { normalizeWar, SNAPSHOT, sorted, type Manifest } from '../manifest/manifest-config';

const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = process.env.LENS_ZIP_OUT_DIR ?? '.output-zip-test';
const OUT_DIR = resolve(ROOT, OUT);
const BUILD_TIMEOUT = 600_000;

let zips: string[] = [];
let chrome: Manifest;
let firefox: Manifest;
let zipLog = '';

const readManifest = (target: string): Manifest =>
  JSON.parse(readFileSync(join(OUT_DIR, target, 'manifest.json'), 'utf8')) as Manifest;

beforeAll(() => {
  rmSync(OUT_DIR, { recursive: true, force: true });
  const run = spawnSync('npm', ['run', 'zip'], {
    cwd: ROOT,
    env: { ...process.env, WXT_OUT_DIR: OUT },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
  });
  zipLog = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
  if (run.status !== 0)
    throw new Error(`npm run zip failed (${run.status ?? run.signal}):\n${zipLog.slice(-4000)}`);
  zips = readdirSync(OUT_DIR).filter((f) => f.endsWith('.zip'));
  chrome = readManifest('chrome-mv3');
  firefox = readManifest('firefox-mv3');
}, BUILD_TIMEOUT);

/** True when `file` is a zip archive with `entry` among its files (names are stored as plain bytes). */
function zipHas(file: string, entry: string): boolean {
  const bytes = readFileSync(join(OUT_DIR, file));
  return (
    bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && bytes.includes(Buffer.from(entry))
  );
}

describe('npm run zip', () => {
  it('packs a Chrome zip and a Firefox zip (with its sources for review)', () => {
    const chromeZip = zips.find((f) => f.endsWith('-chrome.zip'));
    const firefoxZip = zips.find((f) => f.endsWith('-firefox.zip'));
    expect(chromeZip, zipLog).toBeDefined();
    expect(firefoxZip, zipLog).toBeDefined();
    expect(zips.some((f) => f.endsWith('-sources.zip'))).toBe(true);
    for (const zip of [chromeZip!, firefoxZip!]) {
      expect(zipHas(zip, 'manifest.json')).toBe(true);
      expect(zipHas(zip, 'sidepanel.html')).toBe(true);
      expect(zipHas(zip, 'pdf-viewer.html')).toBe(true);
      expect(zipHas(zip, '_locales/ar/messages.json')).toBe(true);
    }
  });

  it('gives Chrome a side panel and a service worker, Firefox a sidebar and background scripts', () => {
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome.sidebar_action).toBeUndefined();
    expect(chrome.background).toMatchObject({ service_worker: 'background.js' });

    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect((firefox.background as { scripts?: string[] }).scripts).toEqual(['background.js']);
    expect((firefox.background as { service_worker?: string }).service_worker).toBeUndefined();
    expect(firefox.browser_specific_settings).toBeDefined();
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('builds both with exactly the listed permissions, hosts and web-accessible resources', () => {
    expect(sorted(chrome.permissions)).toEqual(SNAPSHOT.built.chrome.permissions);
    expect(sorted(firefox.permissions)).toEqual(SNAPSHOT.built.firefox.permissions);
    for (const manifest of [chrome, firefox]) {
      expect(sorted(manifest.host_permissions)).toEqual(SNAPSHOT.config.host_permissions);
      expect(sorted(manifest.optional_permissions as string[] | undefined)).toEqual([]);
      expect(normalizeWar(manifest.web_accessible_resources)).toEqual(
        SNAPSHOT.config.web_accessible_resources,
      );
      const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
      expect(sorted([...new Set(matches)])).toEqual(SNAPSHOT.config.content_script_matches);
      expect(manifest.content_security_policy).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
    }
  });

  it('passes addons-linter: no errors, no warnings in our own code', () => {
    const dir = join(OUT_DIR, 'firefox-mv3');
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
    const run = spawnSync('npx', ['addons-linter', '--output', 'json', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 300_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(run.stdout) as Record<'errors' | 'warnings', LinterMessage[]>;
    const show = (list: LinterMessage[]) =>
      list.map((m) => `${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
    expect(show(report.errors)).toEqual([]);
    expect(show(report.warnings.filter((w) => !isLibraryCode(dir, w)))).toEqual([]);
  }, 300_000);
});

interface LinterMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}
