import { describe, expect, it } from 'vitest';
import {
  headerConditionsSupported,
  MENU_OPEN_LINK,
  MENU_OPEN_TAB,
  menuTarget,
  PDF_LINK_PATTERNS,
  redirectRules,
  REDIRECT_RULE_IDS,
} from '../../../lib/background/pdf-service';
import { bypassRule, exactUrlPattern } from '../../../lib/pdf/bypass';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const VIEWER = 'chrome-extension://abc/pdf-viewer.html';

describe('sending UN PDFs to the viewer', () => {
  it('redirects main-frame PDFs from UN hosts, by content type, to the viewer with the original URL', () => {
    const rules = redirectRules(VIEWER, DEFAULT_SETTINGS);
    expect(rules.map((r) => r.id)).toEqual([...REDIRECT_RULE_IDS]);
    const [pdf, octet] = rules;
    expect(pdf!.action).toEqual({ type: 'redirect', redirect: { regexSubstitution: `${VIEWER}?file=\\0` } });
    expect(pdf!.condition).toMatchObject({
      requestDomains: ['un.org', 'undocs.org'],
      resourceTypes: ['main_frame'],
      excludedRequestMethods: ['post'],
      responseHeaders: [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }],
    });
    // A download-labelled PDF is only taken when its path says .pdf.
    const pathRule = new RegExp(octet!.condition.regexFilter!);
    expect(pathRule.test('https://www.un.org/womenwatch/osagi/pdf/x.PDF?open=1')).toBe(true);
    expect(pathRule.test('https://www.un.org/files/report.zip?name=x.pdf')).toBe(false);
  });

  it('redirects nothing when 1325 Lens is off, and never a site the reader switched off', () => {
    expect(redirectRules(VIEWER, { ...DEFAULT_SETTINGS, enabled: false })).toEqual([]);
    expect(redirectRules(VIEWER, { ...DEFAULT_SETTINGS, pdfRedirect: false })).toEqual([]);
    expect(redirectRules(VIEWER, { ...DEFAULT_SETTINGS, pdfRedirect: true })).toHaveLength(2);
    const rules = redirectRules(VIEWER, {
      ...DEFAULT_SETTINGS,
      disabledSites: ['documents.un.org', 'www.example.org'],
    });
    for (const rule of rules) expect(rule.condition.excludedRequestDomains).toEqual(['documents.un.org']);
  });

  it('opens a UN link in a new tab, and the tab’s own UN address in place', () => {
    const link = 'https://undocs.org/S/RES/1325(2000)';
    expect(
      menuTarget({ menuItemId: MENU_OPEN_LINK, linkUrl: link }, { url: 'https://www.un.org/x' }),
    ).toEqual({
      url: link,
      inPlace: false,
    });
    expect(
      menuTarget({ menuItemId: MENU_OPEN_LINK, linkUrl: 'https://example.org/x.pdf' }, undefined),
    ).toBeNull();
    const pdf = 'https://documents.un.org/doc/UNDOC/GEN/N00/720/18/PDF/N0072018.pdf';
    expect(menuTarget({ menuItemId: MENU_OPEN_TAB }, { url: pdf })).toEqual({ url: pdf, inPlace: true });
    // Host access shows no URL for other hosts: nothing to open.
    expect(menuTarget({ menuItemId: MENU_OPEN_TAB }, {})).toBeNull();
    expect(menuTarget({ menuItemId: 'lens-save-passage', linkUrl: pdf }, { url: pdf })).toBeNull();
  });

  it('offers "Open in 1325 Lens" on UN document links only', () => {
    for (const pattern of PDF_LINK_PATTERNS)
      expect(pattern).toMatch(/^\*:\/\/(\*\.)?[a-z.-]*un\.org\/|^\*:\/\/undocs\.org\//);
  });
});

describe('telling whether responseHeaders conditions work', () => {
  /** A DNR that validates `responseHeaders` (Chrome 128+), or accepts anything (123-127, where it is ignored). */
  function fakeDnr(validates: boolean, knows = true) {
    const calls: unknown[] = [];
    return {
      calls,
      async updateSessionRules(options: { addRules?: { condition: { responseHeaders?: unknown[] } }[] }) {
        calls.push(options);
        const headers = options.addRules?.[0]?.condition.responseHeaders;
        if (headers && !knows) throw new Error('Unexpected property: responseHeaders');
        if (headers && validates && headers.length === 0)
          throw new Error('responseHeaders must not be empty');
      },
    };
  }

  it('trusts a browser that validates them, and not one that silently accepts them', async () => {
    expect(await headerConditionsSupported(fakeDnr(true) as never)).toBe(true);
    expect(await headerConditionsSupported(fakeDnr(false) as never)).toBe(false);
    expect(await headerConditionsSupported(fakeDnr(false, false) as never)).toBe(false);
  });

  it('leaves no probe rule behind', async () => {
    const dnr = fakeDnr(true);
    await headerConditionsSupported(dnr as never);
    expect(dnr.calls.at(-1)).toEqual({ removeRuleIds: [132599] });
  });
});

describe('the way out to the browser’s viewer', () => {
  it('allows exactly this URL in this tab, above the redirect', () => {
    const url = 'https://documents.un.org/api/symbol/access?s=S/RES/1325(2000)&l=fr&t=pdf#page=2';
    const rule = bypassRule(200_001, url, 42);
    expect(rule).toMatchObject({
      priority: 2,
      action: { type: 'allow' },
      condition: { resourceTypes: ['main_frame'], tabIds: [42] },
    });
    const pattern = new RegExp(exactUrlPattern(url));
    expect(pattern.test('https://documents.un.org/api/symbol/access?s=S/RES/1325(2000)&l=fr&t=pdf')).toBe(
      true,
    );
    expect(pattern.test('https://documents.un.org/api/symbol/access?s=S/RES/1325(2000)&l=en&t=pdf')).toBe(
      false,
    );
    expect(pattern.test('https://documents.un.org/api/symbol/access?s=S/RES/1325(2000)&l=fr&t=pdfx')).toBe(
      false,
    );
  });
});
