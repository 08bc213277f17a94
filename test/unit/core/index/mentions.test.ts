import { strict as assert } from 'node:assert';
import { elements } from '../../../../src/core/data/elements';
import { bodyMentions } from '../../../../src/core/index/mentions';

describe('bodyMentions', () => {
  it('finds lower-case element names from their ending, as whole words only', () => {
    assert.deepEqual(bodyMentions('ytterbium, terbium and lanthanum.').elements, ['ytterbium', 'terbium', 'lanthanum']);
    assert.deepEqual(bodyMentions('yterbium tterbium xneodymium neodymiumx neodymium_ neodymium9 _cerium 9cerium').elements, []);
    assert.deepEqual(bodyMentions('neodymium').elements, ['neodymium'], 'a name filling the text');
    assert.deepEqual(bodyMentions('(neodymium)\u00a0cerium\u00a0').elements, ['neodymium', 'cerium']);
  });

  it('passes over words that end like an element but are none', () => {
    const found = bodyMentions('A premium for aluminum at the forum; minimum um UM. Aluminum Corporation of China bought erbium.');
    assert.deepEqual(found.elements, ['erbium']);
    assert.deepEqual(found.organizations, ['Aluminum Corporation of China']);
    assert.deepEqual(found.regions, []);
  });

  it('needs a name to start a word, also after a non-ASCII letter', () => {
    assert.deepEqual(bodyMentions('éneodymium, ñChina, 中Lynas').elements, []);
    assert.deepEqual(bodyMentions('éneodymium, ñChina, 中Lynas').regions, []);
    assert.deepEqual(bodyMentions('éneodymium, ñChina, 中Lynas').organizations, []);
    assert.deepEqual(bodyMentions('ñChina and China, éU.S.').regions, ['China']);
  });

  it('keeps the order of first appearance across capitalised and lower-case names', () => {
    const found = bodyMentions('Neodymium from China, then dysprosium and neodymium in Japan, NEODYMIUM, Dysprosium, China again.');
    assert.deepEqual(found.elements, ['Neodymium', 'dysprosium', 'neodymium', 'NEODYMIUM', 'Dysprosium']);
    assert.deepEqual(found.regions, ['China', 'Japan']);
  });

  it('finds only names that start in the body, never one that starts before it', () => {
    assert.deepEqual(bodyMentions('the neodymium', 6).elements, []);
    assert.deepEqual(bodyMentions('the neodymium', 4).elements, ['neodymium']);
    assert.deepEqual(bodyMentions('USA Rare Earth', 1).organizations, []);
  });

  it('relies on element names being single runs of ASCII letters', () => {
    // The body pattern finds a lower-case element name from its ending and takes for granted that
    // no other name can start inside it.
    for (const element of elements) assert.match(element.name, /^[A-Za-z]+$/);
  });
});
