/**
 * The lexicon and its matcher ship in the content script of every UN page,
 * within a budget of 40 KB gzipped (issue #4). This bundles lib/terms the way
 * the content script carries it (minified, UTF-8 kept as WXT's build does)
 * and measures it. A size check, not a timing one.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('../../../lib/terms/index.ts', import.meta.url));
const BUDGET = 40_000;

describe('lib/terms bundle', () => {
  it('adds at most 40 KB gzipped to the content script', async () => {
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      minify: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      charset: 'utf8',
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.contents;
    const gzipped = gzipSync(code, { level: 9 }).length;
    // All six lexicons are in it (none left out to make the figure).
    const text = new TextDecoder().decode(code);
    for (const word of ['violence', 'sexuelles?', 'violencia', 'насили', 'عنف', '性暴力']) {
      expect(text.includes(word), word).toBe(true);
    }
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
  });
});
