/**
 * The one module that imports pdf.js (pdfjs-dist). It opens a document with
 * the worker and data files the extension ships, and renders a page's canvas
 * and text layer. Everything else in the viewer sees the small interfaces
 * below.
 */
import {
  getDocument,
  GlobalWorkerOptions,
  PasswordResponses,
  TextLayer,
  type PDFDocumentProxy,
  type PDFPageProxy,
} from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';

export type { PDFDocumentProxy, PDFPageProxy, TextContent };

/** CSS pixels per PDF point at 100 % (pdf.js's PDF_TO_CSS_UNITS). */
export const CSS_UNITS = 96 / 72;

export type OpenError = 'password' | 'not-pdf' | 'network' | 'other';

/** Why a document failed to open, for the reader. */
export function classifyOpenError(error: unknown): OpenError {
  const name = (error as { name?: string } | null)?.name ?? '';
  const code = (error as { code?: number } | null)?.code;
  if (name === 'PasswordException' || code === PasswordResponses.NEED_PASSWORD) return 'password';
  if (name === 'InvalidPDFException') return 'not-pdf';
  if (
    name === 'ResponseException' ||
    name === 'MissingPDFException' ||
    name === 'UnexpectedResponseException'
  ) {
    return 'network';
  }
  return 'other';
}

/**
 * Opens the PDF at `url`. `assets.base` is the extension URL of the pdf.js
 * data copied at build time (`runtime.getURL('/pdfjs/')`), `assets.worker`
 * that of pdf.js's worker. The fetch is the page's own request for the
 * document the reader opened.
 */
export function openPdf(url: string, assets: { base: string; worker: string }): Promise<PDFDocumentProxy> {
  GlobalWorkerOptions.workerSrc = assets.worker;
  const assetsBase = assets.base;
  return getDocument({
    url,
    cMapUrl: `${assetsBase}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assetsBase}standard_fonts/`,
    wasmUrl: `${assetsBase}wasm/`,
    iccUrl: `${assetsBase}iccs/`,
    // Extension pages forbid eval; say so rather than let pdf.js probe.
    isEvalSupported: false,
    withCredentials: false,
  }).promise;
}

export interface RenderedLayer {
  /** One element per text item with a `str` (empty ones are not in the DOM). */
  textDivs: HTMLElement[];
  update(scale: number): void;
  cancel(): void;
}

/** Renders a text layer into `container` from text content already fetched. */
export async function renderTextLayer(
  page: PDFPageProxy,
  textContent: TextContent,
  container: HTMLElement,
  scale: number,
): Promise<RenderedLayer> {
  const layer = new TextLayer({
    textContentSource: textContent,
    container,
    viewport: page.getViewport({ scale }),
  });
  await layer.render();
  return {
    textDivs: layer.textDivs,
    update: (next) => layer.update({ viewport: page.getViewport({ scale: next }) }),
    cancel: () => layer.cancel(),
  };
}

/** Draws the page on `canvas` at `scale`, sharp on high-density screens. */
export function renderCanvas(
  page: PDFPageProxy,
  canvas: HTMLCanvasElement,
  scale: number,
  pixelRatio: number,
): { promise: Promise<void>; cancel: () => void } {
  const viewport = page.getViewport({ scale });
  canvas.width = Math.floor(viewport.width * pixelRatio);
  canvas.height = Math.floor(viewport.height * pixelRatio);
  const task = page.render({
    canvas,
    viewport,
    ...(pixelRatio !== 1 ? { transform: [pixelRatio, 0, 0, pixelRatio, 0, 0] } : {}),
  });
  return { promise: task.promise, cancel: () => task.cancel() };
}

/** Page size in CSS pixels at `scale`. */
export function pageSize(page: PDFPageProxy, scale: number): { width: number; height: number } {
  const { width, height } = page.getViewport({ scale });
  return { width, height };
}
