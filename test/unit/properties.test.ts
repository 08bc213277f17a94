import { strict as assert } from 'node:assert';
import { join, resolve, sep } from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { htmlToMarkdown } from '../../src/core/html/htmlToMarkdown';
import { importArticles, type ImportOptions } from '../../src/core/import/importArticles';
import { json } from '../../src/core/import/testing/fixtures';
import { MemoryNoteStore } from '../../src/core/import/testing/memoryNoteStore';
import { MAX_FILE_NAME_LENGTH, noteFileName } from '../../src/core/note/noteFileName';
import { DEFAULT_TAXONOMY_MAPPING } from '../../src/core/wordpress/taxonomyMapping';

/** Each property runs this many generated cases; inputs stay small so each property takes seconds. */
const RUNS = 10_000;

/** Pieces that HTML attacks and WordPress oddities are made of, mixed with random text. */
const HTML_PIECES = [
  '<script>', '</script>', '<SCRIPT src=//x>', '<scr', 'ipt>', '&lt;script&gt;', '&#60;script&#62;', '&#x3C;SCRIPT', '&lt', ';',
  '<div>', '</div>', '<p>', '</p>', '<pre>', '</pre>', '<code>', '</code>', '<a href="javascript:alert(1)">', '<a href=" JaVaScRiPt:x">',
  '</a>', '<img src=x onerror=alert(1)>', '<svg><script>alert(1)</script></svg>', '<iframe src="command:workbench.action.quit">',
  '<!--', '-->', '<![CDATA[', ']]>', '<style>', '</style>', '<textarea>', '<table><tr><td>', '<ul><li>', '<blockquote>', '<h2>',
  '`', '*', '_', '[', ']', '(', ')', '\\', '#', '\n', ' ', '<br>', '&nbsp;', '&amp;', '<', '>', '"', "'", '=',
];
const htmlFragment = fc.array(fc.oneof(fc.constantFrom(...HTML_PIECES), fc.string({ maxLength: 6 })), { maxLength: 16 }).map((parts) => parts.join(''));

/** Markdown as the preview renders it, raw HTML allowed: the strictest reading of a note. */
const markdown = new MarkdownIt({ html: true });

const anyText = fc.string({ unit: 'binary', maxLength: 40 });

describe('properties (fast-check)', function () {
  this.timeout(120000);

  it(`htmlToMarkdown never throws and never yields a script element or javascript: link (${RUNS} cases)`, () => {
    fc.assert(fc.property(htmlFragment, (html) => {
      const output = htmlToMarkdown(html);
      const rendered = markdown.render(output);
      return !/<script/i.test(rendered) && !/href="\s*javascript:/i.test(rendered) && !/<iframe/i.test(rendered);
    }), { numRuns: RUNS });
  });

  it(`note file names stay one safe segment inside the notes folder (${RUNS} cases)`, () => {
    const folder = resolve('notes');
    const input = fc.record({
      date: fc.oneof(anyText, fc.constant('2025-03-14T09:30:00')),
      slug: fc.option(fc.oneof(anyText, fc.constantFrom('..', '../../etc/passwd', '%2e%2e%2f', 'con', 'aux.txt', '.hidden', 'a/b\\c')), { nil: undefined }),
      title: fc.oneof(anyText, fc.constantFrom('..', 'CON', 'nul', 'LPT1', '', '   ')),
      wpId: fc.nat(),
    });
    fc.assert(fc.property(input, fc.constantFrom('', '-7', '-123456-2'), (value, suffix) => {
      const name = noteFileName(value, suffix);
      assert.match(name, /^[A-Za-z0-9_][A-Za-z0-9_-]*\.md$/, name);
      assert.ok(name.length <= MAX_FILE_NAME_LENGTH, name);
      assert.ok(!/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(name), name);
      const path = resolve(join(folder, name));
      assert.equal(path, `${folder}${sep}${name}`);
    }), { numRuns: RUNS });
  });

  const post = fc.record({
    id: fc.nat({ max: 5 }),
    title: fc.oneof(anyText, htmlFragment),
    content: htmlFragment,
    excerpt: anyText,
    slug: fc.option(anyText, { nil: undefined }),
    classList: fc.array(fc.constantFrom('regions-china', 'organization-lynas', 'news-type-ree-news', 'category-x', 'post-1'), { maxLength: 3 }),
  }).map(({ id, title, content, excerpt, slug, classList }) => ({
    id,
    link: `https://rare-earth-news.example/${id}/`,
    date: '2025-03-14T09:30:00',
    title: { rendered: title },
    content: { rendered: content },
    excerpt: { rendered: excerpt },
    class_list: classList,
    ...(slug === undefined ? {} : { slug }),
  }));
  const options = (day: number): ImportOptions => ({ taxonomyMapping: DEFAULT_TAXONOMY_MAPPING, now: () => new Date(Date.UTC(2025, 6, day)) });

  it(`importing twice gives the same bytes as importing once (${RUNS} cases)`, async () => {
    await fc.assert(fc.asyncProperty(fc.uniqueArray(post, { minLength: 1, maxLength: 2, selector: (item) => item.id }), async (posts) => {
      const store = new MemoryNoteStore();
      await importArticles([{ name: 'a.json', text: json(posts) }], store, options(1));
      const once = new Map(store.files);
      const writes = store.writes.length;
      const again = await importArticles([{ name: 'a.json', text: json(posts) }], store, options(2));
      assert.deepEqual(store.files, once);
      assert.equal(store.writes.length, writes);
      assert.equal(again.imported + again.updated + again.kept, 0);
    }), { numRuns: RUNS });
  });

  it(`re-import never changes the text from the ## Notes heading on (${RUNS} cases)`, async () => {
    const userText = fc.array(fc.oneof(anyText, fc.constantFrom('\r\n', '\n', '## Notes', '---', '```', '# Title', '\uFEFF', '\u2028')), { maxLength: 8 }).map((parts) => parts.join(''));
    await fc.assert(fc.asyncProperty(post, post, userText, fc.boolean(), async (first, second, mine, crlf) => {
      const store = new MemoryNoteStore();
      await importArticles([{ name: 'a.json', text: json(first) }], store, options(1));
      const [name, text] = store.only();
      const base = crlf ? text.replace(/\n/g, '\r\n') : text;
      const start = base.lastIndexOf('## Notes');
      const userPart = `${base.slice(start)}${mine}`;
      store.files.set(name, base.slice(0, start) + userPart);
      const result = await importArticles([{ name: 'a.json', text: json({ ...second, id: first.id, link: first.link }) }], store, options(2));
      assert.equal(result.kept + result.failed, 0, 'an untouched imported part is never taken for an edit');
      const after = store.files.get(name) ?? '';
      assert.ok(after.endsWith(userPart));
      assert.equal(after.length - userPart.length, after.lastIndexOf('\n## Notes', after.length - userPart.length) + 1, 'the heading starts the kept text');
    }), { numRuns: RUNS });
  });
});
