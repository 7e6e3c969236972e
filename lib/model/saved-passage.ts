/**
 * A passage a reader saved, with its note: the record stored in IndexedDB,
 * exported, imported and re-anchored. Shared by lib/db (storage),
 * lib/export (formats) and lib/anchoring (finding it again).
 *
 * Selectors follow the W3C Web Annotation model: TextPositionSelector offsets
 * count Unicode code points of the document text (see lib/anchoring).
 */
import type { RecommendationId, ThemeId } from './themes';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Code points from the start of the document text (or of the PDF page's text when `page` is set). */
  start: number;
  end: number;
}

export interface PassageSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** 1-based PDF page number, for passages saved in the PDF viewer. */
  page?: number;
}

export interface SavedPassage {
  /** A UUID, fixed at creation; the primary key everywhere. */
  id: string;
  /** The page the passage was saved on (for PDFs, the PDF's original URL). */
  url: string;
  /**
   * What identifies the document across URLs: `symbol:<canonical symbol>` when
   * known, else `pdf:<fingerprint>` or `url:<url without fragment>`.
   */
  documentKey: string;
  /** Canonical UN symbol of the document, when known. */
  symbol?: string;
  title: string;
  lang?: string;
  selectors: PassageSelectors;
  /** Themes and recommendations as judged when the passage was saved. */
  themes: ThemeId[];
  recommendations: RecommendationId[];
  provisions: { symbol: string; paragraph: string }[];
  /** Plain text with light Markdown; never rendered as HTML. */
  note: string;
  tags: string[];
  /** ISO 8601 times. */
  createdAt: string;
  updatedAt: string;
}
