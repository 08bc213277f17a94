import { strict as assert } from 'node:assert';
import { escapeMarkdown, markdownLink, safeHref, showFiguresLink, truncate } from '../../../../src/core/hover/markdownText';
import { assertInert, renderCard, renderedText } from '../../../../src/core/hover/testing/cardChecks';
import { HOSTILE_TEXTS } from '../../../../src/core/hover/testing/fixtures';

describe('hover markdownText', () => {
  describe('escapeMarkdown', () => {
    it('escapes every Markdown-significant character and writes < and > as entities', () => {
      assert.equal(escapeMarkdown('a*b_c`d[e]f(g)h!i|j~k&l:m\\n'), 'a\\*b\\_c\\`d\\[e\\]f\\(g\\)h\\!i\\|j\\~k\\&l\\:m\\\\n');
      assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert\\(1\\)&gt;');
      assert.equal(escapeMarkdown('see www.example.com'), 'see www\\.example.com');
    });

    it('escapes block starts, so text at the start of a line stays a paragraph', () => {
      assert.equal(escapeMarkdown('# title'), '\\# title');
      assert.equal(escapeMarkdown('- item'), '\\- item');
      assert.equal(escapeMarkdown('+ item'), '\\+ item');
      assert.equal(escapeMarkdown('2024. A year'), '2024\\. A year');
      assert.equal(escapeMarkdown('=== '), '\\=== ');
    });

    it('leaves ordinary prose readable', () => {
      assert.equal(escapeMarkdown('Neodymium prices rose 69% to US$60/kg, Nd-Pr oxide.'), 'Neodymium prices rose 69% to US$60/kg, Nd-Pr oxide.');
    });

    it('folds line breaks and controls into one space and drops invisible formatting characters', () => {
      assert.equal(escapeMarkdown('one\n\n# two\r\nthree\u0000four'), 'one # two three four');
      assert.equal(escapeMarkdown('a\u200Bb\u202Ec'), 'abc');
    });

    for (const text of HOSTILE_TEXTS) {
      it(`renders hostile text as itself, inert: ${JSON.stringify(text).slice(0, 60)}`, () => {
        const escaped = escapeMarkdown(text);
        assertInert(escaped);
        assertInert(`- **${escaped}** — “${escaped}”`);
        // eslint-disable-next-line no-control-regex -- the escaping folds control characters
        const expected = text.replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '').replace(/[\s\u0000-\u001F\u2028\u2029]+/g, ' ');
        assert.equal(renderedText(escaped), expected);
        assert.ok(!/<(?!\/?p>)/.test(renderCard(escaped).trim()), renderCard(escaped));
      });
    }
  });

  describe('safeHref', () => {
    it('accepts http and https addresses, percent-encoding parentheses, spaces and quotes', () => {
      assert.equal(safeHref('https://example.com/a (b)/c'), 'https://example.com/a%20%28b%29/c');
      assert.equal(safeHref('http://example.com/x?q=1&r=\'2\''), 'http://example.com/x?q=1&r=%272%27');
      assert.equal(safeHref('HTTPS://Example.com'), 'https://example.com/');
    });

    it('refuses every other scheme, however it is spelt', () => {
      for (const target of [
        'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'command:workbench.action.quit',
        'command:rareEarthNotes.showFigures', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd', 'vscode://x', 'mailto:a@b.c',
        'https://', 'https://[::1]/', 'http:/example.com', '',
      ]) {
        assert.equal(safeHref(target), undefined, target);
      }
    });

    it('accepts workspace-relative paths inside the workspace only', () => {
      assert.equal(safeHref('notes/a b (1).md'), 'notes/a%20b%20%281%29.md');
      assert.equal(safeHref('notes/2024/dy#L12'), 'notes/2024/dy');
      for (const target of ['/etc/passwd', '../secret.md', 'notes/../../x.md', 'notes//x.md', './x.md', 'notes\\x.md', '//evil.example/x', 'notes/x.md#javascript:x']) {
        assert.equal(safeHref(target), undefined, target);
      }
    });

    it('resolves workspace paths against a workspace base, keeping a line fragment', () => {
      assert.equal(safeHref('notes/a b.md#L12', { workspaceBase: 'file:///home/me/ws/' }), 'file:///home/me/ws/notes/a%20b.md#L12');
      assert.equal(safeHref('notes/a.md', { workspaceBase: 'javascript:alert(1)//' }), undefined);
      assert.equal(safeHref('notes/a.md', { workspaceBase: 'file:///home/me/ws' }), undefined);
    });

    it('resolves workspace paths through a resolver (multi-root), checking its answer', () => {
      const resolveWorkspacePath = (path: string) => (path.startsWith('evil/') ? 'command:workbench.action.quit' : `file:///roots/${path}`);
      assert.equal(safeHref('research/notes/a(1).md#L3', { resolveWorkspacePath }), 'file:///roots/research/notes/a%281%29.md#L3');
      assert.equal(safeHref('evil/a.md', { resolveWorkspacePath }), undefined);
      assert.equal(safeHref('../a.md', { resolveWorkspacePath }), undefined);
    });
  });

  describe('markdownLink and showFiguresLink', () => {
    it('links allowed targets and shows refused ones as text', () => {
      assert.equal(markdownLink('The [report]', 'https://example.com/r'), '[The \\[report\\]](https://example.com/r)');
      assert.equal(markdownLink('quit', 'command:workbench.action.quit'), 'quit');
      assert.equal(markdownLink('x', 'javascript:alert(1)'), 'x');
    });

    it('writes the one command link with its query as an encoded argument', () => {
      const link = showFiguresLink('Show all 8 figures', { element: 'Dy', region: '', metric: undefined });
      assert.equal(link, '[Show all 8 figures](command:rareEarthNotes.showFigures?%5B%7B%22element%22%3A%22Dy%22%7D%5D)');
      const hostile = showFiguresLink('all', { organization: 'x) [y](command:workbench.action.quit' });
      assert.ok(!/[()\s]/.test(hostile.slice(hostile.indexOf('](') + 2, -1)), hostile);
      assertInert(hostile);
      const args = JSON.parse(decodeURIComponent(hostile.slice(hostile.indexOf('?') + 1, -1)));
      assert.deepEqual(args, [{ organization: 'x) [y](command:workbench.action.quit' }]);
    });
  });

  describe('truncate', () => {
    it('cuts on a word boundary with an ellipsis', () => {
      assert.equal(truncate('short', 10), 'short');
      assert.equal(truncate('China accounted for most of the world output', 20), 'China accounted for…');
    });
  });
});
