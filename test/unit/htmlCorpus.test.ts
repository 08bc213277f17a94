import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CORPUS_DIR, corpusJsonFiles } from '../support/corpus';
import { htmlToMarkdown } from '../../src/core/html/htmlToMarkdown';


function bodiesOf(file: string): string[] {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const posts = Array.isArray(data) ? data : [data];
  return posts
    .map((post) => (post as { content?: { rendered?: unknown } } | null)?.content?.rendered)
    .filter((html): html is string => typeof html === 'string');
}

describe('htmlToMarkdown on the real corpus', function () {
  before(function () {
    if (!existsSync(CORPUS_DIR)) {
      console.log(`      skipped: no corpus at ${CORPUS_DIR}`);
      this.skip();
    }
  });

  it('converts every post body cleanly', function () {
    const files = corpusJsonFiles();
    let converted = 0;
    for (const file of files) {
      for (const html of bodiesOf(file)) {
        const md = htmlToMarkdown(html);
        const where = basename(file);
        assert.ok(!/<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>/i.test(md), `${where}: HTML tag left`);
        assert.ok(!md.includes('(opens in a new tab)'), `${where}: screen-reader text left`);
        assert.ok(!md.includes('wp:paragraph'), `${where}: block comment left`);
        assert.ok(!/[ \t]$/m.test(md), `${where}: trailing whitespace`);
        assert.ok(!md.includes('\n\n\n'), `${where}: double blank line`);
        assert.equal(htmlToMarkdown(html), md, `${where}: not deterministic`);
        converted++;
      }
    }
    assert.ok(converted > 0);
  });

  it('keeps the structure of the rare-earth article', function () {
    const file = join(CORPUS_DIR, 'rareearthexchanges-news-archive-11066.json');
    if (!existsSync(file)) this.skip();
    const md = htmlToMarkdown(bodiesOf(file)[0]);
    assert.ok(md.includes('~69%') && !md.includes('\\~69%'), '~69% unescaped');
    assert.ok(/^## \S/m.test(md), '## headings');
    assert.ok(/^- \S/m.test(md), '- list items');
    assert.ok(/^> \S/m.test(md), '> blockquotes');
    assert.ok(md.includes('R&D') && !md.includes('R\\&D'));
    assert.ok(!md.includes('©!--'));
    assert.ok(!md.endsWith('\n'));
  });
});
