/**
 * Turning a selection described by a page (`PassageDraft`) into the record we
 * store. The draft comes from a content script running inside a web page, so
 * it is checked field by field before anything is written: a page that feeds
 * the script odd values gets a refusal, not a corrupt record.
 */
import { z } from '../model/zod';
import type { PassageDraft } from '../messaging/protocol';
import type { SavedPassage } from '../model/saved-passage';
import type { RecommendationId, ThemeId } from '../model/themes';

/** Longest quote we store; a selection beyond this is almost certainly a mistake. */
export const MAX_QUOTE_CHARS = 20_000;
const MAX_CONTEXT_CHARS = 2_000;

const httpUrl = z
  .string()
  .max(4_096)
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

const offset = z.number().int().nonnegative();

const draftSchema = z.object({
  url: httpUrl,
  title: z.string().max(2_000),
  lang: z.string().max(35),
  documentKey: z.string().min(1).max(4_200),
  documentSymbol: z.string().max(200).optional(),
  selectors: z.object({
    quote: z.object({
      type: z.literal('TextQuoteSelector'),
      exact: z
        .string()
        .min(1)
        .max(MAX_QUOTE_CHARS)
        .refine((s) => s.trim().length > 0, 'is blank'),
      prefix: z.string().max(MAX_CONTEXT_CHARS),
      suffix: z.string().max(MAX_CONTEXT_CHARS),
    }),
    position: z
      .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
      .refine((p) => p.end >= p.start, 'end before start'),
    page: z.number().int().positive().optional(),
  }),
});

/** Checks a draft; the error names the first field that is wrong. */
export function parseDraft(value: unknown): { ok: true; draft: PassageDraft } | { ok: false; error: string } {
  const result = draftSchema.safeParse(value);
  if (result.success) return { ok: true, draft: result.data };
  const issue = result.error.issues[0];
  return { ok: false, error: `${issue?.path.join('.') || 'draft'}: ${issue?.message ?? 'invalid'}` };
}

/** What the judgement (lib/link's `analyzePassage`) said about the quote when it was saved. */
export interface Judgement {
  themes: readonly ThemeId[];
  recommendations: readonly { id: RecommendationId }[];
  provisions: readonly { symbol: string; paragraph: string }[];
}

/** The record to store for a checked draft. */
export function passageFromDraft(
  draft: PassageDraft,
  judgement: Judgement,
  id: string,
  now: Date = new Date(),
): SavedPassage {
  const at = now.toISOString();
  const symbol = draft.documentSymbol?.trim();
  return {
    id,
    url: draft.url,
    documentKey: draft.documentKey,
    ...(symbol ? { symbol } : {}),
    title: draft.title.trim() || draft.url,
    ...(draft.lang && draft.lang !== 'und' ? { lang: draft.lang } : {}),
    selectors: draft.selectors,
    themes: [...new Set(judgement.themes)],
    recommendations: [...new Set(judgement.recommendations.map((r) => r.id))],
    provisions: judgement.provisions.map(({ symbol: s, paragraph }) => ({ symbol: s, paragraph })),
    note: '',
    tags: [],
    createdAt: at,
    updatedAt: at,
  };
}
