import { strict as assert } from 'node:assert';
import { htmlToMarkdown } from '../../../../src/core/html/htmlToMarkdown';
import { limitNesting } from '../../../../src/core/html/limitNesting';

describe('limitNesting', () => {
  it('leaves HTML within the depth untouched', () => {
    const html = '<div><p>Neodymium <b>rose</b> <img src="a.png"><br></p><ul><li>a<li>b</ul></div>';
    assert.equal(limitNesting(html, 3), html);
  });

  it('drops the tags past the depth, with their closing tags, and keeps the text', () => {
    assert.equal(limitNesting('<div><div><div>deep</div></div></div>', 2), '<div><div> deep </div></div>');
  });

  it('counts sibling list items and paragraphs that are never closed as siblings, not as nesting', () => {
    const items = `<ul>${'<li>item'.repeat(500)}</ul>`;
    assert.equal(limitNesting(items, 4), items);
  });

  it('does not count tag-like text inside script, style and comments, nor a > inside a quoted attribute', () => {
    const html = '<div><script>"<div><div><div>"</script><!-- <div><div> --><a title="a > b"><b>x</b></a></div>';
    assert.equal(limitNesting(html, 3), html);
  });

  it('never joins text into a new tag where it drops one', () => {
    const out = limitNesting('<div><div><scr<div>ipt>alert(1)</div></div></div>', 2);
    assert.ok(!/<script/i.test(out), out);
  });

  it('keeps the text of 100,000 nested elements through the converter', () => {
    const html = `${'<div><span>'.repeat(50000)}Samarium${'</span></div>'.repeat(50000)}`;
    assert.equal(htmlToMarkdown(html), 'Samarium');
  });
});
