import { strict as assert } from 'node:assert';
import { applyEdits, citationEdits, findFootnoteFor, lineBreakOf, nextFootnoteNumber, parseFootnotes } from '../../../../src/core/brief/footnotes';
import type { CitationSource } from '../../../../src/core/brief/citation';

const CHINA: CitationSource = { title: 'China’s grip on rare earth mining loosens', site: 'www.example-news.com', date: '2025-01-15', url: 'https://www.example-news.com/2025/01/china-grip' };
const USGS: CitationSource = { title: 'Mineral Commodity Summaries 2025: Rare Earths', site: 'U.S. Geological Survey', date: '2025', url: 'https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf' };
const LOCAL: CitationSource = { title: 'Call notes with a trader', date: '2025-03-01' };

/** Inserts the figure at the marker `|` and applies every edit. */
function cite(textWithMarker: string, figure: string, source: CitationSource, format: 'footnote' | 'inlineLink' | 'authorDate' = 'footnote') {
  const at = textWithMarker.indexOf('|');
  const text = textWithMarker.slice(0, at) + textWithMarker.slice(at + 1);
  const edits = citationEdits(text, { start: at, end: at }, figure, source, format);
  return { result: applyEdits(text, [edits.main, ...edits.extra]), edits };
}

describe('brief footnotes', () => {
  it('finds references and definitions, and numbers after the largest numeric label', () => {
    const text = 'A[^1] and B[^note] and C[^7].\n\n[^1]: First. https://a.example/x\n[^note]: Named.\n[^7]: Seventh.\n';
    const footnotes = parseFootnotes(text);
    assert.deepEqual(footnotes.references.map((r) => r.label), ['1', 'note', '7']);
    assert.deepEqual(footnotes.definitions.map((d) => [d.label, d.url]), [['1', 'https://a.example/x'], ['note', undefined], ['7', undefined]]);
    assert.equal(nextFootnoteNumber(footnotes), 8);
  });

  it('ignores non-numeric labels when numbering', () => {
    assert.equal(nextFootnoteNumber(parseFootnotes('See[^a].\n\n[^a]: A source.\n[^b2]: Another.\n')), 1);
  });

  it('starts at 1 and appends the definition after one blank line', () => {
    const { result, edits } = cite('China mined | of the world’s rare earths.\n', '69%', CHINA);
    assert.equal(edits.label, '1');
    assert.equal(result, 'China mined 69%[^1] of the world’s rare earths.\n\n[^1]: China’s grip on rare earth mining loosens, www.example-news.com, 2025-01-15. https://www.example-news.com/2025/01/china-grip\n');
  });

  it('numbers after existing footnotes and joins the definitions block at the end', () => {
    const text = 'Prices rose[^1]. Dysprosium cost |.\n\n[^1]: Earlier source. https://other.example/a\n';
    const { result } = cite(text, '260 USD/kg', USGS);
    assert.equal(result, 'Prices rose[^1]. Dysprosium cost 260 USD/kg[^2].\n\n[^1]: Earlier source. https://other.example/a\n[^2]: Mineral Commodity Summaries 2025: Rare Earths, U.S. Geological Survey, 2025. https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf\n');
  });

  it('reuses the footnote citing the same address (also with a trailing slash), adding no definition', () => {
    const text = 'China mined 69%[^3] in 2024; by 2025 |.\n\n[^3]: Old title, site. https://www.example-news.com/2025/01/china-grip/\n';
    const { result, edits } = cite(text, '70%', CHINA);
    assert.equal(edits.reused, true);
    assert.equal(edits.extra.length, 0);
    assert.equal(result, 'China mined 69%[^3] in 2024; by 2025 70%[^3].\n\n[^3]: Old title, site. https://www.example-news.com/2025/01/china-grip/\n');
  });

  it('cites the same source twice with one definition', () => {
    const first = cite('A: |. B: .\n', '69%', CHINA).result;
    const at = first.indexOf('B: ') + 3;
    const second = citationEdits(first, { start: at, end: at }, '62%', CHINA, 'footnote');
    const result = applyEdits(first, [second.main, ...second.extra]);
    assert.equal((result.match(/^\[\^1\]:/gm) ?? []).length, 1);
    assert.ok(result.startsWith('A: 69%[^1]. B: 62%[^1].\n'), result);
  });

  it('matches a source without an address by title and site', () => {
    const footnotes = parseFootnotes('X[^1].\n\n[^1]: Call notes with a trader, 2025-03-01.\n');
    assert.equal(findFootnoteFor(footnotes, LOCAL)?.label, '1');
    assert.equal(findFootnoteFor(footnotes, { title: 'Other notes' }), undefined);
  });

  it('keeps CRLF files CRLF', () => {
    const text = '# Brief\r\n\r\nChina mined | in 2024.\r\n';
    assert.equal(lineBreakOf(text.replace('|', '')), '\r\n');
    const { result } = cite(text, '69%', CHINA);
    assert.equal(result, '# Brief\r\n\r\nChina mined 69%[^1] in 2024.\r\n\r\n[^1]: China’s grip on rare earth mining loosens, www.example-news.com, 2025-01-15. https://www.example-news.com/2025/01/china-grip\r\n');
    assert.ok(!/[^\r]\n/.test(result), 'no bare LF');
  });

  it('puts the definition in the main edit when the figure goes at the very end', () => {
    const { result, edits } = cite('China mined |', '69%', CHINA);
    assert.equal(edits.extra.length, 0);
    assert.equal(result, 'China mined 69%[^1]\n\n[^1]: China’s grip on rare earth mining loosens, www.example-news.com, 2025-01-15. https://www.example-news.com/2025/01/china-grip\n');
  });

  it('replacing a cited figure rewrites its footnote when nothing else cites it, and drops it when the new source is cited already', () => {
    const text = 'Mining: 69%[^1]. Prices: 12%[^2].\n\n[^1]: Old source. https://old.example/a\n[^2]: Price source. https://p.example/b\n';
    const start = text.indexOf('69%');
    const rewritten = citationEdits(text, { start, end: start + '69%[^1]'.length }, '62%', CHINA, 'footnote');
    assert.equal(applyEdits(text, [rewritten.main, ...rewritten.extra]), `Mining: 62%[^1]. Prices: 12%[^2].\n\n[^1]: ${'China’s grip on rare earth mining loosens, www.example-news.com, 2025-01-15. https://www.example-news.com/2025/01/china-grip'}\n[^2]: Price source. https://p.example/b\n`);
    const reused = citationEdits(text, { start, end: start + '69%[^1]'.length }, '12%', { title: 'Price source', url: 'https://p.example/b' }, 'footnote');
    assert.equal(applyEdits(text, [reused.main, ...reused.extra]), 'Mining: 12%[^2]. Prices: 12%[^2].\n\n[^2]: Price source. https://p.example/b\n');
    const shared = 'A 69%[^1], B 70%[^1].\n\n[^1]: Old source. https://old.example/a\n';
    const kept = citationEdits(shared, { start: 2, end: 2 + '69%[^1]'.length }, '62%', CHINA, 'footnote');
    assert.equal(kept.label, '2', 'the old footnote is still cited by B');
  });

  it('writes inline links and author-date citations without footnotes', () => {
    assert.equal(cite('China mined |.\n', '69%', CHINA, 'inlineLink').result, 'China mined 69% [www.example-news.com, 2025](https://www.example-news.com/2025/01/china-grip).\n');
    assert.equal(cite('China mined |.\n', '69%', CHINA, 'authorDate').result, 'China mined 69% (www.example-news.com, 2025).\n');
    assert.equal(cite('Traders said |.\n', '10%', LOCAL, 'inlineLink').result, 'Traders said 10% (Call notes with a trader, 2025).\n');
  });

  it('escapes Markdown in a note title so it cannot become a link or break the footnote', () => {
    const { result } = cite('X |.\n', '1%', { title: 'A [b](javascript:x) *c*\nd', url: 'https://e.example/a b(c)' });
    assert.ok(result.includes('[^1]: A \\[b\\](javascript:x) \\*c\\* d. https://e.example/a%20b%28c%29\n'), result);
  });
});
