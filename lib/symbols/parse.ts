/**
 * Canonical UN symbols as structured parts, and back. The canonical forms
 * follow the corpus gold README: `S/RES/1325 (2000)`, `A/RES/70/1`,
 * `A/RES/2200 A (XXI)`, `E/RES/1980/67`, `E/RES/1894 (LVII)`,
 * `S/AC.26/Dec.267 (2009)`, and every other document as the UN writes it,
 * components joined by `/` with no internal spaces (`S/25704/Add.1`).
 */
import { romanValue } from './roman';
import type { SymbolKind } from './types';

/** A resolution (or numbered decision) and the organ that adopted it. */
export interface ResolutionRef {
  /**
   * `S` Security Council, `A` General Assembly, `E` Economic and Social Council,
   * `A/HRC` Human Rights Council, `E/CN.4` Commission on Human Rights,
   * `S/AC.26` the UN Compensation Commission's Governing Council (decisions).
   */
  organ: 'S' | 'A' | 'E' | 'A/HRC' | 'E/CN.4' | 'S/AC.26';
  number: number;
  /** Year of adoption: SC resolutions, UNCC decisions, ECOSOC and CHR resolutions since 1978. */
  year?: number;
  /** Session: `70`, `S-23`, `ES-10` (numbered sessions) or `XXI`, `S-VI` (roman, before 1976). */
  session?: string;
  /** Part letter of a General Assembly or ECOSOC resolution (`2200 A (XXI)`). */
  part?: string;
}

/** A canonical symbol taken apart. */
export interface ParsedSymbol {
  symbol: string;
  kind: SymbolKind;
  /** The components between slashes (`['S', '25704', 'Add.1']`). */
  components: string[];
  /** Present for resolutions and numbered decisions. */
  resolution?: ResolutionRef;
  /** Addenda, corrigenda and revisions named in the symbol, in order. */
  parts: { type: string; number: number }[];
}

const YEAR = '(?:19[4-9]\\d|20\\d\\d)';
const NUM = '[1-9]\\d{0,3}';
const SC_RES = new RegExp(`^S/RES/(${NUM}) \\((${YEAR})\\)$`);
const UNCC_DEC = new RegExp(`^S/AC\\.26/Dec\\.(${NUM}) \\((${YEAR})\\)$`);
const GA_SESSION = new RegExp(`^A/RES/([1-9]\\d?|E?S-[1-9]\\d?)/(${NUM})(?: ([A-H]))?$`);
const ROMAN_SESSION = new RegExp(`^(A|E)/RES/(${NUM})(?: ([A-H]))? \\(((?:E?S-)?[IVXLC]{1,7})\\)$`);
const YEAR_SERIES = new RegExp(`^(E|E/CN\\.4)/RES/(${YEAR})/(${NUM})$`);
const HRC_RES = new RegExp(`^A/HRC/RES/([1-9]\\d?|S-[1-9]\\d?)/(${NUM})$`);
/** One component of a document symbol: `RES`, `PV.5766`, `CONF.189`, `S-23`, `2007`, `Add.1`. */
const COMPONENT = /^(?:[A-Z][A-Za-z]{0,9}(?:\.\d{1,6}[A-Za-z]?)*|[A-Z]{1,4}-\d{1,4}|\d{1,6}[A-Z]?)$/;
const SERIES = /^[A-Z]{1,8}$/;
const PART = /^(Add|Corr|Rev|Amend)\.(\d{1,3})$/;

function resolutionKind(organ: ResolutionRef['organ']): SymbolKind {
  return organ === 'S' ? 'sc-resolution' : organ === 'A' ? 'ga-resolution' : 'document';
}

function parseResolution(symbol: string): ResolutionRef | undefined {
  let m = SC_RES.exec(symbol);
  if (m) return { organ: 'S', number: Number(m[1]), year: Number(m[2]) };
  m = UNCC_DEC.exec(symbol);
  if (m) return { organ: 'S/AC.26', number: Number(m[1]), year: Number(m[2]) };
  m = GA_SESSION.exec(symbol);
  if (m) {
    const ref: ResolutionRef = { organ: 'A', session: m[1] as string, number: Number(m[2]) };
    if (m[3]) ref.part = m[3];
    return ref;
  }
  m = ROMAN_SESSION.exec(symbol);
  if (m) {
    const session = m[4] as string;
    if (romanValue(session.replace(/^E?S-/, '')) === undefined) return undefined;
    const ref: ResolutionRef = { organ: m[1] as 'A' | 'E', number: Number(m[2]), session };
    if (m[3]) ref.part = m[3];
    return ref;
  }
  m = YEAR_SERIES.exec(symbol);
  if (m) return { organ: m[1] as 'E' | 'E/CN.4', year: Number(m[2]), number: Number(m[3]) };
  m = HRC_RES.exec(symbol);
  if (m) return { organ: 'A/HRC', session: m[1] as string, number: Number(m[2]) };
  return undefined;
}

