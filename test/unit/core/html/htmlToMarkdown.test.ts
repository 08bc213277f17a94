import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { htmlToMarkdown } from '../../../../src/core/html/htmlToMarkdown';

const md = (html: string): string => htmlToMarkdown(html);
const markdownIt = new MarkdownIt();

/** Visible text of HTML, whitespace-normalised (a crude browser textContent). */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, '')
    .trim();
}

describe('htmlToMarkdown', () => {
  describe('blocks', () => {
    it('keeps heading levels', () => {
      assert.equal(md('<h1>One</h1><h2 class="wp-block-heading">Two</h2><h6>Six</h6>'), '# One\n\n## Two\n\n###### Six');
    });
    it('separates paragraphs by one blank line, no edge blank lines', () => {
      assert.equal(md('\n\n<p>First</p>\n\n\n\n<p>Second</p>\n\n'), 'First\n\nSecond');
    });
    it('drops empty paragraphs and nbsp-only paragraphs', () => {
      assert.equal(md('<p>a</p><p></p><p>&nbsp;</p><p>b</p>'), 'a\n\nb');
    });
    it('renders a horizontal rule', () => {
      assert.equal(md('<p>a</p><hr class="wp-block-separator"><p>b</p>'), 'a\n\n---\n\nb');
    });
    it('turns <br> into a backslash hard break, and drops it at a paragraph end', () => {
      assert.equal(md('<p>line one<br>line two<br></p>'), 'line one\\\nline two');
    });
    it('treats <br><br> as a paragraph break', () => {
      assert.equal(md('<p>a<br><br>b</p>'), 'a\n\nb');
    });
    it('collapses whitespace like a browser', () => {
      assert.equal(md('<p>  a \n\t b   <em> c </em>  d </p>'), 'a b *c* d');
    });
    it('never leaves trailing spaces or double blank lines', () => {
      const out = md('<div><p>a </p>\n\n<div>\n</div><p> b</p></div><blockquote><p>c</p><p>d</p></blockquote>');
      assert.ok(!/[ \t]$/m.test(out), out);
      assert.ok(!/\n\n\n/.test(out), out);
      assert.equal(out, 'a\n\nb\n\n> c\n>\n> d');
    });
  });

  describe('emphasis', () => {
    it('renders em and strong', () => {
      assert.equal(md('<p><em>x</em> and <strong>y</strong> and <i>i</i> <b>b</b></p>'), '*x* and **y** and *i* **b**');
    });
    it('moves edge whitespace outside the delimiters', () => {
      assert.equal(md('<p>a<em> x</em>b</p>'), 'a *x*b');
      assert.equal(md('<p><strong>Label: </strong>text</p>'), '**Label:** text');
    });
    it('handles nesting without doubling the same delimiter', () => {
      assert.equal(md('<p><em>a <strong>b</strong> c</em></p>'), '*a **b** c*');
      assert.equal(md('<p><em>a <em>b</em> c</em></p>'), '*a b c*');
      assert.equal(md('<p><strong><em>both</em></strong></p>'), '***both***');
    });
    it('drops empty emphasis', () => {
      assert.equal(md('<p>a<strong> </strong>b<em></em>c</p>'), 'a bc');
    });
    it('renders strikethrough', () => {
      assert.equal(md('<p><del>old</del> new</p>'), '~~old~~ new');
    });
  });

  describe('links and images', () => {
    it('renders a link without a title by default', () => {
      assert.equal(md('<p>See <a href="https://example.com/a">this page</a>.</p>'), 'See [this page](https://example.com/a).');
    });
    it('keeps a meaningful title and drops one equal to the text', () => {
      assert.equal(md('<a href="https://x.org/" title="More about it">x</a>'), '[x](https://x.org/ "More about it")');
      assert.equal(md('<a href="https://x.org/" title="X">x</a>'), '[x](https://x.org/)');
    });
    it('drops the title of internal-link plugin anchors', () => {
      const html = '<p>Plus <a class="wpil_keyword_link" href="https://site.example/news/some-story/" title="Some Other Story Headline" data-wpil-keyword-link="linked" data-wpil-monitor-id="42">magnet makers</a> too.</p>';
      assert.equal(md(html), 'Plus [magnet makers](https://site.example/news/some-story/) too.');
    });
    it('drops screen-reader text inside links', () => {
      const html = '<p>By <a href="https://people.example/me" target="_blank" rel="noopener" class="external-link">Jane Roe<span class="sr-only"> (opens in a new tab)</span></a> says:</p>'
        + '<p><a href="https://b.example/">B<span class="screen-reader-text">(opens in a new tab)</span></a> <span class="visually-hidden">hidden</span></p>';
      assert.equal(md(html), 'By [Jane Roe](https://people.example/me) says:\n\n[B](https://b.example/)');
    });
    it('keeps only the text of anchors without a usable href', () => {
      assert.equal(md('<p><a id="x">anchor</a> <a href="#top">top</a> <a href="javascript:alert(1)">bad</a></p>'), 'anchor top bad');
    });
    it('encodes spaces and unbalanced parentheses in destinations', () => {
      assert.equal(md('<a href="https://x.org/a b(c">t</a>'), '[t](https://x.org/a%20b\\(c)');
      assert.equal(md('<a href="https://en.wikipedia.org/wiki/Terbium_(element)">Tb</a>'), '[Tb](https://en.wikipedia.org/wiki/Terbium_(element))');
    });
    it('escapes a "!" right before a link so it does not become an image', () => {
      assert.equal(md('<p>Wow!<a href="https://x.org/">x</a></p>'), 'Wow\\![x](https://x.org/)');
    });
    it('renders images with alt text, also inside links', () => {
      assert.equal(md('<p><img src="https://x.org/a.jpg" alt="A [big] mine"></p>'), '![A \\[big\\] mine](https://x.org/a.jpg)');
      assert.equal(md('<a href="https://x.org/full.jpg"><img src="https://x.org/t.jpg" alt="t"></a>'), '[![t](https://x.org/t.jpg)](https://x.org/full.jpg)');
      assert.equal(md('<img data-src="https://x.org/lazy.jpg" src="data:image/gif;base64,R0l" alt="">'), '![](https://x.org/lazy.jpg)');
    });
    it('puts a figure caption as an italic line under the image', () => {
      const html = '<figure class="wp-block-image size-large"><img src="https://x.org/p.jpg" alt="plant"><figcaption class="wp-element-caption">The <em>new</em> plant</figcaption></figure>';
      assert.equal(md(html), '![plant](https://x.org/p.jpg)\n\n*The new plant*');
    });
    it('renders a gallery one image per line', () => {
      const html = '<figure class="wp-block-gallery has-nested-images"><figure class="wp-block-image"><img src="https://x.org/1.jpg" alt="one"></figure><figure class="wp-block-image"><a href="https://x.org/2"><img src="https://x.org/2.jpg" alt="two"></a></figure></figure>';
      assert.equal(md(html), '![one](https://x.org/1.jpg)\n[![two](https://x.org/2.jpg)](https://x.org/2)');
    });
    it('turns an iframe into a link on its own line', () => {
      assert.equal(md('<p>Watch: <iframe src="https://www.youtube.com/embed/abc" title="Mine tour">fallback</iframe> now</p>'), 'Watch:\n\n[Mine tour](https://www.youtube.com/embed/abc)\n\nnow');
      assert.equal(md('<iframe src="https://player.vimeo.com/video/1"></iframe>'), '[player.vimeo.com](https://player.vimeo.com/video/1)');
    });
  });

  describe('lists', () => {
    it('renders a tight WordPress list', () => {
      assert.equal(md('<ul class="wp-block-list">\n<li>One</li>\n\n\n\n<li>Two</li>\n</ul>'), '- One\n- Two');
    });
    it('numbers ordered lists and honours start', () => {
      assert.equal(md('<ol><li>a</li><li>b</li></ol>'), '1. a\n2. b');
      assert.equal(md('<ol start="9"><li>a</li><li>b</li></ol>'), '9. a\n10. b');
    });
    it('indents nested lists under their item', () => {
      assert.equal(md('<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>'), '- a\n  - b\n    1. c\n- d');
      assert.equal(md('<ol><li>x<ul><li>y</li></ul></li></ol>'), '1. x\n   - y');
    });
    it('makes a list loose when items hold several paragraphs', () => {
      assert.equal(md('<ul><li><p>a</p><p>a2</p></li><li><p>b</p></li></ul>'), '- a\n\n  a2\n\n- b');
    });
    it('renders as the same text through markdown-it', () => {
      const out = markdownIt.render(md('<ul><li><p>a</p><p>a2</p></li><li>b<ul><li>c</li></ul></li></ul>'));
      assert.equal((out.match(/<li>/g) ?? []).length, 3);
      assert.ok(out.includes('<p>a2</p>'));
    });
  });

  describe('blockquotes', () => {
    it('quotes paragraphs with emphasis inside', () => {
      const html = '<blockquote class="wp-block-quote is-layout-flow"><p><em>“A quoted line.”</em></p></blockquote>';
      assert.equal(md(html), '> *“A quoted line.”*');
    });
    it('renders the WordPress cite as a dash line inside the quote', () => {
      const html = '<blockquote class="wp-block-quote"><p>Words.</p><cite>A. Person, CEO</cite></blockquote>';
      assert.equal(md(html), '> Words.\n>\n> — A. Person, CEO');
    });
    it('nests quotes', () => {
      assert.equal(md('<blockquote><p>a</p><blockquote><p>b</p></blockquote></blockquote>'), '> a\n>\n> > b');
    });
    it('keeps the text of tweet embeds and drops their script', () => {
      const html = '<blockquote class="twitter-tweet"><p lang="en">Big news <a href="https://t.co/x">pic.twitter.com/x</a></p>— Someone (@some_one) <a href="https://twitter.com/s/1">May 1, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>';
      const out = md(html);
      assert.ok(out.startsWith('> Big news [pic.twitter.com/x](https://t.co/x)'), out);
      assert.ok(out.includes('> — Someone (@some_one) [May 1, 2024](https://twitter.com/s/1)'), out);
      assert.ok(!out.includes('script') && !out.includes('widgets'), out);
    });
  });

  describe('tables', () => {
    it('renders a GFM table with escaped pipes and flattened cells', () => {
      const html = '<figure class="wp-block-table"><table><thead><tr><th>Metal</th><th>Share</th></tr></thead><tbody><tr><td>Nd|Pr</td><td>~69%<br>of supply</td></tr><tr><td><p>a</p><p>b</p></td></tr></tbody></table><figcaption>Table 1: shares</figcaption></figure>';
      assert.equal(md(html), '| Metal | Share |\n| --- | --- |\n| Nd\\|Pr | ~69% of supply |\n| a b |  |\n\n*Table 1: shares*');
    });
    it('uses the first row as header when there is no thead', () => {
      assert.equal(md('<table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>'), '| a | b |\n| --- | --- |\n| 1 | 2 |');
    });
    it('renders through markdown-it as a table', () => {
      const html = markdownIt.render(md('<table><tr><th>x</th></tr><tr><td>a | b <code>c|d</code></td></tr></table>'));
      assert.ok(html.includes('<td>a | b <code>c|d</code></td>'), html);
    });
  });

  describe('code', () => {
    it('renders inline code with enough backticks', () => {
      assert.equal(md('<p>Use <code>npm i</code> or <code>a`b</code> or <code>`x`</code></p>'), 'Use `npm i` or ``a`b`` or `` `x` ``');
    });
    it('renders pre as a fenced block with its language', () => {
      assert.equal(md('<pre class="wp-block-code"><code class="language-python">x = 1\n\nprint(x &lt; 2)\n</code></pre>'), '```python\nx = 1\n\nprint(x < 2)\n```');
    });
    it('makes the fence longer than any backtick run inside', () => {
      assert.equal(md('<pre>a\n````\nb</pre>'), '`````\na\n````\nb\n`````');
    });
    it('does not escape inside code', () => {
      assert.equal(md('<p><code>*a* [b] # c</code></p>'), '`*a* [b] # c`');
    });
  });

  describe('entities and escaping', () => {
    it('decodes entities', () => {
      assert.equal(md('<p>China&#8217;s R&amp;D &ndash; &quot;x&quot; &copy; caf&eacute;&nbsp;bar</p>'), 'China’s R&D – "x" © café bar');
    });
    it('leaves ordinary prose alone', () => {
      const prose = '~69% R&D U.S. $2.5 billion 25,900 (REE) 85–90% Nd-Pr 5 * 3 snake_case a_b_c 1+1 C# [1]';
      assert.equal(md(`<p>${prose.replace('&', '&amp;')}</p>`), prose);
    });
    it('escapes what would become Markdown syntax at a line start', () => {
      assert.equal(md('<p># not a heading</p>'), '\\# not a heading');
      assert.equal(md('<p>&gt; not a quote</p>'), '\\> not a quote');
      assert.equal(md('<p>- not a list</p><p>+ nor</p><p>* this</p>'), '\\- not a list\n\n\\+ nor\n\n\\* this');
      assert.equal(md('<p>1986. A year</p>'), '1986\\. A year');
      assert.equal(md('<p>Title<br>===</p>'), 'Title\\\n\\===');
      assert.equal(md('<p>---</p>'), '\\---');
    });
    it('escapes emphasis, code, link and HTML look-alikes', () => {
      assert.equal(md('<p>*not em* and _nor_ and `tick`</p>'), '\\*not em\\* and \\_nor\\_ and \\`tick\\`');
      assert.equal(md('<p>[text](url) and &lt;b&gt;bold&lt;/b&gt; and a &lt; b</p>'), '[text\\](url) and &lt;b>bold&lt;/b> and a < b');
      assert.equal(md('<p>&amp;copy; stays literal</p>'), '\\&copy; stays literal');
      assert.equal(md('<p>[a]<span>(b)</span> and [1]</p>'), '[a\\](b) and [1]');
    });
    it('renders escaped prose back to the same text with markdown-it', () => {
      const samples = [
        '<p>*not em* and _nor_ and `tick` [a](b) &lt;i&gt; ~~x~~ 5 * 3 &amp;amp;</p>',
        '<p># h</p><p>1. one</p><p>- dash</p><p>&gt; q</p><p>a<br>---</p>',
        '<h2>China’s Rare Earth <em>Boom</em></h2><p>~69% of R&amp;D in the U.S.</p><ul><li><strong>Lead:</strong> text</li></ul>',
        '<blockquote><p><em>“Quote”</em></p></blockquote><table><tr><th>a|b</th><th>c</th></tr><tr><td>1</td><td>2</td></tr></table>',
      ];
      for (const html of samples) {
        assert.equal(textOf(markdownIt.render(md(html))), textOf(html), html);
      }
    });
  });

  describe('WordPress noise', () => {
    it('drops scripts, styles, forms and other non-content', () => {
      const html = '<p>a</p><script>alert(1)</script><style>p{}</style><noscript>no</noscript><template><p>t</p></template><svg><text>s</text></svg><form><input value="v"><button>Go</button></form><p>b</p>';
      assert.equal(md(html), 'a\n\nb');
    });
    it('drops comments and block-comment text, including the mangled remnant', () => {
      const html = '<!-- wp:paragraph --><p>Kept.</p><!-- /wp:paragraph -->'
        + '<p>&lt;!-- wp:paragraph --&gt;Also kept.&lt;!-- /wp:paragraph --&gt;</p>'
        + '<p>&copy;!-- /wp:paragraph --&gt;</p><span class="et_bloom_bottom_trigger"></span>';
      assert.equal(md(html), 'Kept.\n\nAlso kept.');
    });
    it('removes remnants in other shapes too', () => {
      for (const html of ['<p>x ©!-- wp:heading {"level":2} --&gt; y</p>', '<p>x &lt;!-- /wp:list-item y</p>', '<p>x /wp:paragraph --&gt; y</p>']) {
        assert.ok(!/wp:/.test(md(html)), md(html));
      }
    });
    it('keeps the text of unknown tags', () => {
      assert.equal(md('<p><custom-tag data-x="1">inside</custom-tag> <span>span</span> <sup>2</sup></p>'), 'inside span 2');
    });
    it('turns audio into a link', () => {
      assert.equal(md('<audio class="wp-audio-shortcode" controls><source type="audio/mpeg" src="https://x.org/a.mp3"><a href="https://x.org/a.mp3">a.mp3</a></audio>'), '[x.org](https://x.org/a.mp3)');
    });
  });

  describe('robustness', () => {
    it('never emits an HTML tag or <script', () => {
      const inputs = [
        '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
        '<p>&lt;&lt;script&gt;script&gt;x</p>',
        '<scr<script>ipt>alert(1)</script>',
        '<p>&lt;</p><em>script</em>',
        '<div><<script>>x</div>',
        '<img src="x" alt="&lt;script&gt;">',
        '<a href="https://x.org/&lt;script&gt;" title="&lt;script&gt;">t</a>',
      ];
      for (const html of inputs) {
        const out = md(html);
        assert.ok(!/<script/i.test(out), `${html} -> ${out}`);
        assert.ok(!/<\/?[a-z][^>]*>/i.test(out), `${html} -> ${out}`);
      }
    });
    it('survives malformed and unclosed markup', () => {
      assert.equal(md('<p>a <em>b <strong>c</p><p>d'), 'a *b **c***\n\nd');
      assert.equal(md('<ul><li>a<li>b</ul></li></li>'), '- a\n- b');
      for (const html of ['<', '<<>>', '</p>', '<a href=', '<table><td>x', '&#xFFFFFFF;', '<!--', '<![CDATA[x]]>', '<pre>', '<li>orphan']) {
        assert.equal(typeof md(html), 'string');
      }
    });
    it('handles 100,000 nested divs without a stack overflow', function () {
      this.timeout(60000);
      const depth = 100000;
      assert.equal(md('<div>'.repeat(depth) + 'deep' + '</div>'.repeat(depth)), 'deep');
      assert.equal(md('<blockquote>'.repeat(1000) + 'q'), '> '.repeat(32).trim() + ' q');
    });
    it('handles entity floods', () => {
      const out = md('<p>' + '&amp;&lt;&#8217;&nbsp;'.repeat(20000) + '</p>');
      assert.ok(out.length > 50000);
      assert.ok(!/<[a-z]/i.test(out));
    });
    it('is deterministic', () => {
      const html = '<h2>T</h2><p>a <em>b</em> <a href="https://x.org/">c</a></p><ul><li>d</li></ul><table><tr><td>e</td></tr></table>';
      const first = md(html);
      for (let i = 0; i < 5; i++) assert.equal(md(html), first);
    });
    it('returns an empty string for empty input', () => {
      assert.equal(md(''), '');
      assert.equal(md('   '), '');
    });
  });
});
