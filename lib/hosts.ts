/**
 * The UN hosts 1325 Lens reads. `*.un.org` covers www, press, documents, docs
 * and digitallibrary; undocs.org is the symbol resolver most citations link
 * to. UN hosts still answer on http:// in places, so both schemes are listed.
 * One list for the manifest, the content script and the tests.
 */
export const UN_MATCHES = [
  'https://*.un.org/*',
  'http://*.un.org/*',
  'https://undocs.org/*',
  'http://undocs.org/*',
];

/** True when `url` is on a UN host the content script runs on. */
export function isUnUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  const host = parsed.hostname;
  return host === 'un.org' || host.endsWith('.un.org') || host === 'undocs.org';
}
