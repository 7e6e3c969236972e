import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, exportFile, exportFilename, toJsonBackup } from '../../../lib/export';
import { isUuid, sha1, uuidV5 } from '../../../lib/export/uuid';
import { passage, samplePassages } from './fixtures';

const NOW = new Date('2026-11-28T12:00:00.000Z');

describe('toJsonBackup', () => {
  it('writes our versioned format with every field of every passage, in a fixed order', () => {
    const backup = JSON.parse(toJsonBackup({ passages: [passage()], settings: { uiLanguage: 'fr' } }, NOW));
    expect(Object.keys(backup)).toEqual([
      'format',
      'version',
      'exportedAt',
      'generator',
      'passages',
      'settings',
    ]);
    expect(backup).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: NOW.toISOString(),
    });
    expect(Object.keys(backup.passages[0])).toEqual([
      'id',
      'url',
      'documentKey',
      'symbol',
      'title',
      'lang',
      'selectors',
      'themes',
      'recommendations',
      'provisions',
      'note',
      'tags',
      'createdAt',
      'updatedAt',
    ]);
    expect(backup.passages[0]).toEqual(passage());
  });

  it('leaves absent optional fields out rather than writing null', () => {
    const { symbol: _s, lang: _l, ...bare } = passage();
    const backup = JSON.parse(toJsonBackup({ passages: [bare] }, NOW));
    expect(backup.passages[0]).not.toHaveProperty('symbol');
    expect(backup.passages[0]).not.toHaveProperty('lang');
    expect(backup.passages[0].selectors).not.toHaveProperty('page');
    expect(backup).not.toHaveProperty('settings');
  });
});

describe('exportFile', () => {
  it('names, types and builds each format', () => {
    const passages = samplePassages();
    expect(exportFile('csv', passages, { now: NOW })).toMatchObject({
      filename: '1325-lens-passages-2026-11-28.csv',
      mime: 'text/csv;charset=utf-8',
    });
    expect(exportFile('json', passages, { now: NOW, settings: { a: 1 } }).content).toBe(
      toJsonBackup({ passages, settings: { a: 1 } }, NOW),
    );
    expect(exportFile('markdown', passages, { now: NOW }).filename).toBe('1325-lens-passages-2026-11-28.md');
    expect(exportFile('web-annotation', passages, { now: NOW })).toMatchObject({
      filename: '1325-lens-passages-2026-11-28.jsonld',
      mime: 'application/ld+json',
    });
  });

  it('makes a file name safe whatever the document is called', () => {
    expect(exportFilename('csv', NOW, 'S/RES/1325 (2000)')).toBe('1325-lens-S-RES-1325-2000-2026-11-28.csv');
    expect(exportFilename('json', NOW, '../../etc/passwd')).toBe(
      '1325-lens-..-..-etc-passwd-2026-11-28.json',
    );
    expect(exportFilename('markdown', NOW, 'قرار مجلس الأمن')).toBe(
      '1325-lens-قرار-مجلس-الأمن-2026-11-28.md',
    );
  });
});

describe('name-based UUIDs', () => {
  it('computes SHA-1 and RFC 9562 version-5 UUIDs', () => {
    const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new Uint8Array(0)))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    // RFC 9562, appendix A.4: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(isUuid(uuidV5('anything'))).toBe(true);
  });
});
