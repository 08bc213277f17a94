import { htmlToMarkdown } from '../html/htmlToMarkdown';
import { guardUserSectionHeading } from '../note/userSection';
import type { NoteContent } from '../note/renderNote';
import { htmlToPlainText } from '../text/htmlToPlainText';
import { articleTaxonomies } from '../wordpress/articleTaxonomies';
import type { TaxonomyMapping } from '../wordpress/taxonomyMapping';
import type { WpPost } from '../wordpress/wpPost';

/** Front matter keys the importer writes, in the order it writes them; other keys belong to the user. */
export const IMPORTED_KEYS = ['title', 'source', 'wp_id', 'site', 'type', 'date', 'modified', 'regions', 'organizations', 'topics', 'tags', 'excerpt', 'imported'] as const;

/** Identifies an article across imports: the same post of the same site. */
export function articleKey(site: string, wpId: number | string): string {
  return `${site.toLowerCase()}#${wpId}`;
}

export function siteOf(link: string): string {
  return new URL(link).host.toLowerCase();
}

/** Converts a validated post into the content of its note; `imported` is the ISO time of this import. */
export function articleToNote(post: WpPost, mapping: TaxonomyMapping, imported: string): NoteContent {
  const title = htmlToPlainText(post.title.rendered) || post.slug || `Article ${post.id}`;
  const taxonomies = articleTaxonomies(post, mapping);
  const frontMatter = {
    title,
    source: post.link,
    wp_id: post.id,
    site: siteOf(post.link),
    type: post.type ?? 'post',
    date: post.date,
    modified: post.modified ?? post.date,
    regions: taxonomies.regions,
    organizations: taxonomies.organizations,
    topics: taxonomies.topics,
    tags: taxonomies.tags,
    excerpt: htmlToPlainText(post.excerpt?.rendered ?? ''),
    imported,
  };
  return { frontMatter, title, body: guardUserSectionHeading(htmlToMarkdown(post.content.rendered)) };
}
