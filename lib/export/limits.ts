/**
 * Limits on imported files and records (docs/backup-format.md lists them).
 * They keep a hostile or broken file from exhausting memory or the storage
 * quota; real backups stay far below them (10,000 passages is about 15 MB).
 * Every record the extension can store must fit them, or a backup could not
 * be restored: they are at least lib/db's limits on saved drafts (title 2,000,
 * context 2,000, quote 20,000, URL 4,096, document key 4,200, language 35).
 */
export const LIMITS = {
  /** Largest file parseImport reads (UTF-8 bytes). */
  fileBytes: 32 * 1024 * 1024,
  /** Most passages in one file. */
  passages: 100_000,
  /** Deepest nesting of arrays and objects in a file. */
  depth: 32,
  url: 4096,
  documentKey: 4200,
  symbol: 200,
  title: 2000,
  lang: 35,
  quote: 20_000,
  context: 2000,
  note: 100_000,
  tags: 500,
  tag: 500,
  provisions: 200,
  paragraph: 50,
  /** Serialized size of the settings object (characters). */
  settings: 100_000,
} as const;
