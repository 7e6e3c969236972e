/**
 * Background service: UN PDFs open in the extension's own viewer.
 *
 * - A declarativeNetRequest rule sends main-frame PDFs from UN hosts to
 *   `pdf-viewer.html?file=<original URL>` as their response headers arrive
 *   (a `responseHeaders` content-type condition, Chrome 128+), so no content
 *   script and no network request of ours is needed: the browser asked for
 *   the PDF, and the viewer asks for it again as the reader's page.
 * - The rule follows the settings: off when 1325 Lens is switched off, and
 *   never for a site the reader switched off.
 * - "Open in 1325 Lens" on a link to a UN document, and on the toolbar
 *   button's menu for the tab's own UN PDF (when the redirect is off, or the
 *   reader chose the browser's viewer once). An explicit request opens the
 *   viewer even for a site switched off; the viewer then shows the PDF
 *   without highlights and says why.
 *
 * `register` runs at every service-worker start and keeps no state in memory:
 * rules and menus live in the browser.
 */
import { browser, type Browser } from 'wxt/browser';
import { isUnUrl } from '../hosts';
import { resolveLocale, setLocale, translator } from '../i18n';
import { pdf as pdfMessages } from '../i18n/catalog/pdf';
import { VIEWER_PATH, viewerUrl } from '../pdf/url';
import { loadSettings, watchSettings, type Settings } from '../settings';

/** Our dynamic rule ids; no other part of the extension uses declarativeNetRequest. */
export const REDIRECT_RULE_IDS = [1325_01, 1325_02] as const;
export const MENU_OPEN_LINK = 'lens-pdf-open-link';
export const MENU_OPEN_TAB = 'lens-pdf-open-tab';

/** Links the "Open in 1325 Lens" item is offered on: UN document addresses. */
export const PDF_LINK_PATTERNS = [
  '*://undocs.org/*',
  '*://documents.un.org/*',
  '*://docs.un.org/*',
  '*://documents-dds-ny.un.org/*',
  '*://daccess-ods.un.org/*',
  '*://digitallibrary.un.org/*/files/*',
  '*://*.un.org/*.pdf*',
  '*://*.un.org/*.PDF*',
];

/** The hosts whose PDFs are redirected (subdomains included, as DNR's requestDomains match them). */
export const UN_DOMAINS = ['un.org', 'undocs.org'];

type Rule = Browser.declarativeNetRequest.Rule;

/**
 * The redirect rules for the current settings: none when 1325 Lens is off or
 * the reader turned the PDF redirect off in the options (`pdfRedirect`); sites the reader switched off are excluded.
 */
export function redirectRules(viewerBase: string, settings: Settings): Rule[] {
  if (!settings.enabled || !settings.pdfRedirect) return [];
  const excluded = settings.disabledSites.filter((site) =>
    UN_DOMAINS.some((d) => site === d || site.endsWith(`.${d}`)),
  );
  const redirect = {
    type: 'redirect',
    // DNR cannot encode the URL: the viewer takes everything after `?file=`.
    redirect: { regexSubstitution: `${viewerBase}?file=\\0` },
  } as Rule['action'];
  const common = {
    regexFilter: '^https?://.*$',
    requestDomains: UN_DOMAINS,
    ...(excluded.length ? { excludedRequestDomains: excluded } : {}),
    resourceTypes: ['main_frame'],
    // The viewer fetches with GET; a POST's response cannot be fetched again.
    excludedRequestMethods: ['post'],
  } as Rule['condition'];
  return [
    {
      id: REDIRECT_RULE_IDS[0],
      priority: 1,
      action: redirect,
      condition: {
        ...common,
        responseHeaders: [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }],
      },
    },
    {
      // Servers that label a PDF as a download by its file name.
      id: REDIRECT_RULE_IDS[1],
      priority: 1,
      action: redirect,
      condition: {
        ...common,
        regexFilter: '^https?://[^?#]*\\.[pP][dD][fF]\\b.*$',
        responseHeaders: [
          { header: 'content-type', values: ['application/octet-stream', 'application/octet-stream;*'] },
        ],
      },
    },
  ];
}

/**
 * Whether this browser honours `responseHeaders` conditions. Chrome 123-127
 * accept the property but ignore it, which would send every UN page to the
 * viewer; those versions also skip validating it, which is how they are told
 * apart (the test pdf.js's own extension uses).
 */
