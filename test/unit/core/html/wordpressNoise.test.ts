import { strict as assert } from 'node:assert';
import { isNoiseElement, isPluginLink, removeBlockCommentMarkdown, removeBlockCommentText } from '../../../../src/core/html/wordpressNoise';

describe('wordpressNoise', () => {
  it('recognises dropped elements and hidden text', () => {
    assert.ok(isNoiseElement('script', {}));
    assert.ok(isNoiseElement('span', { class: 'foo sr-only' }));
    assert.ok(isNoiseElement('span', { class: 'screen-reader-text' }));
    assert.ok(isNoiseElement('div', { style: 'color:red; display: none' }));
    assert.ok(!isNoiseElement('span', { class: 'sr-only-not' }));
    assert.ok(!isNoiseElement('p', {}));
  });
  it('removes block comments that became text', () => {
    assert.equal(removeBlockCommentText('a<!-- wp:paragraph -->b<!-- /wp:paragraph -->'), 'ab');
    assert.equal(removeBlockCommentText('©!-- /wp:paragraph -->'), '');
    assert.equal(removeBlockCommentText('x &lt;!-- wp:image {"id":3} --&gt;y'), 'x y');
    assert.equal(removeBlockCommentText('tail /wp:list --> end'), 'tail  end');
    assert.equal(removeBlockCommentText('no comment: wp is fine'), 'no comment: wp is fine');
    assert.equal(removeBlockCommentMarkdown('a \\<!-- wp:paragraph --\\> b'), 'a  b');
  });
  it('spots internal-link plugin anchors', () => {
    assert.ok(isPluginLink({ class: 'wpil_keyword_link' }));
    assert.ok(!isPluginLink({ class: 'external-link' }));
  });
});
