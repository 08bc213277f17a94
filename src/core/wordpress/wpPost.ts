// zod/mini: the same validation as zod's full API at a fraction of the bundle size, which matters
// for activation and the web extension host.
import * as z from 'zod/mini';

const rendered = z.object({ rendered: z.string() });

const isoDate = z.string().check(z.refine(isIsoDate, {
  message: 'expected an ISO 8601 date such as 2025-08-29T16:29:50',
}));

/** `Date.parse` rolls 2025-02-30 over to March; a note must not carry a day that never was. */
function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!match) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const daysInMonth = new Date(Date.UTC(year ?? 0, month ?? 0, 0)).getUTCDate();
  return month !== undefined && month >= 1 && month <= 12 && day !== undefined && day >= 1 && day <= daysInMonth
    && hour <= 23 && minute <= 59 && second <= 59;
}

const absoluteHttpUrl = z.string().check(z.refine((value) => {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}, { message: 'expected an absolute http(s) URL' }));

/** A term as `_embed` returns it; trimmed responses omit the name, and some plugins send string ids. */
const embeddedTerm = z.looseObject({
  id: z.optional(z.union([z.number(), z.string()])),
  name: z.optional(z.string()),
  slug: z.optional(z.string()),
  taxonomy: z.optional(z.string()),
});

/**
 * A post of any type from the WordPress REST API (`/wp-json/wp/v2/<type>/<id>`).
 * Only what the importer reads is checked; unknown fields pass through untouched.
 */
export const wpPostSchema = z.looseObject({
  id: z.int().check(z.nonnegative({ message: 'expected a post id of 0 or more' })),
  link: absoluteHttpUrl,
  date: isoDate,
  modified: z.optional(isoDate),
  slug: z.optional(z.string()),
  type: z.optional(z.string()),
  title: rendered,
  content: z.looseObject({ rendered: z.string(), protected: z.optional(z.boolean()) }),
  excerpt: z.optional(z.looseObject({ rendered: z.string() })),
  // WordPress 6.6+ sends an array; some sites serialise it as an object with numeric keys.
  class_list: z.optional(z.union([z.array(z.string()), z.record(z.string(), z.string())])),
  _embedded: z.optional(z.looseObject({
    'wp:term': z.optional(z.array(z.array(embeddedTerm))),
  })),
});

export type WpPost = z.infer<typeof wpPostSchema>;
export type WpEmbeddedTerm = z.infer<typeof embeddedTerm>;
