/**
 * The knowledge base loads in the side panel and the background only: no
 * content script may import it, directly or through another module (pages
 * get cards through the `kb/lookup` message instead).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRYPOINTS = join(ROOT, 'entrypoints');

/** A relative import resolved to a file, as the bundler would. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
}

/** Every file reachable from `entry` through value imports (type-only imports vanish from bundles). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const imports = source.matchAll(
      /^\s*(import|export)\s+(?!type\s)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gm,
    );
    for (const m of imports) {
      const target = resolveImport(file, m[2] ?? m[3]!);
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

function contentScriptEntries(): string[] {
  const entries = readdirSync(ENTRYPOINTS).filter((name) => /(^|\.)content(\.tsx?)?$/.test(name));
  return entries.flatMap((name) => {
    const path = join(ENTRYPOINTS, name);
    if (statSync(path).isFile()) return [path];
    return readdirSync(path)
      .filter((f) => /^index\.tsx?$/.test(f))
      .map((f) => join(path, f));
  });
}

describe('where the knowledge base loads', () => {
  it('is not reachable from any content script', () => {
    const entries = contentScriptEntries();
    expect(entries.length, 'no content script entrypoint found').toBeGreaterThan(0);
    for (const entry of entries) {
      const kbFiles = [...reachable(entry)].filter((f) => f.includes(`${join('lib', 'kb')}/`));
      expect(kbFiles, entry).toEqual([]);
    }
  });

  it('is reachable from the background, which answers kb/lookup', () => {
    const files = [...reachable(join(ENTRYPOINTS, 'background.ts'))];
    expect(files.some((f) => f.endsWith(join('lib', 'kb', 'index.ts')))).toBe(true);
  });
});
