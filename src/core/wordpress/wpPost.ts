import { z } from 'zod';

const rendered = z.object({ rendered: z.string() });

const isoDate = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)), {
  message: 'expected an ISO 8601 date such as 2025-08-29T16:29:50',
});

const absoluteHttpUrl = z.string().refine((value) => {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}, { message: 'expected an absolute http(s) URL' });

/** A term as `_embed` returns it; trimmed responses omit the name, and some plugins send string ids. */
const embeddedTerm = z.looseObject({
  id: z.union([z.number(), z.string()]).optional(),
  name: z.string().optional(),
  slug: z.string().optional(),
  taxonomy: z.string().optional(),
});

/**
 * A post of any type from the WordPress REST API (`/wp-json/wp/v2/<type>/<id>`).
 * Only what the importer reads is checked; unknown fields pass through untouched.
 */
export const wpPostSchema = z.looseObject({
  id: z.number().int().nonnegative(),
  link: absoluteHttpUrl,
  date: isoDate,
  modified: isoDate.optional(),
  slug: z.string().optional(),
  type: z.string().optional(),
  title: rendered,
  content: z.looseObject({ rendered: z.string(), protected: z.boolean().optional() }),
  excerpt: z.looseObject({ rendered: z.string() }).optional(),
  // WordPress 6.6+ sends an array; some sites serialise it as an object with numeric keys.
  class_list: z.union([z.array(z.string()), z.record(z.string(), z.string())]).optional(),
  _embedded: z.looseObject({
    'wp:term': z.array(z.array(embeddedTerm)).optional(),
  }).optional(),
});

export type WpPost = z.infer<typeof wpPostSchema>;
export type WpEmbeddedTerm = z.infer<typeof embeddedTerm>;
