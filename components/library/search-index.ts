/**
 * Full-text search over saved passages' quotes, notes and tags, with
 * MiniSearch. The index follows the library's data incrementally: only
 * passages added, edited or deleted since the last sync are (re)indexed.
 *
 * Words are split on anything that is not a letter or a digit, in any script;
 * Chinese and Japanese have no spaces, so each of their characters is a term
 * (a query's characters must then all occur). Case and diacritics are ignored,
 * so "resolucion" finds "resolución" and Arabic with or without vowel marks
 * match.
 */
import MiniSearch from 'minisearch';
import type { SavedPassage } from '../../lib/model/saved-passage';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ASCII = /^[ -~]*$/; // printable ASCII: no letter to fold but case
/** Below U+2E80 no character is CJK: a cheap test before the script check. */
const MAYBE_CJK = /[\u2e80-\uffff]/;

/** Splits text into search terms (before normalization). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    if (!MAYBE_CJK.test(word) || !CJK.test(word)) {
      out.push(word);
      continue;
    }
    // Mixed runs: Latin/digit stretches stay words, CJK characters stand alone.
    let run = '';
    for (const ch of word) {
      if (CJK.test(ch)) {
        if (run) out.push(run);
        run = '';
        out.push(ch);
      } else run += ch;
    }
    if (run) out.push(run);
  }
  return out;
}

/** Lower case without diacritics or Arabic tatweel. */
export function foldText(text: string): string {
  // Most terms are plain ASCII: no decomposition needed (indexing 10,000 passages calls this 350,000 times).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase();
}

/** A search term as indexed: folded, or dropped when nothing is left. */
export function normalizeTerm(term: string): string | null {
  return foldText(term) || null;
}

export class LibrarySearch {
  private readonly index = new MiniSearch<SavedPassage>({
    idField: 'id',
    fields: ['quote', 'note', 'tags'],
    storeFields: [],
    tokenize,
    processTerm: normalizeTerm,
    extractField: (p, field) => {
      if (field === 'quote') return p.selectors.quote.exact;
      if (field === 'tags') return p.tags.join(' ');
      return (p as unknown as Record<string, unknown>)[field];
    },
  });
  private readonly versions = new Map<string, string>();

  /** Brings the index in line with `passages`; returns how many were (re)indexed or removed. */
  sync(passages: readonly SavedPassage[]): number {
    const { changed, fresh } = this.diff(passages);
    if (fresh.length) this.index.addAll(fresh);
    return changed;
  }

  /**
   * The same, indexing new passages in slices that give the page back to the
   * browser between them: a library of 10,000 passages opens without freezing.
   * Resolves with the number changed once the index is complete.
   */
  syncInSlices(passages: readonly SavedPassage[], sliceSize = 500): Promise<number> {
    // One sync at a time: a change arriving mid-way waits for the slices before it.
    const run = this.queue.then(async () => {
      const { changed, fresh } = this.diff(passages);
      for (let i = 0; i < fresh.length; i += sliceSize) {
        this.index.addAll(fresh.slice(i, i + sliceSize));
        if (i + sliceSize < fresh.length) await new Promise((r) => setTimeout(r, 0));
      }
      return changed;
    });
    this.queue = run.catch(() => 0);
    return run;
  }
  private queue: Promise<unknown> = Promise.resolve();

  private diff(passages: readonly SavedPassage[]): { changed: number; fresh: SavedPassage[] } {
    let changed = 0;
    const present = new Set<string>();
    const fresh: SavedPassage[] = [];
    for (const p of passages) {
      present.add(p.id);
      const known = this.versions.get(p.id);
      if (known === p.updatedAt) continue;
      if (known !== undefined) this.index.discard(p.id);
      fresh.push(p);
      this.versions.set(p.id, p.updatedAt);
      changed++;
    }
    for (const id of [...this.versions.keys()]) {
      if (present.has(id)) continue;
      this.index.discard(id);
      this.versions.delete(id);
      changed++;
    }
    return { changed, fresh };
  }

  /**
   * Ids of the passages matching every word of `query`, best first. The last
   * word may be the start of a word (the reader is still typing). Only when
   * nothing matches is one typo (one edit) allowed in words over four letters: fuzzy matching
   * costs much more, and is only worth it when the exact words found nothing.
   */
  search(query: string): string[] {
    if (!query.trim()) return [];
    const run = (fuzzy: boolean) =>
      this.index
        .search(query, {
          combineWith: 'AND',
          prefix: (_term, i, terms) => i === terms.length - 1,
          fuzzy: fuzzy ? (term) => (term.length > 4 ? 1 : false) : false,
          boost: { quote: 2, tags: 1.5 },
        })
        .map((r) => r.id as string);
    const exact = run(false);
    return exact.length ? exact : run(true);
  }

  get size(): number {
    return this.index.documentCount;
  }
}
