import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { markdownItHighlight } from '../../src/core/highlight/markdownItHighlight';
import { HOSTILE_TEXTS } from '../../src/core/hover/testing/fixtures';

/** The preview's markdown-it, with and without the highlight plugin. */
function renderers(html: boolean): { plain: MarkdownIt; highlighted: MarkdownIt } {
  const highlighted = new MarkdownIt({ html, linkify: true });
  markdownItHighlight(highlighted, { enabled: () => true });
  return { plain: new MarkdownIt({ html, linkify: true }), highlighted };
}

/** What the plugin may add: its own spans, nothing else. */
const PLUGIN_SPAN = /<span class="ren-[a-z0-9 -]*">|<\/span>/g;

const NOTE_PIECES = [...HOSTILE_TEXTS, 'Neodymium', 'NdPr', '69%', '$2.5 billion', '12,000 tonnes', '(Dy)', '\n', '\n\n', ' ', '`', '<span class="x">', '</span>'];

describe('preview highlighting with hostile notes', function () {
  this.timeout(60000);

  for (const html of [false, true]) {
    it(`adds nothing but its own spans, whatever the note holds (HTML ${html ? 'on' : 'off'}, 3000 notes)`, () => {
      const { plain, highlighted } = renderers(html);
      fc.assert(fc.property(fc.array(fc.constantFrom(...NOTE_PIECES), { maxLength: 10 }), (pieces) => {
        const note = pieces.join(' ');
        const withPlugin = highlighted.render(note).replace(PLUGIN_SPAN, '');
        const without = plain.render(note).replace(PLUGIN_SPAN, '');
        assert.equal(withPlugin, without);
      }), { numRuns: 3000 });
    });
  }

  it('with HTML off (the safe setting), a hostile note yields no script, handler or javascript: link', () => {
    const { highlighted } = renderers(false);
    for (const text of HOSTILE_TEXTS) {
      const rendered = highlighted.render(`Neodymium 69% ${text} dysprosium`);
      assert.ok(!/<script|<img[^>]*onerror|href="javascript:/i.test(rendered), rendered);
    }
  });
});
