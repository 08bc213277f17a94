import { strict as assert } from 'node:assert';
import { EscapeContext, codeSpan, escapeText, escapeTitle, escapeUrl, fencedCode } from '../../../../src/core/html/markdownEscape';

const inline: EscapeContext = { atLineStart: false, previousChar: ' ', inLinkText: false, inTableCell: false };
const lineStart: EscapeContext = { ...inline, atLineStart: true };

describe('markdownEscape', () => {
  it('leaves prose alone', () => {
    for (const text of ['~69%', 'R&D', 'U.S.', '$2.5 billion', '25,900', '(REE)', '85–90%', 'Nd-Pr', '5 * 3', 'a_b', 'x = y', '100%']) {
      assert.equal(escapeText(text, lineStart), text);
    }
  });
  it('escapes block markers at a line start only', () => {
    assert.equal(escapeText('# x', lineStart), '\\# x');
    assert.equal(escapeText('# x', inline), '# x');
    assert.equal(escapeText('#hashtag', lineStart), '#hashtag');
    assert.equal(escapeText('2024. Year', lineStart), '2024\\. Year');
    assert.equal(escapeText('2024 Year', lineStart), '2024 Year');
    assert.equal(escapeText('+ x', lineStart), '\\+ x');
    assert.equal(escapeText('==', lineStart), '\\==');
    assert.equal(escapeText('_ _ _', lineStart), '\\_ _ \\_');
  });
  it('escapes delimiter runs that could make emphasis', () => {
    assert.equal(escapeText('**x**', inline), '\\*\\*x\\*\\*');
    assert.equal(escapeText('a * b', inline), 'a * b');
    assert.equal(escapeText('_x_', inline), '\\_x\\_');
    assert.equal(escapeText('~~x~~', inline), '\\~\\~x\\~\\~');
  });
  it('escapes brackets, pipes and backslashes by context', () => {
    assert.equal(escapeText('[a]', { ...inline, inLinkText: true }), '\\[a\\]');
    assert.equal(escapeText('a|b', { ...inline, inTableCell: true }), 'a\\|b');
    assert.equal(escapeText('a|b', inline), 'a|b');
    assert.equal(escapeText('C:\\dir', inline), 'C:\\dir');
    assert.equal(escapeText('a\\*', inline), 'a\\\\\\*');
  });
  it('writes < before a tag name as an entity', () => {
    assert.equal(escapeText('<script>', inline), '&lt;script>');
    assert.equal(escapeText('a < b <1%', inline), 'a < b <1%');
  });
  it('builds destinations, titles and code', () => {
    assert.equal(escapeUrl(' https://x.org/a b<c>|d '), 'https://x.org/a%20b%3Cc%3E%7Cd');
    assert.equal(escapeTitle('say "hi" <b>'), '"say \\"hi\\" &lt;b>"');
    assert.equal(codeSpan('a``b', false), '```a``b```');
    assert.equal(codeSpan('a|b', true), '`a\\|b`');
    assert.equal(fencedCode('x', 'ts'), '```ts\nx\n```');
  });
});
