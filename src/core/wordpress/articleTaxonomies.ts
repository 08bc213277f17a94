import { htmlToPlainText } from '../text/htmlToPlainText';
import { isNoteTaxonomyKey, type NoteTaxonomyKey, type TaxonomyMapping } from './taxonomyMapping';
import { termNameFromSlug } from './termNameFromSlug';
import type { WpPost } from './wpPost';

export type NoteTaxonomies = Record<NoteTaxonomyKey, string[]>;

/**
 * Names the post's terms for each note key. Embedded terms (`?_embed`) carry real names and win;
 * taxonomies without embedded terms fall back to the post's `class_list` slugs.
 */
export function articleTaxonomies(post: WpPost, mapping: TaxonomyMapping): NoteTaxonomies {
  const result: NoteTaxonomies = { regions: [], organizations: [], topics: [], tags: [] };
  const embeddedTaxonomies = new Set<string>();

  for (const group of post._embedded?.['wp:term'] ?? []) {
    for (const term of group) {
      if (!term.taxonomy) continue;
      embeddedTaxonomies.add(term.taxonomy);
      const key = mappedKey(mapping, term.taxonomy);
      // A missing name, or one that is only markup or spaces, falls back to the slug.
      const name = htmlToPlainText(term.name ?? '') || termNameFromSlug(term.slug ?? '');
      if (key && name) addUnique(result[key], name);
    }
  }

  for (const className of classNames(post)) {
    const match = matchTaxonomyClass(className, mapping, embeddedTaxonomies);
    if (match) addUnique(result[match.key], termNameFromSlug(match.slug));
  }
  return result;
}

function classNames(post: WpPost): string[] {
  const list = post.class_list;
  if (!list) return [];
  return Array.isArray(list) ? list : Object.values(list);
}

/** WordPress writes a term class as `<taxonomy>-<slug>`, except `tag-<slug>` for post_tag. */
function matchTaxonomyClass(className: string, mapping: TaxonomyMapping, skip: ReadonlySet<string>): { key: NoteTaxonomyKey; slug: string } | undefined {
  let best: { key: NoteTaxonomyKey; slug: string; prefixLength: number } | undefined;
  for (const [taxonomy, key] of Object.entries(mapping)) {
    if (skip.has(taxonomy) || !isNoteTaxonomyKey(key)) continue;
    const prefix = `${taxonomy === 'post_tag' ? 'tag' : taxonomy}-`;
    // The longest prefix wins, so `news-type-x` is not read as taxonomy `news`.
    if (className.startsWith(prefix) && className.length > prefix.length && (!best || prefix.length > best.prefixLength)) {
      best = { key, slug: className.slice(prefix.length), prefixLength: prefix.length };
    }
  }
  return best && { key: best.key, slug: best.slug };
}

/**
 * The note key a taxonomy feeds. Taxonomy names come from the input, so `constructor` or
 * `__proto__` must not reach Object.prototype; a hand-edited setting may name no note key.
 */
function mappedKey(mapping: TaxonomyMapping, taxonomy: string): NoteTaxonomyKey | undefined {
  const key = Object.hasOwn(mapping, taxonomy) ? mapping[taxonomy] : undefined;
  return key !== undefined && isNoteTaxonomyKey(key) ? key : undefined;
}

function addUnique(names: string[], name: string): void {
  const folded = name.toLowerCase();
  if (!names.some((existing) => existing.toLowerCase() === folded)) names.push(name);
}
