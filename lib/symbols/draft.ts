/** What the scanners hand back before spans are checked and URLs added. */
import type { SymbolKind } from './types';

export interface Draft {
  start: number;
  end: number;
  /** Empty when the mention is ambiguous. */
  canonical: string[];
  kind: SymbolKind;
  ambiguous?: boolean;
  warning?: string;
  ocr?: boolean;
}

/** Everything a scanner needs besides the text. */
export interface ScanContext {
  text: string;
  /** The document's organ, from the caller or (see `documentOrgan`) the text itself. */
  docOrgan: 'S' | 'A' | 'E' | undefined;
  docOrganKnown: boolean;
  out: Draft[];
}

const DIGIT_ZERO = [0x30, 0x660, 0x6f0, 0xff10];

/** ASCII digits for Arabic-Indic, extended Arabic-Indic and full-width digits. */
export function asciiDigits(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 0x80;
  if (ascii) return s; // ASCII digits (and any other ASCII) stay as they are
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    const zero = DIGIT_ZERO.find((z) => c >= z && c <= z + 9);
    out += zero === undefined ? ch : String.fromCharCode(0x30 + c - zero);
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;

/** True for letters and digits of any script (word characters for boundaries). */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return WORD.test(ch);
}
