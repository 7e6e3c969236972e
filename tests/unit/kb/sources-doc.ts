/** docs/kb-sources.md as it should read: the rendered data, formatted by Prettier like the rest of the repo. */
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import { kb } from '../../../lib/kb';
import { renderSourcesDoc } from '../../../lib/kb/sources-doc';

export const SOURCES_DOC_PATH = resolve(import.meta.dirname, '../../../docs/kb-sources.md');

export async function expectedSourcesDoc(): Promise<string> {
  const options = (await prettier.resolveConfig(SOURCES_DOC_PATH)) ?? {};
  return prettier.format(renderSourcesDoc(kb), { ...options, filepath: SOURCES_DOC_PATH });
}
