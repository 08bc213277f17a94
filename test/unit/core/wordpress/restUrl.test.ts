import { strict as assert } from 'node:assert';
import { WordPressFetchError } from '../../../../src/core/wordpress/fetchError';
import { classifyWordPressUrl, collectionPageUrl, restEndpoint, restRootOf, slugOfArticleUrl, withEmbed } from '../../../../src/core/wordpress/restUrl';

function invalid(input: string, pattern: RegExp): void {
  assert.throws(() => classifyWordPressUrl(input), (error: unknown) => {
    assert.ok(error instanceof WordPressFetchError);
    assert.equal(error.kind, 'invalid-url');
    assert.match(error.message, pattern);
    return true;
  });
}

describe('restUrl', () => {
  describe('classifyWordPressUrl', () => {
    it('treats a public page as an article, trimmed and without fragment', () => {
      assert.deepEqual(classifyWordPressUrl('  https://rareearthexchanges.com/news/chinas-patent-surge/#comments \n'), {
        kind: 'article',
        url: 'https://rareearthexchanges.com/news/chinas-patent-surge/',
      });
    });

    it('recognises a /wp-json item and adds _embed', () => {
      assert.deepEqual(classifyWordPressUrl('https://site.test/wp-json/wp/v2/news-archive/11066'), {
        kind: 'rest-item',
        url: 'https://site.test/wp-json/wp/v2/news-archive/11066?_embed',
        route: '/wp/v2/news-archive/11066',
        root: 'https://site.test/wp-json/',
      });
    });

    it('recognises a ?rest_route= item, keeping the user\'s parameters', () => {
      const result = classifyWordPressUrl('http://site.test/?rest_route=/wp/v2/posts/5&context=view');
      assert.equal(result.kind, 'rest-item');
      assert.equal(result.url, 'http://site.test/?rest_route=%2Fwp%2Fv2%2Fposts%2F5&context=view&_embed');
      assert.equal(result.route, '/wp/v2/posts/5');
      assert.equal(result.root, 'http://site.test/?rest_route=%2F');
    });

    it('keeps an _embed the user chose', () => {
      assert.equal(classifyWordPressUrl('https://site.test/wp-json/wp/v2/posts/5?_embed=author').url, 'https://site.test/wp-json/wp/v2/posts/5?_embed=author');
    });

    it('recognises a collection: _embed and per_page=100 added, page dropped, other parameters kept', () => {
      const result = classifyWordPressUrl('https://site.test/wp-json/wp/v2/posts?categories=7&per_page=10&page=3&orderby=date');
      assert.equal(result.kind, 'rest-collection');
      assert.equal(result.url, 'https://site.test/wp-json/wp/v2/posts?categories=7&per_page=100&orderby=date&_embed');
    });

    it('handles a site in a subfolder and a trailing slash', () => {
      const result = classifyWordPressUrl('https://site.test/blog/wp-json/wp/v2/posts/');
      assert.equal(result.kind, 'rest-collection');
      assert.equal(result.root, 'https://site.test/blog/wp-json/');
      assert.equal(result.url, 'https://site.test/blog/wp-json/wp/v2/posts/?_embed&per_page=100');
    });

    it('rejects empty input, non-URLs, other schemes, credentials and the API index', () => {
      invalid('   ', /Enter the address/);
      invalid('not a url', /"not a url" is not a URL\. Paste the full address, starting with https:\/\//);
      invalid('rareearthexchanges.com/news/x/', /Did you mean https:\/\/rareearthexchanges\.com\/news\/x\/\?/);
      invalid('ftp://site.test/file.json', /Only http:\/\/ and https:\/\/ addresses can be fetched, not "ftp:"/);
      invalid('file:///home/me/post.json', /not "file:"/);
      invalid('javascript:alert(1)', /not "javascript:"/);
      invalid('https://me:secret@site.test/wp-json/wp/v2/posts', /Remove the user name and password/);
      invalid('https://site.test/wp-json/', /is the REST API index, not a list of articles.*https:\/\/site\.test\/wp-json\/wp\/v2\/posts/);
      invalid('https://site.test/wp-json/wp/v2', /REST API index/);
    });
  });

  it('builds endpoints under both root forms', () => {
    assert.equal(restEndpoint('https://site.test/wp-json/', 'wp/v2/types'), 'https://site.test/wp-json/wp/v2/types');
    assert.equal(restEndpoint('https://site.test/wp-json', '/wp/v2/posts', { slug: 'a-b', _embed: '' }), 'https://site.test/wp-json/wp/v2/posts?slug=a-b&_embed');
    assert.equal(restEndpoint('https://site.test/?rest_route=/', 'wp/v2/types'), 'https://site.test/?rest_route=%2Fwp%2Fv2%2Ftypes');
    assert.equal(restRootOf(new URL('https://site.test/wp-json/wp/v2/posts?x=1')), 'https://site.test/wp-json/');
  });

  it('adds page numbers and _embed', () => {
    assert.equal(collectionPageUrl('https://site.test/wp-json/wp/v2/posts?_embed&per_page=100', 2), 'https://site.test/wp-json/wp/v2/posts?_embed&per_page=100&page=2');
    assert.equal(withEmbed('https://site.test/wp-json/wp/v2/posts/5'), 'https://site.test/wp-json/wp/v2/posts/5?_embed');
  });

  it('takes the slug from the last path segment, decoded', () => {
    assert.equal(slugOfArticleUrl('https://site.test/news/chinas-patent-surge/'), 'chinas-patent-surge');
    assert.equal(slugOfArticleUrl('https://site.test/2024/05/01/neodymium-prices'), 'neodymium-prices');
    assert.equal(slugOfArticleUrl('https://site.test/news/%E7%A8%80%E5%9C%9F/'), '稀土');
    assert.equal(slugOfArticleUrl('https://site.test/old/page.html'), 'page');
    assert.equal(slugOfArticleUrl('https://site.test/'), undefined);
  });
});
