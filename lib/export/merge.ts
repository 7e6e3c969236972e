/**
 * How imported passages meet the stored ones: a record with a known id
 * replaces the stored one only if it was updated later; otherwise the stored
 * one stays. So importing the same file twice changes nothing, and a backup
 * from another machine brings its newer edits without duplicating anything.
 * lib/db writes `put` in one transaction (all or nothing).
 */
import type { SavedPassage } from '../model/saved-passage';

export interface MergePlan {
  /** Records to write (bulkPut): the new ones and the newer versions. */
  put: SavedPassage[];
  added: number;
  updated: number;
  /** Known records whose stored version is as new or newer: left as they are. */
  unchanged: number;
}

/** Plans an import against the stored passages (`stored(id)` returns the stored record, if any). */
export function planMerge(
  incoming: SavedPassage[],
  stored: (id: string) => SavedPassage | undefined,
): MergePlan {
  const plan: MergePlan = { put: [], added: 0, updated: 0, unchanged: 0 };
  for (const passage of incoming) {
    const existing = stored(passage.id);
    if (!existing) {
      plan.put.push(passage);
      plan.added++;
    } else if (Date.parse(passage.updatedAt) > Date.parse(existing.updatedAt)) {
      plan.put.push(passage);
      plan.updated++;
    } else {
      plan.unchanged++;
    }
  }
  return plan;
}
