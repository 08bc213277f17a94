import { strict as assert } from 'node:assert';
import { htmlToPlainText } from '../../../../src/core/text/htmlToPlainText';

describe('htmlToPlainText', () => {
  for (const [html, text] of [
    ['China&#8217;s Quotas &#8211; 2025', 'China’s Quotas – 2025'],
    ['<em>Lynas</em> &amp; <strong>Iluka</strong>', 'Lynas & Iluka'],
    ['<p>Prices\n  of   NdPr\t rose.</p>\n', 'Prices of NdPr rose.'],
    ['Before<script>alert("x")</script>After', 'BeforeAfter'],
    ['<style>p{color:red}</style>Terbium', 'Terbium'],
    ['&lt;b&gt;not a tag&lt;/b&gt;', '<b>not a tag</b>'],
    ['', ''],
    ['   ', ''],
    ['5 &lt; 6 &gt; 4', '5 < 6 > 4'],
    ['Caf&eacute; &hellip; &#x1F9F2;', 'Café … 🧲'],
  ]) {
    it(`reads ${JSON.stringify(html)} as ${JSON.stringify(text)}`, () => {
      assert.equal(htmlToPlainText(html), text);
    });
  }

  it('keeps words of separate paragraphs and lines apart', () => {
    assert.equal(htmlToPlainText('<p>Prices rose.</p><p>Output fell.</p>'), 'Prices rose. Output fell.');
    assert.equal(htmlToPlainText('Rare Earths<br>in 2025'), 'Rare Earths in 2025');
    assert.equal(htmlToPlainText('<ul><li>Nd</li><li>Pr</li></ul>'), 'Nd Pr');
  });

  it('does not split words at inline tags', () => {
    assert.equal(htmlToPlainText('Nd<sub>2</sub>Fe<sub>14</sub>B and <a href="#">mag</a>nets'), 'Nd2Fe14B and magnets');
  });

  it('does not stop at an unclosed tag', () => {
    assert.equal(htmlToPlainText('Yttrium <b>and scandium'), 'Yttrium and scandium');
  });
});
