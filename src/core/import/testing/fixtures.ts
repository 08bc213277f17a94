/**
 * Small WordPress REST API post objects about rare earths, written for the tests.
 * Each builder returns a fresh object, so a test can change it freely.
 */

export type JsonObject = Record<string, unknown>;

/** A minimal `post`, valid as it is. */
export function minimalPost(overrides: JsonObject = {}): JsonObject {
  return {
    id: 101,
    link: 'https://rare-earth-news.example/2025/03/separation-plant-opens/',
    date: '2025-03-14T09:30:00',
    title: { rendered: 'Separation Plant Opens in Texas' },
    content: { rendered: '<p>A new plant that separates light rare earth oxides started work this week.</p>' },
    ...overrides,
  };
}

/** A custom post type item as a news site sends it without `_embed`: terms only as `class_list` slugs and id arrays. */
export function newsArchivePost(overrides: JsonObject = {}): JsonObject {
  return {
    id: 2201,
    date: '2025-06-02T11:00:00',
    date_gmt: '2025-06-02T11:00:00',
    guid: { rendered: 'https://rare-earth-news.example/?post_type=news-archive&p=2201' },
    modified: '2025-06-03T08:15:00',
    slug: 'magnet-makers-look-beyond-china',
    status: 'publish',
    type: 'news-archive',
    link: 'https://rare-earth-news.example/news/magnet-makers-look-beyond-china/',
    title: { rendered: 'Magnet Makers Look Beyond China &#8211; Again' },
    content: {
      rendered: '<h2>Supply</h2><p>Makers of NdFeB magnets are signing offtake deals outside China.</p><ul><li>Dysprosium</li><li>Terbium</li></ul>',
      protected: false,
    },
    excerpt: { rendered: '<p>Offtake deals &amp; new supply outside China.</p>', protected: false },
    author: 4,
    'news-type': [12, 15],
    organization: [301, 302],
    regions: [7, 8],
    class_list: [
      'post-2201', 'news-archive', 'type-news-archive', 'status-publish', 'format-standard', 'hentry',
      'news-type-ree-news', 'news-type-clean-energy-technology',
      'organization-mp-materials', 'organization-lynas-rare-earths',
      'regions-united-states', 'regions-australia',
    ],
    acf: [],
    _links: { self: [{ href: 'https://rare-earth-news.example/wp-json/wp/v2/news-archive/2201' }] },
    ...overrides,
  };
}

/** The front matter a note of newsArchivePost() holds with the default taxonomy mapping, all but `imported`. */
export const NEWS_ARCHIVE_FRONT_MATTER = {
  title: 'Magnet Makers Look Beyond China – Again',
  source: 'https://rare-earth-news.example/news/magnet-makers-look-beyond-china/',
  wp_id: 2201,
  site: 'rare-earth-news.example',
  type: 'news-archive',
  date: '2025-06-02T11:00:00',
  modified: '2025-06-03T08:15:00',
  regions: ['United States', 'Australia'],
  organizations: ['MP Materials', 'Lynas Rare Earths'],
  topics: ['REE News', 'Clean Energy Technology'],
  tags: [],
  excerpt: 'Offtake deals & new supply outside China.',
} as const;

/** A stock `post` fetched with `?_embed`: categories, tags and a custom taxonomy with real names. */
export function embeddedPost(overrides: JsonObject = {}): JsonObject {
  return {
    id: 310,
    date: '2024-11-20T14:05:00',
    modified: '2024-11-21T10:00:00',
    slug: 'heavy-rare-earths-recycling',
    type: 'post',
    link: 'https://magnet-blog.example/heavy-rare-earths-recycling/',
    title: { rendered: 'Recycling Heavy Rare Earths from Old Motors' },
    content: { rendered: '<p>Old wind turbine motors hold dysprosium worth recovering.</p>' },
    excerpt: { rendered: '<p>Recovering dysprosium from scrap.</p>' },
    categories: [3],
    tags: [10, 11],
    class_list: ['post-310', 'category-should-not-be-used', 'tag-ignored-too'],
    _embedded: {
      author: [{ id: 1, name: 'Editor' }],
      'wp:term': [
        [{ id: 3, name: 'Recycling &amp; Circularity', slug: 'recycling', taxonomy: 'category' }],
        [
          { id: 10, name: 'Dysprosium', slug: 'dysprosium', taxonomy: 'post_tag' },
          { id: '11', slug: 'wind-power', taxonomy: 'post_tag' },
        ],
        [{ id: 'eu', name: 'European Union', slug: 'eu', taxonomy: 'regions' }],
      ],
    },
    ...overrides,
  };
}

/** JSON text of one post or of a collection. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
