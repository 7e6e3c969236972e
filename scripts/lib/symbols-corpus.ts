/**
 * The shared corpus as the symbol evaluation and benchmark read it: the
 * labelled documents, the UN Parallel Corpus lines in six languages and the
 * gold labels (see ../shared/corpus/gold/README.md). Read by path, never copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const UNPC_LANGS = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;
export type UnpcLang = (typeof UNPC_LANGS)[number];

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  canonical: string[] | null;
  ambiguous: boolean;
  ocr?: boolean;
}

export interface Corpus {
  root: string;
  /** File name → content, for every labelled document. */
  documents: Map<string, string>;
  documentGold: Record<string, GoldMention[]>;
  /** Language → lines (line 1 is index 0). */
  unpc: Record<UnpcLang, string[]>;
  /** 1-based line number (as a string) → mentions, for the English lines. */
  unpcGold: Record<string, GoldMention[]>;
}

/** `../shared/corpus` next to the repository, or `SYMBOLS_CORPUS` when set. */
export function corpusRoot(): string {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return resolve(process.env.SYMBOLS_CORPUS ?? join(repo, '..', 'shared', 'corpus'));
}

/** Loads the corpus, or explains what is missing and exits non-zero. */
export function loadCorpus(): Corpus {
  const root = corpusRoot();
  const required = [
    'gold/symbols.documents.json',
    'gold/symbols.unpc.json',
    ...UNPC_LANGS.map((l) => `unpc/devset.${l}`),
  ];
  const missing = required.filter((p) => !existsSync(join(root, p)));
  if (missing.length > 0) {
    console.error(`The shared corpus is missing at ${root}: ${missing.join(', ')} not found.`);
    console.error('Check out ../shared next to the repository, or set SYMBOLS_CORPUS to the corpus folder.');
    process.exit(2);
  }
  const read = (p: string): string => readFileSync(join(root, p), 'utf8');
  const documentGold = JSON.parse(read('gold/symbols.documents.json')) as Record<string, GoldMention[]>;
  const documents = new Map<string, string>();
  for (const name of Object.keys(documentGold)) documents.set(name, read(`documents/${name}`));
  const unpc = Object.fromEntries(UNPC_LANGS.map((l) => [l, read(`unpc/devset.${l}`).split('\n')])) as Record<
    UnpcLang,
    string[]
  >;
  const unpcGold = JSON.parse(read('gold/symbols.unpc.json')) as Record<string, GoldMention[]>;
  return { root, documents, documentGold, unpc, unpcGold };
}
