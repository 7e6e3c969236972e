/** docs/kb-sources.md stays the readable twin of the data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kb } from '../../../lib/kb';
import { expectedSourcesDoc, SOURCES_DOC_PATH } from './sources-doc';

describe('docs/kb-sources.md', () => {
  const doc = readFileSync(SOURCES_DOC_PATH, 'utf8');

  it('is what the data renders to (rewrite it with `npx tsx tests/unit/kb/write-sources-doc.ts`)', async () => {
    expect(doc).toBe(await expectedSourcesDoc());
  });

  it('lists every document, its sources and what was left out', () => {
    for (const d of kb.documents) expect(doc).toContain(`### ${d.symbol}:`);
    expect(doc).toContain(`version ${kb.version}`);
    expect(doc).toContain('## Left out until a source confirms it');
    expect(doc).toContain('S/PV.5916');
  });
});
