/**
 * Our own backup format (docs/backup-format.md): every saved passage with
 * its note, tags and judgements, and the reader's settings, in a versioned
 * JSON document. `parseImport` reads it back; export then import gives equal
 * data.
 */
import type { SavedPassage } from '../model/saved-passage';

export const BACKUP_FORMAT = '1325-lens-backup';
/** Raise when the shape changes; parseImport refuses versions it does not know. */
export const BACKUP_VERSION = 1;

export interface LensBackup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  generator: string;
  passages: SavedPassage[];
  settings?: Record<string, unknown>;
}

/** A passage with its keys in the documented order and absent optional fields left out. */
function ordered(p: SavedPassage): SavedPassage {
  const selectors: SavedPassage['selectors'] = {
    quote: {
      type: 'TextQuoteSelector',
      exact: p.selectors.quote.exact,
      prefix: p.selectors.quote.prefix,
      suffix: p.selectors.quote.suffix,
    },
    position: {
      type: 'TextPositionSelector',
      start: p.selectors.position.start,
      end: p.selectors.position.end,
    },
  };
  if (p.selectors.page !== undefined) selectors.page = p.selectors.page;
  const out: SavedPassage = {
    id: p.id,
    url: p.url,
    documentKey: p.documentKey,
    ...(p.symbol !== undefined && { symbol: p.symbol }),
    title: p.title,
    ...(p.lang !== undefined && { lang: p.lang }),
    selectors,
    themes: [...p.themes],
    recommendations: [...p.recommendations],
    provisions: p.provisions.map((v) => ({ symbol: v.symbol, paragraph: v.paragraph })),
    note: p.note,
    tags: [...p.tags],
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
  return out;
}

/** The full backup as pretty-printed JSON. `now` stamps `exportedAt` (defaults to the current time). */
export function toJsonBackup(
  data: { passages: SavedPassage[]; settings?: Record<string, unknown> },
  now: Date = new Date(),
): string {
  const backup: LensBackup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    generator: '1325 Lens',
    passages: data.passages.map(ordered),
    ...(data.settings !== undefined && { settings: data.settings }),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}
