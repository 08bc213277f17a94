import { strict as assert } from 'node:assert';
import { embeddedPost, minimalPost, newsArchivePost, type JsonObject } from '../../../../src/core/import/testing/fixtures';
import { articleTaxonomies } from '../../../../src/core/wordpress/articleTaxonomies';
import { DEFAULT_TAXONOMY_MAPPING, parseTaxonomyMapping } from '../../../../src/core/wordpress/taxonomyMapping';
import { wpPostSchema } from '../../../../src/core/wordpress/wpPost';

function taxonomiesOf(post: JsonObject, mapping = DEFAULT_TAXONOMY_MAPPING) {
  return articleTaxonomies(wpPostSchema.parse(post), mapping);
}

describe('articleTaxonomies', () => {
  it('gives empty lists for a post without terms', () => {
    assert.deepEqual(taxonomiesOf(minimalPost()), { regions: [], organizations: [], topics: [], tags: [] });
  });

  describe('from class_list slugs', () => {
    it('names the terms of a custom post type from an array', () => {
      assert.deepEqual(taxonomiesOf(newsArchivePost()), {
        regions: ['United States', 'Australia'],
        organizations: ['MP Materials', 'Lynas Rare Earths'],
        topics: ['REE News', 'Clean Energy Technology'],
        tags: [],
      });
    });

    it('reads class_list sent as an object with numeric keys', () => {
      const post = newsArchivePost({
        class_list: { 0: 'post-2201', 1: 'hentry', 6: 'regions-china', 7: 'organization-china-northern-rare-earth-group', 9: 'news-type-ree-news' },
      });
      assert.deepEqual(taxonomiesOf(post), {
        regions: ['China'],
        organizations: ['China Northern Rare Earth Group'],
        topics: ['REE News'],
        tags: [],
      });
    });

    it('reads categories and tags of a stock post (tag- prefix for post_tag)', () => {
      const post = minimalPost({ class_list: ['post-101', 'type-post', 'category-market-analysis', 'tag-neodymium', 'tag-ev'] });
      assert.deepEqual(taxonomiesOf(post), { regions: [], organizations: [], topics: ['Market Analysis'], tags: ['Neodymium', 'EV'] });
    });

    it('does not take news-type-x for a taxonomy called news', () => {
      const mapping = parseTaxonomyMapping('news=tags,news-type=topics');
      assert.deepEqual(taxonomiesOf(minimalPost({ class_list: ['news-type-ree-news', 'news-flash'] }), mapping).topics, ['REE News']);
      assert.deepEqual(taxonomiesOf(minimalPost({ class_list: ['news-type-ree-news', 'news-flash'] }), mapping).tags, ['Flash']);
    });

    it('ignores classes that are only a taxonomy prefix, and unmapped taxonomies', () => {
      const post = minimalPost({ class_list: ['regions-', 'region-asia', 'country-japan', 'status-publish'] });
      assert.deepEqual(taxonomiesOf(post), { regions: [], organizations: [], topics: [], tags: [] });
    });

    it('lists a name once even when two slugs give it', () => {
      const post = minimalPost({ class_list: ['regions-united-states', 'regions-united_states', 'regions-United-States'] });
      assert.deepEqual(taxonomiesOf(post).regions, ['United States']);
    });
  });

  describe('from embedded terms', () => {
    it('uses embedded names, decoded, and falls back to the slug when a name is missing', () => {
      assert.deepEqual(taxonomiesOf(embeddedPost(), { ...DEFAULT_TAXONOMY_MAPPING }), {
        regions: ['European Union'],
        organizations: [],
        topics: ['Recycling & Circularity'],
        tags: ['Dysprosium', 'Wind Power'],
      });
    });

    it('prefers embedded terms over class_list for the same taxonomy', () => {
      const taxonomies = taxonomiesOf(embeddedPost());
      assert.equal(taxonomies.topics.includes('Should Not Be Used'), false);
      assert.equal(taxonomies.tags.includes('Ignored Too'), false);
    });

    it('still reads class_list for taxonomies that were not embedded', () => {
      const post = embeddedPost({ class_list: ['organization-neo-performance-materials', 'category-ignored'] });
      assert.deepEqual(taxonomiesOf(post).organizations, ['Neo Performance Materials']);
      assert.deepEqual(taxonomiesOf(post).topics, ['Recycling & Circularity']);
    });

    it('accepts string term ids, skips terms without taxonomy, name or slug', () => {
      const post = minimalPost({
        _embedded: {
          'wp:term': [
            [{ id: 'post', slug: 'rare-earth-elements', taxonomy: 'category' }],
            [{ id: 5, name: 'Orphan' }, { id: 6, taxonomy: 'post_tag' }, { id: 7, name: '', slug: '', taxonomy: 'post_tag' }],
            [],
          ],
        },
      });
      assert.deepEqual(taxonomiesOf(post), { regions: [], organizations: [], topics: ['Rare Earth Elements'], tags: [] });
    });

    it('ignores taxonomies named like Object properties', () => {
      const terms = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'].map((taxonomy, id) => ({ id, name: `Term ${id}`, taxonomy }));
      const post = minimalPost({ _embedded: { 'wp:term': [terms] }, class_list: ['constructor-x', '__proto__-y', 'toString-z'] });
      assert.deepEqual(taxonomiesOf(post), { regions: [], organizations: [], topics: [], tags: [] });
    });

    it('ignores a mapping entry whose key is not a note key (a hand-edited setting)', () => {
      const mapping = { regions: 'places', category: 'topics' } as unknown as Record<string, 'topics'>;
      const post = minimalPost({ _embedded: { 'wp:term': [[{ id: 1, name: 'Asia', taxonomy: 'regions' }], [{ id: 2, name: 'Mining', taxonomy: 'category' }]] }, class_list: ['regions-europe'] });
      assert.deepEqual(taxonomiesOf(post, mapping), { regions: [], organizations: [], topics: ['Mining'], tags: [] });
    });

    it('falls back to the slug for a name that is blank or only markup', () => {
      const post = minimalPost({ _embedded: { 'wp:term': [[{ id: 1, name: '  ', slug: 'inner-mongolia', taxonomy: 'regions' }, { id: 2, name: '<span></span>', slug: 'jiangxi', taxonomy: 'regions' }]] } });
      assert.deepEqual(taxonomiesOf(post).regions, ['Inner Mongolia', 'Jiangxi']);
    });

    it('strips markup from embedded names', () => {
      const post = minimalPost({ _embedded: { 'wp:term': [[{ id: 1, name: '<b>Baotou</b> &amp; Inner Mongolia', taxonomy: 'regions' }]] } });
      assert.deepEqual(taxonomiesOf(post).regions, ['Baotou & Inner Mongolia']);
    });
  });

  describe('custom mappings', () => {
    it('feeds the keys the mapping names and ignores the rest', () => {
      const mapping = parseTaxonomyMapping('organization=tags,regions=topics');
      assert.deepEqual(taxonomiesOf(newsArchivePost(), mapping), {
        regions: [],
        organizations: [],
        topics: ['United States', 'Australia'],
        tags: ['MP Materials', 'Lynas Rare Earths'],
      });
    });

    it('supports a site-specific taxonomy in embedded terms', () => {
      const post = minimalPost({ _embedded: { 'wp:term': [[{ id: 1, name: 'Mountain Pass', slug: 'mountain-pass', taxonomy: 'mine' }]] } });
      assert.deepEqual(taxonomiesOf(post, parseTaxonomyMapping('mine=organizations')).organizations, ['Mountain Pass']);
    });

    it('gives nothing with an empty mapping', () => {
      assert.deepEqual(taxonomiesOf(newsArchivePost(), {}), { regions: [], organizations: [], topics: [], tags: [] });
    });
  });
});
