import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { findHighlights } from '../../../../src/core/highlight/findHighlights';
import { HIGHLIGHT_RULE, markdownItHighlight } from '../../../../src/core/highlight/markdownItHighlight';

interface Span {
  classes: string[];
  text: string;
}

/** A markdown-it like VS Code's preview (HTML and linkify on) with the plugin, switchable. */
function createMd(options: MarkdownIt.Options = { html: true, linkify: true }): { md: MarkdownIt; setEnabled(value: boolean): void } {
  let enabled = true;
  const md = new MarkdownIt(options);
  markdownItHighlight(md, { enabled: () => enabled });
  return { md, setEnabled: (value) => { enabled = value; } };
}

const render = (markdown: string, options?: MarkdownIt.Options): string => createMd(options).md.render(markdown);

/** The highlight spans of rendered HTML (the plugin never nests them). */
function spans(html: string): Span[] {
  return [...html.matchAll(/<span class="([^"]*)">([^<]*)<\/span>/g)].map((match) => ({ classes: match[1].split(' '), text: match[2] }));
}

const elementsIn = (html: string): string[] => spans(html).filter((span) => span.classes.includes('ren-element')).map((span) => span.text);
const statsIn = (html: string): string[] => spans(html).filter((span) => span.classes.includes('ren-stat')).map((span) => span.text);

/** What markdown-it's escaping makes of plain text (for comparing with the matcher's own view). */
const escaped = (text: string): string => new MarkdownIt().utils.escapeHtml(text);

/** A minimal copy of VS Code's front matter rule: one `front_matter` block token, no inline children. */
function vscodeLikeFrontMatter(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'front_matter', (state, startLine, endLine, silent) => {
    if (startLine !== 0 || state.src.slice(state.bMarks[0], state.eMarks[0]).trimEnd() !== '---') return false;
    let line = 1;
    while (line < endLine && state.src.slice(state.bMarks[line], state.eMarks[line]).trimEnd() !== '---') line++;
    if (line >= endLine) return false;
    if (silent) return true;
    const token = state.push('front_matter', '', 0);
    token.block = true;
    token.map = [startLine, line + 1];
    token.meta = { content: state.src.slice(state.bMarks[1], state.bMarks[line]) };
    state.line = line + 1;
    return true;
  }, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules.front_matter = (tokens, index) => `<pre class="frontmatter">${md.utils.escapeHtml(tokens[index].meta.content)}</pre>\n`;
}

