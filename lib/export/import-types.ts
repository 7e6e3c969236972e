import type { SavedPassage } from '../model/saved-passage';

/** A record that could not be imported, and why. */
export interface Rejection {
  /** Position of the record in the file's list (0-based). */
  index: number;
  /** Its id, when it has a readable one. */
  id?: string;
  /** The field at fault, as a path such as `selectors.quote.exact`, when one is. */
  field?: string;
  /** What was wrong, in English, e.g. "note: longer than 100,000 characters". */
  reason: string;
}

export type ImportFormat = 'lens-backup' | 'web-annotation';

export type ImportResult =
  | {
      ok: true;
      format: ImportFormat;
      passages: SavedPassage[];
      settings?: Record<string, unknown>;
    }
  | {
      ok: false;
      /** What went wrong, for the reader: nothing was imported. */
      error: string;
      rejected: Rejection[];
    };

export interface ImportOptions {
  /** Largest file accepted, in UTF-8 bytes (default LIMITS.fileBytes, 32 MiB). */
  maxBytes?: number;
  /** The time given to annotations that carry no date (default: now). */
  now?: Date;
}
