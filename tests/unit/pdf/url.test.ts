import { describe, expect, it } from 'vitest';
import {
  displayUrl,
  fileNameOf,
  looksLikePdfUrl,
  pageFromHash,
  readFileParam,
  viewerUrl,
} from '../../../lib/pdf/url';

const BASE = 'chrome-extension://abc/pdf-viewer.html';

describe('the viewer address', () => {
  it('round-trips a PDF URL with a query through an encoded address', () => {
    const pdf = 'https://documents.un.org/api/symbol/access?s=S/RES/1325(2000)&l=fr&t=pdf';
    const address = new URL(viewerUrl(BASE, `${pdf}#page=3`));
    expect(address.hash).toBe('#page=3');
    expect(readFileParam(address.search, address.hash)).toEqual({ ok: true, url: pdf, page: 3 });
  });

  it('reads the raw URL a redirect rule substitutes, query and all', () => {
    const raw = '?file=https://documents.un.org/api/symbol/access?s=S/RES/1325(2000)&l=fr&t=pdf';
    expect(readFileParam(raw)).toEqual({
      ok: true,
      url: 'https://documents.un.org/api/symbol/access?s=S/RES/1325(2000)&l=fr&t=pdf',
    });
  });

  it('refuses what is not a UN PDF address, saying why', () => {
    expect(readFileParam('')).toEqual({ ok: false, reason: 'missing' });
    expect(readFileParam('?file=javascript:alert(1)')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(readFileParam('?file=file:///etc/passwd')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(readFileParam('?file=https://example.org/x.pdf')).toEqual({
      ok: false,
      reason: 'not-un',
      value: 'https://example.org/x.pdf',
    });
    expect(readFileParam('?file=https://un.org.evil.example/x.pdf')).toMatchObject({ reason: 'not-un' });
    expect(readFileParam('?file=https%3A%2F%2F%E0%A4%A')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('reads #page=N and ignores nonsense', () => {
    expect(pageFromHash('#page=12')).toBe(12);
    expect(pageFromHash('#zoom=2&page=4')).toBe(4);
    expect(pageFromHash('#page=0')).toBeUndefined();
    expect(pageFromHash('#nothing')).toBeUndefined();
  });

  it('shows a URL short and decoded, and names the file', () => {
    expect(displayUrl('https://documents.un.org/doc/UNDOC/GEN/N00/720/18/PDF/N0072018.pdf?OpenElement')).toBe(
      'documents.un.org/doc/UNDOC/GEN/N00/720/18/PDF/N0072018.pdf?OpenElement',
    );
    expect(displayUrl('https://undocs.org/S/RES/1325%20(2000)')).toBe('undocs.org/S/RES/1325 (2000)');
    expect(fileNameOf('https://www.un.org/womenwatch/osagi/pdf/1325%20FR.pdf')).toBe('1325 FR.pdf');
  });

  it('tells which addresses probably serve a PDF', () => {
    expect(looksLikePdfUrl('https://www.un.org/womenwatch/osagi/pdf/x.pdf')).toBe(true);
    expect(looksLikePdfUrl('https://undocs.org/S/RES/1325(2000)')).toBe(true);
    expect(looksLikePdfUrl('https://www.un.org/securitycouncil/content/women-peace-and-security')).toBe(
      false,
    );
  });
});
