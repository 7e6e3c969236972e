/**
 * Debian's Chromium with the built extension loaded, in a fresh profile,
 * every host name mapped to the fixture server: the one way the end-to-end
 * fixtures, the benchmarks and the demo start the browser.
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium flags shared by the tests, the benchmarks and the demo. */
export function chromiumArgs(extensionDir: string, port: number): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Every host resolves to the loopback fixture server: no traffic leaves.
    `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider',
  ];
}

/** What is wrong with `extensionDir` as a built extension, in words; undefined when it is one. */
export function missingBuild(extensionDir = EXTENSION_DIR): string | undefined {
  return existsSync(join(extensionDir, 'manifest.json'))
    ? undefined
    : `No built extension at ${extensionDir}: run \`npm run build\` first (or set WXT_OUT_DIR).`;
}

export interface LaunchOptions {
  /** The fixture server's port, where every host name resolves. */
  port: number;
  extensionDir?: string;
  /** Default true. */
  headless?: boolean;
  /** Default 1280 × 900; null lets a headed window choose. */
  viewport?: { width: number; height: number } | null;
  /** Flags beyond `chromiumArgs`. */
  extraArgs?: string[];
}

export interface LaunchedLens {
  context: BrowserContext;
  /** Closes the browser and removes its profile. */
  close: () => Promise<void>;
}

/** Starts Chromium with the built extension, in a new profile; throws when there is no build. */
export async function launchLens({
  port,
  extensionDir = EXTENSION_DIR,
  headless = true,
  viewport = { width: 1280, height: 900 },
  extraArgs = [],
}: LaunchOptions): Promise<LaunchedLens> {
  const missing = missingBuild(extensionDir);
  if (missing) throw new Error(missing);
  const profile = await mkdtemp(join(tmpdir(), 'lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    ignoreHTTPSErrors: true,
    args: [...chromiumArgs(extensionDir, port), ...extraArgs],
    viewport,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker in `context`, once it has started. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return (
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }))
  );
}
