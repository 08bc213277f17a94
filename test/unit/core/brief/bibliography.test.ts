import { strict as assert } from 'node:assert';
import { bibliographyMarkdown, citedSources } from '../../../../src/core/brief/bibliography';

describe('brief bibliography', () => {
  it('lists every cited source once, in order of first citation: footnotes and inline links', () => {
    const text = [
      'China mined 69%[^2] ([USGS, 2025](https://pubs.usgs.gov/x)). Prices rose[^1] and fell[^2].',
      'Again [USGS, 2025](https://pubs.usgs.gov/x/) and ![chart](https://img.example/c.png).',
      '',
      '[^1]: Dysprosium roundup, magnet-weekly.example, 2024-06-10. https://magnet-weekly.example/dy',
      '[^2]: China’s grip, www.example-news.com, 2025-01-15. https://www.example-news.com/china',
      '[^3]: Notes from a call, 2025-03-01.',
      '',
    ].join('\n');
    assert.deepEqual(citedSources(text).map((source) => source.markdown), [
      'China’s grip, www.example-news.com, 2025-01-15. https://www.example-news.com/china',
      '[USGS, 2025](https://pubs.usgs.gov/x)',
      'Dysprosium roundup, magnet-weekly.example, 2024-06-10. https://magnet-weekly.example/dy',
      'Notes from a call, 2025-03-01.',
    ]);
  });

  it('writes a Markdown list with the brief’s line breaks', () => {
    const markdown = bibliographyMarkdown(citedSources('A[^1].\r\n\r\n[^1]: Src, site, 2024. https://s.example\r\n'), 'brief.md', '\r\n');
    assert.equal(markdown, '# Sources: brief.md\r\n\r\n- Src, site, 2024. https://s.example\r\n');
    assert.equal(bibliographyMarkdown([], 'empty.md'), '# Sources: empty.md\n\nNo sources cited yet.\n');
  });
});
