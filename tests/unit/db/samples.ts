/** Saved passages for tests: realistic fields, our own wording. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { SavedPassage } from '../../../lib/model/saved-passage';
import type { DbWorld } from '../../../lib/db/schema';

let counter = 0;

/** A fresh, isolated IndexedDB for one test. */
export function freshWorld(): DbWorld {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** A UUID-shaped id that sorts by creation order in a test. */
export function testId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function samplePassage(overrides: Partial<SavedPassage> = {}): SavedPassage {
  counter += 1;
  const exact =
    overrides.selectors?.quote.exact ??
    'ensure increased representation of women at all decision-making levels';
  return {
    id: testId(counter),
    url: 'https://undocs.org/S/RES/1325(2000)',
    documentKey: 'symbol:S/RES/1325 (2000)',
    symbol: 'S/RES/1325 (2000)',
    title: 'Resolution 1325 (2000)',
    lang: 'en',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'Urges Member States to ', suffix: ' in national' },
      position: { type: 'TextPositionSelector', start: 1200, end: 1200 + [...exact].length },
    },
    themes: ['participation'],
    recommendations: [],
    provisions: [{ symbol: 'S/RES/1325 (2000)', paragraph: 'OP1' }],
    note: '',
    tags: [],
    createdAt: `2026-01-${String((counter % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
    updatedAt: `2026-01-${String((counter % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
    ...overrides,
  };
}