export async function headerConditionsSupported(
  dnr: Pick<typeof browser.declarativeNetRequest, 'updateSessionRules'>,
): Promise<boolean> {
  const id = 1325_99;
  const probe = (responseHeaders: unknown[]) =>
    dnr.updateSessionRules({
      removeRuleIds: [id],
      addRules: [
        {
          id,
          priority: 1,
          action: { type: 'block' },
          condition: { urlFilter: '|lens-probe-never-matches', responseHeaders },
        } as Rule,
      ],
    });
  try {
    await probe([{ header: 'x-lens-probe' }]);
  } catch {
    return false;
  }
  try {
    await probe([]); // an empty list is invalid where the feature is on
    return false;
  } catch {
    return true;
  } finally {
    await dnr.updateSessionRules({ removeRuleIds: [id] }).catch(() => undefined);
  }
}

/** Replaces our redirect rules with the ones the settings call for. */
export async function applyRedirect(settings: Settings): Promise<boolean> {
  const dnr = browser.declarativeNetRequest;
  if (!dnr?.updateDynamicRules) return false;
  const supported = await headerConditionsSupported(dnr);
  const addRules = supported ? redirectRules(browser.runtime.getURL(VIEWER_PATH), settings) : [];
  await dnr.updateDynamicRules({ removeRuleIds: [...REDIRECT_RULE_IDS], addRules });
  return addRules.length > 0;
}

async function menuTitles(): Promise<{ link: string; tab: string }> {
  const settings = await loadSettings().catch(() => null);
  setLocale(resolveLocale(settings?.uiLanguage, globalThis.navigator?.languages ?? []));
  const t = translator(pdfMessages);
  return { link: t('menuOpenLink'), tab: t('menuOpenTab') };
}

/** Creates (or re-creates) our two menu items, leaving other services' items alone. */
async function createMenus(): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus) return;
  const titles = await menuTitles();
  const ignore = () => void browser.runtime.lastError;
  await menus.remove(MENU_OPEN_LINK).catch(ignore);
  await menus.remove(MENU_OPEN_TAB).catch(ignore);
  menus.create(
    { id: MENU_OPEN_LINK, title: titles.link, contexts: ['link'], targetUrlPatterns: PDF_LINK_PATTERNS },
    ignore,
  );
  menus.create({ id: MENU_OPEN_TAB, title: titles.tab, contexts: ['action'] }, ignore);
}

/** Opens `pdfUrl` in the viewer: in a new tab next to `from`, or in `from` itself. */
export async function openInViewer(
  pdfUrl: string,
  from: { tabId?: number; index?: number },
  inPlace: boolean,
) {
  const url = viewerUrl(browser.runtime.getURL(VIEWER_PATH), pdfUrl);
  if (inPlace && from.tabId !== undefined) {
    await browser.tabs.update(from.tabId, { url });
    return;
  }
  await browser.tabs.create({
    url,
    ...(from.index !== undefined ? { index: from.index + 1 } : {}),
    ...(from.tabId !== undefined ? { openerTabId: from.tabId } : {}),
  });
}

/** Drops the "use the browser's viewer" exceptions a closed tab leaves behind. */
async function forgetTab(tabId: number): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  if (!dnr?.getSessionRules) return;
  const rules = await dnr.getSessionRules();
  const stale = rules.filter((r) => r.condition.tabIds?.includes(tabId)).map((r) => r.id);
  if (stale.length) await dnr.updateSessionRules({ removeRuleIds: stale });
}

/**
 * What a click on one of our menu items opens: a UN link in a new tab next to
 * the page, or the tab's own UN address in place. Null for anything else.
 * The tab's URL is visible here only on hosts we have access to (UN hosts).
 */
export function menuTarget(
  info: { menuItemId: string | number; linkUrl?: string; pageUrl?: string },
  tab: { url?: string } | undefined,
): { url: string; inPlace: boolean } | null {
  if (info.menuItemId === MENU_OPEN_LINK && info.linkUrl && isUnUrl(info.linkUrl)) {
    return { url: info.linkUrl, inPlace: false };
  }
  if (info.menuItemId === MENU_OPEN_TAB) {
    const url = tab?.url ?? info.pageUrl;
    // Not a PDF after all? The viewer says so, with the address to go back to.
    if (url && isUnUrl(url)) return { url, inPlace: true };
  }
  return null;
}

/** Wires the service to the browser. Runs at every worker start. */
export function register(): void {
  const reapply = (settings: Settings) => void applyRedirect(settings).catch(() => undefined);
  void loadSettings()
    .then(reapply)
    .catch(() => undefined);
  watchSettings((settings) => {
    reapply(settings);
    void createMenus().catch(() => undefined);
  });

  void createMenus().catch(() => undefined);
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    const target = menuTarget(info, tab);
    if (target) void openInViewer(target.url, { tabId: tab?.id, index: tab?.index }, target.inPlace);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => undefined));
}
