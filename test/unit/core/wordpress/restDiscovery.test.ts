import { strict as assert } from 'node:assert';
import { findRestLinks, findRestLinksInHeader, findRestLinksInHtml } from '../../../../src/core/wordpress/restDiscovery';

const base = 'https://site.test/news/some-article/';

describe('restDiscovery', () => {
  it('finds the REST link and API root in WordPress\'s <head>', () => {
    const html = `<!doctype html><html><head>
      <link rel='stylesheet' href='/style.css' />
      <link rel="https://api.w.org/" href="https://site.test/wp-json/" />
      <link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="https://site.test/wp-json/oembed/1.0/embed?url=x" />
      <link rel="alternate" title="JSON" type="application/json" href="https://site.test/wp-json/wp/v2/news-archive/11066" />
      </head><body></body></html>`;
    assert.deepEqual(findRestLinksInHtml(html, base), {
      restUrl: 'https://site.test/wp-json/wp/v2/news-archive/11066',
      apiRoot: 'https://site.test/wp-json/',
    });
  });

  it('decodes entities, resolves relative links, ignores case, comments and scripts', () => {
    const html = `<!-- <link rel="alternate" type="application/json" href="/wrong/1"> -->
      <script>document.write('<link rel="alternate" type="application/json" href="/wrong/2">')</script>
      <LINK TYPE="Application/JSON" REL="Alternate" HREF="/index.php?rest_route=/wp/v2/posts/5&amp;x=1&#038;y=2">`;
    assert.deepEqual(findRestLinksInHtml(html, base), { restUrl: 'https://site.test/index.php?rest_route=/wp/v2/posts/5&x=1&y=2' });
  });

  it('finds nothing on a page without the links', () => {
    assert.deepEqual(findRestLinksInHtml('<html><head><link rel="alternate" type="application/rss+xml" href="/feed/"></head></html>', base), {});
  });

  it('reads the HTTP Link header', () => {
    const header = '<https://site.test/wp-json/>; rel="https://api.w.org/", <https://site.test/wp-json/wp/v2/posts/5>; rel="alternate"; title="JSON"; type="application/json", <https://site.test/?p=5>; rel=shortlink';
    assert.deepEqual(findRestLinksInHeader(header, base), {
      restUrl: 'https://site.test/wp-json/wp/v2/posts/5',
      apiRoot: 'https://site.test/wp-json/',
    });
    assert.deepEqual(findRestLinksInHeader('<https://site.test/?p=5>; rel=shortlink', base), {});
    assert.deepEqual(findRestLinksInHeader(undefined, base), {});
  });

  it('prefers the header and fills gaps from the HTML', () => {
    const header = '<https://site.test/wp-json/wp/v2/posts/5>; rel="alternate"; type="application/json"';
    const html = '<link rel="https://api.w.org/" href="https://site.test/wp-json/"><link rel="alternate" type="application/json" href="https://site.test/wp-json/wp/v2/posts/6">';
    assert.deepEqual(findRestLinks(header, html, base), {
      restUrl: 'https://site.test/wp-json/wp/v2/posts/5',
      apiRoot: 'https://site.test/wp-json/',
    });
  });
});