/** The canonical symbol of a resolution. */
export function formatResolution(ref: ResolutionRef): string {
  const part = ref.part ? ` ${ref.part}` : '';
  switch (ref.organ) {
    case 'S':
      return `S/RES/${ref.number} (${ref.year ?? ''})`;
    case 'S/AC.26':
      return `S/AC.26/Dec.${ref.number} (${ref.year ?? ''})`;
    case 'A/HRC':
      return `A/HRC/RES/${ref.session ?? ''}/${ref.number}`;
    case 'E/CN.4':
      return `E/CN.4/RES/${ref.year ?? ''}/${ref.number}`;
    case 'A':
    case 'E':
      if (ref.session !== undefined && /[IVXLC]$/.test(ref.session)) {
        return `${ref.organ}/RES/${ref.number}${part} (${ref.session})`;
      }
      if (ref.organ === 'E' || ref.session === undefined)
        return `${ref.organ}/RES/${ref.year ?? ''}/${ref.number}`;
      return `A/RES/${ref.session}/${ref.number}${part}`;
  }
}

/**
 * Answers of `kindOf` and `undocsUrl` for the symbols seen lately: a page cites
 * the same few symbols again and again, and parsing one costs a dozen regular
 * expressions. Cleared when full, so memory stays bounded.
 */
const MEMO_SIZE = 2048;
const kinds = new Map<string, SymbolKind>();
const urls = new Map<string, string>();

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, value);
  return value;
}

/** The kind of document a canonical symbol denotes. */
export function kindOf(symbol: string): SymbolKind {
  const known = kinds.get(symbol);
  if (known !== undefined) return known;
  const parsed = parseSymbol(symbol);
  return remember(kinds, symbol, parsed ? parsed.kind : 'document');
}

/**
 * Takes a canonical UN symbol apart; `null` when the string is not a symbol
 * in canonical form (leading or trailing spaces, `S/RES/1325(2000)`, lower case).
 */
export function parseSymbol(canonical: string): ParsedSymbol | null {
  if (typeof canonical !== 'string' || canonical.length > 120) return null;
  const resolution = parseResolution(canonical);
  if (resolution) {
    const components = canonical.replace(/ .*$/, '').split('/');
    return { symbol: canonical, kind: resolutionKind(resolution.organ), components, resolution, parts: [] };
  }
  const components = canonical.split('/');
  if (components.length < 2 || !SERIES.test(components[0] as string)) return null;
  if (!components.every((c) => COMPONENT.test(c))) return null;
  if (!/\d/.test(canonical)) return null;
  // `S/RES/...` and `A/RES/...` that are not resolutions in canonical form are not symbols we write.
  if (components[1] === 'RES' && (components[0] === 'S' || components[0] === 'A' || components[0] === 'E'))
    return null;
  const parts: ParsedSymbol['parts'] = [];
  for (const c of components) {
    const m = PART.exec(c);
    if (m) parts.push({ type: m[1] as string, number: Number(m[2]) });
  }
  let kind: SymbolKind = 'document';
  if (components[0] === 'S' && components[1] === 'PRST') kind = 'presidential-statement';
  else if (components.some((c) => /^PV\.\d/.test(c))) kind = 'meeting-record';
  return { symbol: canonical, kind, components, parts };
}

/** The canonical symbol for parsed parts: `formatSymbol(parseSymbol(c)) === c`. */
export function formatSymbol(parsed: Pick<ParsedSymbol, 'components' | 'resolution'>): string {
  return parsed.resolution ? formatResolution(parsed.resolution) : parsed.components.join('/');
}

/**
 * The undocs.org link that resolves a symbol, written without spaces
 * (`https://undocs.org/S/RES/1325(2000)`), as undocs.org and the knowledge base write it.
 */
export function undocsUrl(symbol: string): string {
  const known = urls.get(symbol);
  if (known !== undefined) return known;
  return remember(urls, symbol, `https://undocs.org/${encodeURI(symbol.replace(/\s+/g, ''))}`);
}
