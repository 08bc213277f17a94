import { strict as assert } from 'node:assert';
import { embeddedPost, json, minimalPost, newsArchivePost } from '../../../../src/core/import/testing/fixtures';
import { parseArticleJson } from '../../../../src/core/wordpress/parseArticleJson';

/** The failure messages of parsing `value` as `articles.json`. */
function messages(value: unknown): string[] {
  return parseArticleJson(typeof value === 'string' ? value : json(value), 'articles.json').failures.map((failure) => failure.message);
}

describe('parseArticleJson', () => {
  describe('valid input', () => {
    it('reads one post object', () => {
      const parsed = parseArticleJson(json(minimalPost()), 'articles.json');
      assert.equal(parsed.failures.length, 0);
      assert.equal(parsed.articles.length, 1);
      assert.equal(parsed.articles[0].post.id, 101);
      assert.equal(parsed.articles[0].source, 'articles.json');
    });

    it('reads a collection and names each item by its index', () => {
      const parsed = parseArticleJson(json([minimalPost(), newsArchivePost(), embeddedPost()]), 'page-1.json');
      assert.deepEqual(parsed.articles.map((article) => [article.post.id, article.source]), [
        [101, 'page-1.json [0]'],
        [2201, 'page-1.json [1]'],
        [310, 'page-1.json [2]'],
      ]);
    });

    it('ignores a UTF-8 byte order mark', () => {
      const parsed = parseArticleJson(`\uFEFF${json(minimalPost())}`, 'bom.json');
      assert.equal(parsed.failures.length, 0);
      assert.equal(parsed.articles.length, 1);
    });

    it('accepts posts of any type', () => {
      for (const type of ['post', 'page', 'news-archive', 'product']) {
        const parsed = parseArticleJson(json(minimalPost({ type })), 'a.json');
        assert.equal(parsed.articles[0].post.type, type);
      }
    });
  });

  describe('required fields', () => {
    for (const [field, path, expected] of [
      ['id', 'id', 'number'],
      ['link', 'link', 'string'],
      ['date', 'date', 'string'],
      ['title', 'title', 'object'],
      ['content', 'content', 'object'],
    ] as const) {
      it(`reports a missing ${field} with its path`, () => {
        const post = minimalPost();
        delete post[field];
        assert.deepEqual(messages(post), [`articles.json: ${path}: required, but missing (expected ${expected})`]);
      });
    }

    it('reports a missing title.rendered', () => {
      assert.deepEqual(messages(minimalPost({ title: { raw: 'x' } })), ['articles.json: title.rendered: required, but missing (expected string)']);
    });

    it('reports a missing content.rendered', () => {
      assert.deepEqual(messages(minimalPost({ content: {} })), ['articles.json: content.rendered: required, but missing (expected string)']);
    });

    it('reports every problem of one article in one message', () => {
      assert.deepEqual(messages({ id: 1, slug: 'x' }), [
        'articles.json: link: required, but missing (expected string); date: required, but missing (expected string); title: required, but missing (expected object); content: required, but missing (expected object)',
      ]);
    });
  });

  describe('fields of the wrong type', () => {
    it('names the file, the index and the path in a collection', () => {
      const items = [minimalPost({ id: 1 }), minimalPost({ id: 2 }), minimalPost({ id: 3 }), minimalPost({ id: 4, title: { rendered: 42 } })];
      assert.deepEqual(messages(items), ['articles.json: [3].title.rendered: expected string, received number']);
    });

    for (const [what, overrides, expected] of [
      ['a string id', { id: '101' }, 'articles.json: id: expected number, received string'],
      ['a null id', { id: null }, 'articles.json: id: expected number, received null'],
      ['a fractional id', { id: 1.5 }, 'articles.json: id: expected integer, received number'],
      ['a link that is a number', { link: 12 }, 'articles.json: link: expected string, received number'],
      ['a link that is not a URL', { link: 'not a url' }, 'articles.json: link: expected an absolute http(s) URL'],
      ['a file: link', { link: 'file:///etc/passwd' }, 'articles.json: link: expected an absolute http(s) URL'],
      ['a date that is not a date', { date: 'soon' }, 'articles.json: date: expected an ISO 8601 date such as 2025-08-29T16:29:50'],
      ['a modified that is a number', { modified: 20250314 }, 'articles.json: modified: expected string, received number'],
      ['a title that is a string', { title: 'Plain' }, 'articles.json: title: expected object, received string'],
      ['a title.rendered that is an array', { title: { rendered: ['a'] } }, 'articles.json: title.rendered: expected string, received array'],
      ['content that is null', { content: null }, 'articles.json: content: expected object, received null'],
      ['an excerpt.rendered that is a boolean', { excerpt: { rendered: true } }, 'articles.json: excerpt.rendered: expected string, received boolean'],
      ['a slug that is a number', { slug: 7 }, 'articles.json: slug: expected string, received number'],
      ['a type that is an object', { type: {} }, 'articles.json: type: expected string, received object'],
      ['a class_list of numbers', { class_list: [1, 2] }, 'articles.json: class_list: expected an array or object of strings, received array'],
      ['a class_list that is a string', { class_list: 'post-1 hentry' }, 'articles.json: class_list: expected an array or object of strings, received string'],
      ['wp:term that is not an array', { _embedded: { 'wp:term': {} } }, 'articles.json: _embedded["wp:term"]: expected array, received object'],
      ['an embedded term id that is a boolean', { _embedded: { 'wp:term': [[{ id: true, name: 'China', taxonomy: 'regions' }]] } }, 'articles.json: _embedded["wp:term"][0][0].id: expected a number or string, received boolean'],
      ['an embedded term name that is a number', { _embedded: { 'wp:term': [[{ id: 1, name: 5 }]] } }, 'articles.json: _embedded["wp:term"][0][0].name: expected string, received number'],
    ] as const) {
      it(`reports ${what}`, () => {
        assert.deepEqual(messages(minimalPost(overrides)), [expected]);
      });
    }
  });

  describe('answers that are not posts', () => {
    it('reports a password-protected post', () => {
      const [message] = messages(minimalPost({ content: { rendered: '', protected: true } }));
      assert.match(message, /^articles\.json: the post is password-protected/);
    });

    it('reports a password-protected post inside a collection by its index', () => {
      const [message] = messages([minimalPost(), minimalPost({ id: 5, content: { rendered: '', protected: true } })]);
      assert.match(message, /^articles\.json: \[1\]: the post is password-protected/);
    });

    it('reads content.protected: false as a normal post', () => {
      assert.deepEqual(messages(minimalPost({ content: { rendered: '<p>x</p>', protected: false } })), []);
    });

    it('reports a WordPress error object plainly', () => {
      assert.deepEqual(messages({ code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } }), [
        'articles.json: the site answered with a WordPress error instead of a post: rest_post_invalid_id: Invalid post ID.',
      ]);
    });

    it('reports an RSS-like object', () => {
      const [message] = messages({ rss: { version: '2.0', channel: { title: 'Rare earth news', item: [] } } });
      assert.match(message, /^articles\.json: this looks like an RSS or Atom feed/);
    });

    it('reports an RSS channel converted to JSON', () => {
      const [message] = messages({ channel: { title: 'Rare earth news', item: [{ title: 'Plant opens' }] } });
      assert.match(message, /^articles\.json: this looks like an RSS or Atom feed/);
    });

    it('reports a JSON Feed', () => {
      const [message] = messages({ version: 'https://jsonfeed.org/version/1.1', title: 'Rare earth news', items: [{ id: '1', content_html: '<p>x</p>' }] });
      assert.match(message, /^articles\.json: this looks like an RSS or Atom feed/);
    });

    it('does not take a post with a taxonomy called channel or feed for a feed', () => {
      const parsed = parseArticleJson(json(minimalPost({ channel: [3], feed: [4], rss: 'yes' })), 'articles.json');
      assert.deepEqual(parsed.failures, []);
      assert.equal(parsed.articles.length, 1);
    });

    it('does not take a post with code and message fields for an error', () => {
      assert.deepEqual(messages(minimalPost({ code: 'NdPr-2025', message: 'hello' })), []);
    });

    it('reports an empty collection', () => {
      assert.deepEqual(messages([]), ['articles.json: the collection is empty; there is no article to import.']);
    });

    it('reports text that is not JSON', () => {
      const [message] = messages('<rss version="2.0"></rss>');
      assert.match(message, /^articles\.json: not valid JSON \(/);
    });

    it('reports an empty file as empty', () => {
      assert.deepEqual(messages(''), ["articles.json: empty; there is no JSON in it. Save the answer of the site's REST API (…/wp-json/wp/v2/…) again."]);
    });

    for (const [text, received] of [['null', 'null'], ['"post"', 'string'], ['42', 'number'], ['true', 'boolean']]) {
      it(`reports a top-level ${received}`, () => {
        assert.deepEqual(messages(text), [`articles.json: expected a WordPress post object, received ${received}.`]);
      });
    }

    it('reports a nested array inside a collection', () => {
      assert.deepEqual(messages([[minimalPost()]]), ['articles.json: [0]: expected a WordPress post object, received array.']);
    });
  });

  describe('batches', () => {
    it('keeps the good articles beside bad ones', () => {
      const parsed = parseArticleJson(json([
        minimalPost({ id: 1 }),
        null,
        minimalPost({ id: 3, date: 12 }),
        { code: 'rest_forbidden', message: 'Sorry, you are not allowed to do that.' },
        minimalPost({ id: 5 }),
      ]), 'mixed.json');
      assert.deepEqual(parsed.articles.map((article) => article.post.id), [1, 5]);
      assert.deepEqual(parsed.failures.map((failure) => failure.source), ['mixed.json [1]', 'mixed.json [2]', 'mixed.json [3]']);
      assert.deepEqual(parsed.failures.map((failure) => failure.message), [
        'mixed.json: [1]: expected a WordPress post object, received null.',
        'mixed.json: [2].date: expected string, received number',
        'mixed.json: [3]: the site answered with a WordPress error instead of a post: rest_forbidden: Sorry, you are not allowed to do that.',
      ]);
    });
  });
});
