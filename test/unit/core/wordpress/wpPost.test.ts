import { strict as assert } from 'node:assert';
import { embeddedPost, minimalPost, newsArchivePost } from '../../../../src/core/import/testing/fixtures';
import { wpPostSchema } from '../../../../src/core/wordpress/wpPost';

describe('wpPostSchema', () => {
  it('accepts a minimal post with only the required fields', () => {
    assert.equal(wpPostSchema.safeParse(minimalPost()).success, true);
  });

  it('accepts a custom post type with term-id arrays for its own taxonomies and keeps unknown fields', () => {
    const result = wpPostSchema.safeParse(newsArchivePost({ yoast_head_json: { title: 'x' } }));
    assert.equal(result.success, true);
    assert.deepEqual((result.data as Record<string, unknown>).regions, [7, 8]);
    assert.deepEqual((result.data as Record<string, unknown>).yoast_head_json, { title: 'x' });
  });

  it('accepts class_list as an object with numeric keys', () => {
    const result = wpPostSchema.safeParse(minimalPost({ class_list: { 0: 'post-1', 7: 'regions-china' } }));
    assert.equal(result.success, true);
  });

  it('accepts embedded terms with string ids and without names', () => {
    const result = wpPostSchema.safeParse(embeddedPost());
    assert.equal(result.success, true);
    assert.equal(result.data?._embedded?.['wp:term']?.[1][1].id, '11');
    assert.equal(result.data?._embedded?.['wp:term']?.[1][1].name, undefined);
  });

  it('accepts a date with a time zone and one without a time', () => {
    assert.equal(wpPostSchema.safeParse(minimalPost({ date: '2025-03-14T09:30:00+08:00' })).success, true);
    assert.equal(wpPostSchema.safeParse(minimalPost({ date: '2025-03-14' })).success, true);
  });

  for (const [what, overrides] of [
    ['a link that is not http(s)', { link: 'javascript:alert(1)' }],
    ['a relative link', { link: '/2025/03/plant' }],
    ['a date that is not a date', { date: 'last Tuesday' }],
    ['an impossible date', { date: '2025-13-45T00:00:00' }],
    ['a string id', { id: '101' }],
    ['a fractional id', { id: 1.5 }],
    ['a negative id', { id: -3 }],
    ['content without rendered', { content: { raw: 'x' } }],
    ['content.protected that is not a boolean', { content: { rendered: '', protected: 'yes' } }],
  ] as const) {
    it(`rejects ${what}`, () => {
      assert.equal(wpPostSchema.safeParse(minimalPost(overrides)).success, false);
    });
  }
});