describe('markdownItHighlight', () => {
  describe('highlights prose', () => {
    it('wraps elements and statistics of a paragraph in spans with the matcher\'s classes', () => {
      const text = 'Neodymium oxide prices rose 69% while dysprosium stayed flat.';
      const html = render(text);
      assert.deepEqual(
        spans(html).map((span) => [span.classes.join(' '), span.text]),
        findHighlights(text).map((highlight) => [highlight.className, escaped(highlight.text)]),
      );
      assert.ok(elementsIn(html).includes('Neodymium'), html);
      assert.ok(elementsIn(html).includes('dysprosium'), html);
      assert.deepEqual(statsIn(html), ['69%'], html);
    });

    it('gives every span a base class and a specific one', () => {
      for (const span of spans(render('Neodymium prices rose 69% while dysprosium stayed flat.'))) {
        assert.ok(span.classes.includes('ren-element') || span.classes.includes('ren-stat'), span.classes.join(' '));
        assert.ok(span.classes.length >= 2, `${span.text}: ${span.classes.join(' ')}`);
      }
    });

    it('keeps the text around the spans, in order', () => {
      const text = 'Neodymium prices rose 69% while dysprosium stayed flat.';
      const html = render(text);
      assert.equal(html.replace(/<[^>]+>/g, '').trim(), text);
    });

    it('highlights headings, list items, blockquotes and table cells', () => {
      const html = render([
        '## Dysprosium output up 12%',
        '',
        '- neodymium: 69% of the market',
        '',
        '> Terbium stocks fell 30%.',
        '',
        '| Element | Share |',
        '| --- | --- |',
        '| Neodymium | 45% |',
      ].join('\n'));
      assert.match(html, /<h2><span class="ren-element[^"]*">Dysprosium<\/span> output up <span class="ren-stat[^"]*">12%<\/span><\/h2>/);
      assert.match(html, /<li><span class="ren-element[^"]*">neodymium<\/span>: <span class="ren-stat[^"]*">69%<\/span> of the market<\/li>/);
      assert.match(html, /<blockquote>\n<p><span class="ren-element[^"]*">Terbium<\/span> stocks fell <span class="ren-stat[^"]*">30%<\/span>\.<\/p>/);
      assert.match(html, /<td><span class="ren-element[^"]*">Neodymium<\/span><\/td>\n<td><span class="ren-stat[^"]*">45%<\/span><\/td>/);
    });

    it('highlights inside emphasis, and each side of a line break', () => {
      const html = render('**Neodymium** rose\n69% and *dysprosium*');
      assert.match(html, /<strong><span class="ren-element[^"]*">Neodymium<\/span><\/strong>/);
      assert.match(html, /\n<span class="ren-stat[^"]*">69%<\/span>/);
      assert.match(html, /<em><span class="ren-element[^"]*">dysprosium<\/span><\/em>/);
    });

    it('highlights a link\'s text, never its destination or title', () => {
      const html = render('[Neodymium up 69%](https://example.com/neodymium/69% "dysprosium 12%")');
      assert.match(html, /^<p><a href="https:\/\/example\.com\/neodymium\/69%25" title="dysprosium 12%"><span class="ren-element[^"]*">Neodymium<\/span> up <span class="ren-stat[^"]*">69%<\/span><\/a><\/p>$/m);
      assert.deepEqual(elementsIn(html), ['Neodymium']);
    });

    it('works with md.renderInline too', () => {
      const { md } = createMd();
      assert.deepEqual(elementsIn(md.renderInline('neodymium is up 69%')), ['neodymium']);
    });
  });

  describe('leaves code, HTML, destinations and attributes alone', () => {
    const none = (markdown: string, options?: MarkdownIt.Options) => {
      const html = render(markdown, options);
      assert.deepEqual(spans(html), [], html);
      return html;
    };

    it('inline code', () => {
      const html = render('Neodymium `neodymium 69%` done');
      assert.deepEqual(elementsIn(html), ['Neodymium']);
      assert.match(html, /<code>neodymium 69%<\/code>/);
    });

    it('fenced code', () => {
      none('```\nneodymium rose 69%\n```\n\n~~~text\ndysprosium 12%\n~~~');
    });

    it('indented code', () => {
      assert.match(none('Intro:\n\n    neodymium rose 69%\n'), /<pre><code>neodymium rose 69%/);
    });

    it('HTML blocks and HTML comments', () => {
      none('<div>\nneodymium rose 69%\n</div>\n\n<!-- dysprosium 12% -->\n\n<table><tr><td>terbium 30%</td></tr></table>');
    });

    it('inline HTML: attributes, enclosed text and comments', () => {
      const html = render('Neodymium <abbr title="neodymium 69%">dysprosium 12%</abbr> <!-- terbium 30% --> after <b>terbium</b> then 45%<br>neodymium');
      assert.deepEqual(elementsIn(html), ['Neodymium', 'neodymium']);
      assert.deepEqual(statsIn(html), ['45%']);
      assert.match(html, /<abbr title="neodymium 69%">dysprosium 12%<\/abbr> <!-- terbium 30% --> after <b>terbium<\/b>/);
    });

    it('autolinks and linkified URLs (their text is the destination)', () => {
      none('<https://example.com/neodymium-69%> and https://example.com/dysprosium/12%');
    });

    it('image alt text (an attribute) and image titles', () => {
      const html = none('![Neodymium rose 69%](chart.png "dysprosium 12%")');
      assert.match(html, /<img src="chart\.png" alt="Neodymium rose 69%" title="dysprosium 12%">/);
    });

    it('front matter, when a front matter rule made a token of it (as VS Code\'s preview does)', () => {
      const md = new MarkdownIt({ html: true });
      md.use(vscodeLikeFrontMatter);
      markdownItHighlight(md, { enabled: () => true });
      const html = md.render('---\ntitle: Neodymium rose 69%\ntags: [dysprosium]\n---\n\nTerbium fell 30%.');
      assert.match(html, /^<pre class="frontmatter">title: Neodymium rose 69%\ntags: \[dysprosium\]\n<\/pre>/);
      assert.deepEqual(elementsIn(html), ['Terbium']);
      assert.deepEqual(statsIn(html), ['30%']);
    });

    it('front matter that another plugin turned into paragraphs (the front matter token\'s lines)', () => {
      const md = new MarkdownIt();
      md.use(vscodeLikeFrontMatter);
      md.core.ruler.after('block', 'front_matter_as_paragraph', (state) => {
        const token = state.tokens[0];
        if (token?.type !== 'front_matter' || !token.map) return;
        const open = new state.Token('paragraph_open', 'p', 1);
        const inline = new state.Token('inline', '', 0);
        const close = new state.Token('paragraph_close', 'p', -1);
        open.map = inline.map = [token.map[0] + 1, token.map[1] - 1];
        inline.content = token.meta.content.trim();
        inline.children = [];
        state.tokens.splice(1, 0, open, inline, close);
      });
      markdownItHighlight(md, { enabled: () => true });
      const html = md.render('---\ntitle: Neodymium rose 69%\n---\n\nTerbium fell 30%.');
      assert.match(html, /<p>title: Neodymium rose 69%<\/p>/);
      assert.deepEqual(elementsIn(html), ['Terbium']);
    });
  });

  describe('escaping', () => {
    it('keeps note text with <script> escaped when HTML is off', () => {
      const html = render('Neodymium <script>alert("69%")</script> & "dysprosium" > 12%', { html: false });
      assert.ok(!html.includes('<script'), html);
      assert.match(html, /&lt;script&gt;alert\(&quot;<span class="ren-stat[^"]*">69%<\/span>&quot;\)&lt;\/script&gt; &amp; &quot;<span class="ren-element[^"]*">dysprosium<\/span>&quot; (?:&gt; <span class="ren-stat[^"]*">|<span class="ren-stat[^"]*">&gt; )12%<\/span>/);
    });

    it('does not highlight inside an inline <script> or <style> when HTML is on', () => {
      const html = render('Neodymium <script>var s = "69%";</script> <style>/* dysprosium */</style> 12%');
      assert.deepEqual(elementsIn(html), ['Neodymium']);
      assert.deepEqual(statsIn(html), ['12%']);
      assert.match(html, /<script>var s = &quot;69%&quot;;<\/script>/);
    });

    it('writes no HTML but the span tags: the text between them is markdown-it\'s escaping', () => {
      const text = 'a < b & neodymium\'s "share" is 69% > c';
      const plain = new MarkdownIt().render(text);
      const highlighted = render(text, { html: false });
      assert.equal(highlighted.replace(/<\/?span[^>]*>/g, ''), plain);
    });
  });

  describe('switching off', () => {
    const sample = [
      '# Neodymium and dysprosium',
      '',
      'Prices rose 69% in Q1; [the report](https://example.com/69%) on **terbium** (12%) `Nd 45%`.',
      '',
      '| Element | Share |',
      '| --- | --- |',
      '| Neodymium | 45% |',
      '',
      '> dysprosium <b>30%</b> https://example.com/x',
      '',
      '```',
      'neodymium 69%',
      '```',
    ].join('\n');

    it('renders exactly what plain markdown-it renders when disabled', () => {
      const { md, setEnabled } = createMd();
      setEnabled(false);
      assert.equal(md.render(sample), new MarkdownIt({ html: true, linkify: true }).render(sample));
    });

    it('reads enabled() on every parse, so a setting change applies to the next render', () => {
      const { md, setEnabled } = createMd();
      assert.notDeepEqual(spans(md.render(sample)), []);
      setEnabled(false);
      assert.deepEqual(spans(md.render(sample)), []);
      setEnabled(true);
      assert.notDeepEqual(spans(md.render(sample)), []);
    });

    it('adds a named core rule that md.disable() turns off', () => {
      const { md } = createMd();
      md.disable(HIGHLIGHT_RULE);
      assert.deepEqual(spans(md.render('Neodymium 69%')), []);
    });

    it('leaves typographer replacements and linkify working', () => {
      const html = render('"Neodymium" rose 69% (c) -- see https://example.com/neodymium', { linkify: true, typographer: true });
      assert.match(html, /“<span class="ren-element[^"]*">Neodymium<\/span>” rose <span class="ren-stat[^"]*">69%<\/span> © – see <a href="https:\/\/example\.com\/neodymium">https:\/\/example\.com\/neodymium<\/a>/);
    });
  });
});
