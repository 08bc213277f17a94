import { strict as assert } from 'node:assert';
import { DEFAULT_TAXONOMY_MAPPING, isNoteTaxonomyKey, NOTE_TAXONOMY_KEYS, parseTaxonomyMapping } from '../../../../src/core/wordpress/taxonomyMapping';

describe('taxonomyMapping', () => {
  it('maps the default taxonomies as the issue specifies', () => {
    assert.deepEqual(DEFAULT_TAXONOMY_MAPPING, {
      regions: 'regions',
      organization: 'organizations',
      'news-type': 'topics',
      category: 'topics',
      post_tag: 'tags',
    });
  });

  it('knows the four note keys', () => {
    assert.deepEqual([...NOTE_TAXONOMY_KEYS], ['regions', 'organizations', 'topics', 'tags']);
    assert.equal(isNoteTaxonomyKey('topics'), true);
    assert.equal(isNoteTaxonomyKey('categories'), false);
    assert.equal(isNoteTaxonomyKey(''), false);
  });

  describe('parseTaxonomyMapping (the CLI --taxonomy value)', () => {
    it('reads pairs separated by commas', () => {
      assert.deepEqual(parseTaxonomyMapping('regions=regions,organization=organizations'), { regions: 'regions', organization: 'organizations' });
    });

    it('allows several taxonomies to feed one key', () => {
      assert.deepEqual(parseTaxonomyMapping('category=topics,news-type=topics,post_tag=tags'), { category: 'topics', 'news-type': 'topics', post_tag: 'tags' });
    });

    it('trims spaces and skips empty entries', () => {
      assert.deepEqual(parseTaxonomyMapping(' country = regions ,, company=organizations, '), { country: 'regions', company: 'organizations' });
    });

    it('lets a later entry win for the same taxonomy', () => {
      assert.deepEqual(parseTaxonomyMapping('category=topics,category=tags'), { category: 'tags' });
    });

    it('reads an empty value as an empty mapping', () => {
      assert.deepEqual(parseTaxonomyMapping(''), {});
    });

    for (const [text, message] of [
      ['regions', '"regions" is not of the form <taxonomy>=<key>, e.g. regions=regions'],
      ['=regions', '"=regions" is not of the form <taxonomy>=<key>, e.g. regions=regions'],
      ['regions=', '"regions=" is not of the form <taxonomy>=<key>, e.g. regions=regions'],
      ['a=b=c', '"a=b=c" is not of the form <taxonomy>=<key>, e.g. regions=regions'],
      ['category=categories', '"categories" in "category=categories" is not one of regions, organizations, topics, tags'],
      ['regions=Regions', '"Regions" in "regions=Regions" is not one of regions, organizations, topics, tags'],
    ]) {
      it(`rejects ${JSON.stringify(text)} with a message naming the entry`, () => {
        assert.throws(() => parseTaxonomyMapping(text), { message });
      });
    }
  });
});
