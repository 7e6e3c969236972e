/** Rewrites docs/kb-sources.md from the knowledge base: `npx tsx tests/unit/kb/write-sources-doc.ts`. */
import { writeFileSync } from 'node:fs';
import { expectedSourcesDoc, SOURCES_DOC_PATH } from './sources-doc';

writeFileSync(SOURCES_DOC_PATH, await expectedSourcesDoc());
console.log(`wrote ${SOURCES_DOC_PATH}`);
