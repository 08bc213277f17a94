import { strict as assert } from 'node:assert';
import { findUserSection, guardUserSectionHeading, USER_SECTION_HEADING } from '../../../../src/core/note/userSection';

describe('userSection', () => {
  it('is headed "## Notes"', () => {
    assert.equal(USER_SECTION_HEADING, '## Notes');
  });

  describe('findUserSection', () => {
    it('finds the heading offset', () => {
      const body = '# T\n\nText\n\n## Notes\n\nmine';
      assert.equal(findUserSection(body), body.indexOf('## Notes'));
    });

    it('finds the heading with trailing spaces and CRLF', () => {
      const body = '# T\r\n\r\n## Notes  \r\nmine\r\n';
      assert.equal(findUserSection(body), body.indexOf('## Notes'));
    });

    it('takes the first heading when the user wrote another one', () => {
      const body = '# T\n\n## Notes\n\n## Notes\n';
      assert.equal(findUserSection(body), 5);
    });

    it('ignores a Notes heading inside fenced code, with either fence', () => {
      for (const fence of ['```', '~~~', '````']) {
        const body = `# T\n\n${fence}md\n## Notes\n${fence}\n\n## Notes\n`;
        assert.equal(findUserSection(body), body.lastIndexOf('## Notes'), fence);
      }
    });

    it('follows fences inside list items and quotes, as the article converter writes them', () => {
      const body = '\n# T\n\n- ```\n  ## Notes\n  ```\n\n> ```\n> x\n> ```\n\n## Notes\n\nmine\n';
      assert.equal(findUserSection(body), body.lastIndexOf('## Notes'));
    });

    it('does not close a ``` fence with ~~~', () => {
      const body = '```\n~~~\n## Notes\n```\n## Notes\n';
      assert.equal(findUserSection(body), body.lastIndexOf('## Notes'));
    });

    it('does not take a line starting with a code span of three backticks for a fence', () => {
      const body = '``` `` ```\n\n## Notes\n';
      assert.equal(findUserSection(body), body.indexOf('## Notes'));
    });

    it('closes a fence only with a run at least as long, with nothing after it', () => {
      const body = '````\n```\n## Notes\n```` x\n````\n## Notes\n';
      assert.equal(findUserSection(body), body.lastIndexOf('## Notes'));
    });

    it('does not take look-alike headings', () => {
      for (const body of ['### Notes\n', '## Notes and more\n', '## notes\n', ' text ## Notes\n', '# Notes\n', '##Notes\n']) {
        assert.equal(findUserSection(body), -1, body);
      }
    });

    it('gives -1 without a heading', () => {
      assert.equal(findUserSection('# T\n\nText only\n'), -1);
      assert.equal(findUserSection(''), -1);
    });
  });

  describe('guardUserSectionHeading', () => {
    it('renames an article heading that reads exactly "## Notes"', () => {
      assert.equal(guardUserSectionHeading('Intro\n\n## Notes\n\nfoot'), 'Intro\n\n## Notes (from the article)\n\nfoot');
      assert.equal(findUserSection(guardUserSectionHeading('## Notes \n')), -1);
    });

    it('leaves other headings alone', () => {
      assert.equal(guardUserSectionHeading('## Notes on supply\n### Notes\n'), '## Notes on supply\n### Notes\n');
    });
  });
});
