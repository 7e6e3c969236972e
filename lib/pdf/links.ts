/**
 * Links inside a PDF, DOM-free: which of a page's Link annotations become
 * links in the viewer, where they sit on the page (as percentages of the page
 * box, so a zoom changes nothing), the text under them, and which page an
 * internal destination goes to. The elements themselves are built by
 * `link-layer.ts`.
 */

/** Schemes a PDF link may open; `javascript:`, `data:`, `file:`, extension pages and the rest are dropped. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address of an external link when it is safe to open, normalized; null
 * otherwise (another scheme, unparseable, relative, or a web address without
 * a host).
 */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const value = raw.trim();
  if (!value || value.length > 8192) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!SAFE_SCHEMES.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  if (url.protocol === 'mailto:' && url.pathname.replace(/^\/+/, '') === '' && !url.search) return null;
  return url.href;
}

/** A box on the page, in percentages of the page's width and height. */
export interface LinkBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Link rects smaller than this (CSS pixels at scale 1) are noise, not targets. */
const MIN_SIDE = 1;

/**
 * The CSS box of a rect already in viewport coordinates
 * (`viewport.convertToViewportRectangle`, corners in either order), as
 * percentages of the viewport's size, clipped to the page; null when nothing
 * of it is on the page or it is too thin to click.
 */
export function linkBox(
  viewportRect: readonly number[],
  viewport: { width: number; height: number },
): LinkBox | null {
  const [a, b, c, d] = viewportRect;
  const { width, height } = viewport;
  if (![a, b, c, d, width, height].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  if (width <= 0 || height <= 0) return null;
  const left = Math.max(0, Math.min(a!, c!));
  const right = Math.min(width, Math.max(a!, c!));
  const top = Math.max(0, Math.min(b!, d!));
  const bottom = Math.min(height, Math.max(b!, d!));
  if (right - left < MIN_SIDE || bottom - top < MIN_SIDE) return null;
  const pct = (n: number, of: number) => Math.round((n / of) * 1e6) / 1e4;
  return {
    left: pct(left, width),
    top: pct(top, height),
    width: pct(right - left, width),
    height: pct(bottom - top, height),
  };
}

/** A PDF object reference as pdf.js gives it. */
export interface PdfRef {
  num: number;
  gen: number;
}

/** Where an internal link goes: a named destination, or a page by reference or by index (0-based). */
export type ParsedDest =
  { kind: 'named'; name: string } | { kind: 'ref'; ref: PdfRef } | { kind: 'index'; index: number };

function isRef(value: unknown): value is PdfRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    Number.isInteger((value as PdfRef).num) &&
    Number.isInteger((value as PdfRef).gen)
  );
}

/**
 * Reads a destination: a name (string), or an explicit destination array
 * whose first element is a page reference or a page index; null for anything
 * else.
 */
export function parseDest(dest: unknown): ParsedDest | null {
  if (typeof dest === 'string') return dest ? { kind: 'named', name: dest } : null;
  if (!Array.isArray(dest) || dest.length === 0) return null;
  const [target] = dest as unknown[];
  if (isRef(target)) return { kind: 'ref', ref: { num: target.num, gen: target.gen } };
  if (typeof target === 'number' && Number.isInteger(target) && target >= 0) {
    return { kind: 'index', index: target };
  }
  return null;
}

/** What `resolveDest` needs of a pdf.js document. */
export interface DestinationSource {
  numPages: number;
  getDestination(id: string): Promise<unknown>;
  getPageIndex(ref: PdfRef): Promise<number>;
}

/**
 * The page (1-based) a destination goes to, or null when it cannot be
 * resolved (unknown name, broken reference, out of range). Never throws.
 */
export async function resolveDest(source: DestinationSource, dest: unknown): Promise<number | null> {
  try {
    let parsed = parseDest(dest);
    if (parsed?.kind === 'named') parsed = parseDest(await source.getDestination(parsed.name));
    if (!parsed || parsed.kind === 'named') return null;
    const index = parsed.kind === 'index' ? parsed.index : await source.getPageIndex(parsed.ref);
    if (!Number.isInteger(index) || index < 0 || index >= source.numPages) return null;
    return index + 1;
  } catch {
    return null;
  }
}

/** The fields of a pdf.js annotation this module reads. */
export interface AnnotationLike {
  subtype?: unknown;
  rect?: unknown;
  url?: unknown;
  unsafeUrl?: unknown;
  dest?: unknown;
}

/** A link the viewer shows: its rect in PDF user space and where it goes. */
export type PdfLink =
  { kind: 'external'; rect: number[]; href: string } | { kind: 'internal'; rect: number[]; dest: unknown };

function isRect(value: unknown): value is number[] {
  return Array.isArray(value) && value.length === 4 && value.every((n) => Number.isFinite(n));
}

/**
 * The links among a page's annotations: Link annotations with a safe external
 * address or a destination we can read. Everything else is dropped.
 */
export function readLinks(annotations: readonly AnnotationLike[]): PdfLink[] {
  const links: PdfLink[] = [];
  for (const annotation of annotations) {
    if (annotation?.subtype !== 'Link' || !isRect(annotation.rect)) continue;
    const rect = [...annotation.rect];
    // pdf.js gives `url` only for an address it could make absolute, `unsafeUrl` as written.
    const raw = typeof annotation.url === 'string' ? annotation.url : annotation.unsafeUrl;
    if (raw !== undefined && raw !== null) {
      const href = safeExternalUrl(raw);
      if (href) links.push({ kind: 'external', rect, href });
      continue;
    }
    if (parseDest(annotation.dest)) links.push({ kind: 'internal', rect, dest: annotation.dest });
  }
  return links;
}

/** A text item as pdf.js gives it, in PDF user space. */
export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * The text under a rect in PDF user space: the part of each horizontal item
 * whose line runs through the rect, cut at the rect's sides in proportion to
 * the item's width. Empty when there is none (rotated text is not read).
 */
export function textUnder(rect: readonly number[], items: readonly TextItemLike[]): string {
  const [a, b, c, d] = rect;
  const x1 = Math.min(a!, c!);
  const x2 = Math.max(a!, c!);
  const y1 = Math.min(b!, d!);
  const y2 = Math.max(b!, d!);
  const parts: string[] = [];
  for (const item of items) {
    if (!item.str || !Array.isArray(item.transform) || item.transform.length < 6) continue;
    const [, skewA, skewB, , x, y] = item.transform as [number, number, number, number, number, number];
    if (skewA !== 0 || skewB !== 0 || !(item.width > 0)) continue;
    const middle = y + (item.height || 0) / 3;
    if (middle < y1 || middle > y2) continue;
    const from = Math.max(x, x1);
    const to = Math.min(x + item.width, x2);
    if (to - from <= 0) continue;
    const chars = [...item.str];
    const start = Math.round(((from - x) / item.width) * chars.length);
    const end = Math.round(((to - x) / item.width) * chars.length);
    const piece = chars.slice(start, end).join('').trim();
    if (piece) parts.push(piece);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
