/** The note keys that WordPress taxonomies can feed. */
export const NOTE_TAXONOMY_KEYS = ['regions', 'organizations', 'topics', 'tags'] as const;
export type NoteTaxonomyKey = (typeof NOTE_TAXONOMY_KEYS)[number];

/** WordPress taxonomy REST name (`regions`, `category`, `post_tag`, …) → note key. */
export type TaxonomyMapping = Readonly<Record<string, NoteTaxonomyKey>>;

/** Fits the rare-earth news site the product is built around, and stock WordPress. */
export const DEFAULT_TAXONOMY_MAPPING: TaxonomyMapping = {
  regions: 'regions',
  organization: 'organizations',
  'news-type': 'topics',
  category: 'topics',
  post_tag: 'tags',
};

export function isNoteTaxonomyKey(value: string): value is NoteTaxonomyKey {
  return (NOTE_TAXONOMY_KEYS as readonly string[]).includes(value);
}

/**
 * Parses the CLI form `regions=regions,organization=organizations`.
 * Throws with a message naming the bad entry; the caller reports it as a usage error.
 */
export function parseTaxonomyMapping(text: string): TaxonomyMapping {
  const mapping: Record<string, NoteTaxonomyKey> = {};
  for (const entry of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [taxonomy, key, ...extra] = entry.split('=').map((part) => part.trim());
    if (!taxonomy || !key || extra.length > 0) {
      throw new Error(`"${entry}" is not of the form <taxonomy>=<key>, e.g. regions=regions`);
    }
    if (!isNoteTaxonomyKey(key)) {
      throw new Error(`"${key}" in "${entry}" is not one of ${NOTE_TAXONOMY_KEYS.join(', ')}`);
    }
    mapping[taxonomy] = key;
  }
  return mapping;
}
