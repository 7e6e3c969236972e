/**
 * Saved passages in the extension's own database (IndexedDB `1325-lens`),
 * read and written from one of our pages as an older build or an import
 * would have left them, and a record in our own words to write.
 */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Every saved passage, read from the extension's database in an extension page. */
export async function storedPassages(extensionPage: Page): Promise<Record<string, unknown>[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('1325-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('passages')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('passages').objectStore('passages').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Record<string, unknown>[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/**
 * Writes saved passages straight into the extension's database, as an older
 * build or an import would have left them. `extensionPage` must be a page of
 * ours that has opened the database (the library does at once).
 */
export async function seedPassages(extensionPage: Page, passages: Record<string, unknown>[]): Promise<void> {
  await expect
    .poll(() => extensionPage.evaluate(async () => (await indexedDB.databases()).length))
    .toBeGreaterThan(0);
  await extensionPage.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('1325-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('passages', 'readwrite');
          for (const row of rows) tx.objectStore('passages').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    passages,
  );
}

/** A saved passage record with our own wording; `over` replaces fields. */
export function passageRecord(n: number, over: Record<string, unknown> = {}): Record<string, unknown> {
  const exact = 'ensure increased representation of women at all decision-making levels';
  const at = `2026-01-${String((n % 28) + 1).padStart(2, '0')}T10:00:00.000Z`;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    url: 'https://undocs.org/S/RES/1325(2000)',
    documentKey: 'symbol:S/RES/1325 (2000)',
    symbol: 'S/RES/1325 (2000)',
    title: 'Resolution 1325 (2000)',
    lang: 'en',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'Urges Member States to ', suffix: ' in national' },
      position: { type: 'TextPositionSelector', start: 1200, end: 1200 + exact.length },
    },
    themes: ['participation'],
    recommendations: [],
    provisions: [{ symbol: 'S/RES/1325 (2000)', paragraph: 'OP1' }],
    note: '',
    tags: [],
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}
