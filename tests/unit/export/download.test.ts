// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { download } from '../../../lib/download';

describe('download', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('saves the text as a file through a temporary link, then cleans up', async () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    const createObjectURL = vi.spyOn(window.URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test/1';
    });
    const revokeObjectURL = vi.spyOn(window.URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
      expect(this.isConnected).toBe(true);
    });

    download(
      document,
      'S/RES/1325: notes?.csv',
      'text/csv;charset=utf-8',
      '\ufeffsymbol,title\r\nS/RES/1325 (2000),Résolution\r\n',
    );

    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('S-RES-1325- notes-.csv');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:test/1');
    expect(document.querySelector('a')).toBeNull();
    expect(created[0]!.type).toBe('text/csv;charset=utf-8');
    // The BOM and the accented letter are written as UTF-8.
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Résolution');
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40_000);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });
});
