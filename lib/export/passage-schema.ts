/**
 * The zod schema every imported passage must pass, whatever file it came
 * from: our backup's records directly, W3C annotations after mapping. It
 * checks types, sizes, ids, http(s) URLs, real dates and known theme ids, and
 * returns fresh objects with only the known keys (so nothing foreign, such as
 * a `__proto__` key, reaches the database).
 */
import { z } from '../model/zod';
import type { SavedPassage } from '../model/saved-passage';
import { RECOMMENDATION_IDS, THEME_IDS } from '../model/themes';
import { LIMITS } from './limits';
import { cleanLine, cleanText, httpUrl } from './sanitize';
import { isUuid } from './uuid';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An ISO 8601 date-time with a time zone naming a real instant, normalized to `toISOString()`; null otherwise. */
export function isoDate(value: string): string | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(
    Number,
  ) as number[];
  // Reject dates that Date would roll over (2024-02-30 -> March 1).
  const calendar = new Date(Date.UTC(year!, month! - 1, day!));
  if (
    calendar.getUTCMonth() !== month! - 1 ||
    calendar.getUTCDate() !== day! ||
    hour! > 23 ||
    minute! > 59 ||
    second! > 59
  ) {
    return null;
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString();
}

const text = (max: number, line = false) =>
  z
    .string()
    .max(max, `longer than ${max.toLocaleString('en')} characters`)
    .transform((s) => (line ? cleanLine(s) : cleanText(s)));

const date = z.string().transform((value, ctx) => {
  const normalized = isoDate(value);
  if (normalized === null) {
    ctx.addIssue({
      code: 'custom',
      message: `not a date and time with a time zone (ISO 8601): ${JSON.stringify(value.slice(0, 40))}`,
    });
    return z.NEVER;
  }
  return normalized;
});

const url = z
  .string()
  .max(LIMITS.url, `longer than ${LIMITS.url} characters`)
  .refine((value) => httpUrl(value) !== null, { message: 'not an http(s) address' });

const offset = z.number().int('not a whole number').min(0, 'negative').max(Number.MAX_SAFE_INTEGER);

const uniqueKnown = <T extends string>(ids: readonly T[], what: string) =>
  z
    .array(z.string())
    .max(ids.length * 2)
    .superRefine((values, ctx) => {
      for (const value of values) {
        if (!(ids as readonly string[]).includes(value)) {
          ctx.addIssue({ code: 'custom', message: `unknown ${what} ${JSON.stringify(value.slice(0, 40))}` });
        }
      }
    })
    .transform((values) => [...new Set(values)] as T[]);

export const passageSchema = z.strictObject({
  id: z
    .string()
    .refine(isUuid, { message: 'not a UUID' })
    .transform((id) => id.toLowerCase()),
  url,
  documentKey: text(LIMITS.documentKey, true).refine((key) => key.length > 0, { message: 'empty' }),
  symbol: text(LIMITS.symbol, true).optional(),
  title: text(LIMITS.title, true),
  // As the page declared it (`en`, `en_US`, `und`): kept, never interpreted as markup.
  lang: text(LIMITS.lang, true).optional(),
  selectors: z.strictObject({
    quote: z.strictObject({
      type: z.literal('TextQuoteSelector'),
      exact: text(LIMITS.quote).refine((s) => s.trim().length > 0, { message: 'empty' }),
      prefix: text(LIMITS.context),
      suffix: text(LIMITS.context),
    }),
    position: z
      .strictObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
      .refine((p) => p.end >= p.start, { message: 'ends before it starts' }),
    page: z.number().int().min(1).max(1_000_000).optional(),
  }),
  themes: uniqueKnown(THEME_IDS, 'theme'),
  recommendations: uniqueKnown(RECOMMENDATION_IDS, 'recommendation'),
  provisions: z
    .array(z.strictObject({ symbol: text(LIMITS.symbol, true), paragraph: text(LIMITS.paragraph, true) }))
    .max(LIMITS.provisions, `more than ${LIMITS.provisions} provisions`),
  note: text(LIMITS.note),
  tags: z
    .array(text(LIMITS.tag, true))
    .max(LIMITS.tags, `more than ${LIMITS.tags} tags`)
    .transform((tags) => [...new Set(tags.map((t) => t.trim()).filter(Boolean))]),
  createdAt: date,
  updatedAt: date,
}) satisfies z.ZodType<SavedPassage, unknown>;

/** "selectors.quote.exact: longer than 20,000 characters" from a zod issue. */
export function describeIssue(issue: z.core.$ZodIssue): { field: string; reason: string } {
  const field = issue.path.map(String).join('.');
  let reason = issue.message;
  if (issue.code === 'invalid_type') {
    reason = / received undefined$/.test(issue.message)
      ? 'missing'
      : issue.message.replace(/^Invalid input: /, 'wrong type: ');
  }
  if (issue.code === 'unrecognized_keys')
    reason = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  return { field, reason: field ? `${field}: ${reason}` : reason };
}
