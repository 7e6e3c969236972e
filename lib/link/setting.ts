/**
 * The setting a document gives its passages, from its symbol. THEMES-LABELS
 * ties recommendations to a peace-and-security or UN setting: Security
 * Council documents are conflict texts; General Assembly and
 * Secretary-General documents are the UN's own; treaty bodies and the
 * Commission on the Status of Women earn no reporting or country
 * recommendation from their subject matter alone.
 */
export type Setting = 'council' | 'un' | 'treaty-body' | 'csw' | 'other' | 'unknown';

const TREATY_BODIES = /^(CEDAW|CCPR|CRC|CAT|CERD|CMW|CRPD|CED|HRI)\/|^E\/C\.12\//;

export function settingOf(documentSymbol: string | undefined): Setting {
  if (!documentSymbol) return 'unknown';
  const s = documentSymbol.trim().toUpperCase();
  if (s.startsWith('S/')) return 'council';
  if (TREATY_BODIES.test(s)) return 'treaty-body';
  if (s.startsWith('E/CN.6/')) return 'csw';
  if (s.startsWith('A/')) return 'un';
  return 'other';
}

/** Human wording of a setting for `why` texts. */
export function describeSetting(setting: Setting, symbol: string | undefined): string {
  switch (setting) {
    case 'council':
      return `in a Security Council document (${symbol})`;
    case 'un':
      return `in a United Nations document (${symbol})`;
    case 'treaty-body':
      return `in a treaty-body document (${symbol})`;
    case 'csw':
      return `in a Commission on the Status of Women document (${symbol})`;
    default:
      return symbol ? `in ${symbol}` : '';
  }
}

/**
 * A Secretary-General or mission report to the Council (`S/2015/172`), as
 * opposed to its resolutions, statements and meeting records: a passage of
 * such a report gives the Council information by itself (THEMES-LABELS.md).
 */
export function isCouncilReport(documentSymbol: string | undefined): boolean {
  return documentSymbol !== undefined && /^S\/\d{4}\/\d+/i.test(documentSymbol.trim());
}
