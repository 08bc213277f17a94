import { strict as assert } from 'node:assert';
import { termNameFromSlug } from '../../../../src/core/wordpress/termNameFromSlug';

describe('termNameFromSlug', () => {
  for (const [slug, name] of [
    ['united-states', 'United States'],
    ['china', 'China'],
    ['mp-materials', 'MP Materials'],
    ['ree-news', 'REE News'],
    ['china-northern-rare-earth-group', 'China Northern Rare Earth Group'],
    ['lynas-rare-earths', 'Lynas Rare Earths'],
    ['us-department-of-defense', 'US Department of Defense'],
    ['the-ndfeb-magnet-market', 'The NdFeB Magnet Market'],
    ['evs-and-wind-power', 'EVs and Wind Power'],
    ['uk', 'UK'],
    ['eu', 'EU'],
    ['clean_energy_technology', 'Clean Energy Technology'],
    ['--double--dashes--', 'Double Dashes'],
    ['USA', 'USA'],
    ['in-situ-leaching', 'In Situ Leaching'],
  ]) {
    it(`turns ${slug} into "${name}"`, () => {
      assert.equal(termNameFromSlug(slug), name);
    });
  }

  it('decodes percent-encoded non-ASCII slugs', () => {
    assert.equal(termNameFromSlug('%c3%a9tats-unis'), 'États Unis');
  });

  it('keeps a malformed percent escape as written', () => {
    assert.equal(termNameFromSlug('100%-owned'), '100% Owned');
  });

  it('gives an empty name for an empty slug', () => {
    assert.equal(termNameFromSlug(''), '');
    assert.equal(termNameFromSlug('---'), '');
  });
});
