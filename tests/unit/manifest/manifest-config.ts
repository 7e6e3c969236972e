/**
 * The manifest as `wxt.config.ts` declares it, for a target browser, and the
 * checked-in list of what the extension may do. WXT adds what the entrypoints
 * imply (side panel, content scripts, background) at build time; the built
 * manifests are compared in `tests/unit/firefox/zip.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'wxt/browser';
import config from '../../../wxt.config';

export type Manifest = Browser.runtime.ManifestV3 & Record<string, unknown>;

export interface WebAccessible {
  resources: string[];
  matches: string[];
}

export interface PermissionSnapshot {
  config: {
    permissions: string[];
    host_permissions: string[];
    optional_permissions: string[];
    optional_host_permissions: string[];
    web_accessible_resources: WebAccessible[];
    content_script_matches: string[];
  };
  built: Record<'chrome' | 'firefox', { permissions: string[] }>;
}

export const SNAPSHOT: PermissionSnapshot = JSON.parse(
  readFileSync(fileURLToPath(new URL('./permissions.snapshot.json', import.meta.url)), 'utf8'),
);

/** The manifest fields `wxt.config.ts` gives for `browser` in a production build. */
export async function configManifest(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') return (await manifest) as Manifest;
  return (await manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' })) as Manifest;
}

/** Sorted copy, so order never makes a difference. */
export const sorted = (list: readonly string[] | undefined): string[] => [...(list ?? [])].sort();

/** Web-accessible resources with sorted lists, in a stable order. */
export function normalizeWar(list: unknown): WebAccessible[] {
  if (!Array.isArray(list)) return [];
  return (list as WebAccessible[])
    .map((w) => ({ resources: sorted(w.resources), matches: sorted(w.matches) }))
    .sort((a, b) => a.resources.join().localeCompare(b.resources.join()));
}
