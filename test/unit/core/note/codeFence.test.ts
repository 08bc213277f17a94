import { strict as assert } from 'node:assert';
import { closesFence, fenceAfter, FENCE_LINE, opensFence } from '../../../../src/core/note/codeFence';

/** The fence open after each line of a text, as the scanners walk it. */
function fencesOf(text: string): (string | undefined)[] {
  let fence: ReturnType<typeof fenceAfter>;
  return text.split('\n').map((line) => {
    const run = FENCE_LINE.exec(line);
    fence = fenceAfter(fence, run?.[1], run?.[2]);
    return fence && `${fence.char}${fence.length}`;
  });
}

describe('codeFence', () => {
  it('opens a fence of three or more backticks or tildes, not a backtick run whose info string holds a backtick', () => {
    assert.deepEqual(opensFence('```', 'ts'), { char: '`', length: 3 });
    assert.deepEqual(opensFence('~~~~', 'a `b` c'), { char: '~', length: 4 });
    assert.equal(opensFence('```', ' x`y'), undefined);
  });

  it('closes with the same character, at least as long, and nothing but spaces after', () => {
    const fence = { char: '`', length: 4 };
    assert.ok(closesFence(fence, '````', '  '));
    assert.ok(closesFence(fence, '``````', ''));
    assert.ok(!closesFence(fence, '```', ''), 'shorter');
    assert.ok(!closesFence(fence, '~~~~', ''), 'other character');
    assert.ok(!closesFence(fence, '````', ' js'), 'an info string');
  });

  it('follows fences line by line: nesting of the other kind, longer closers, indentation', () => {
    assert.deepEqual(fencesOf('text\n~~~\n```\n~~~\nafter'), [undefined, '~3', '~3', undefined, undefined]);
    assert.deepEqual(fencesOf('````md\n```\n````'), ['`4', '`4', undefined]);
    assert.deepEqual(fencesOf('   ```\ncode\n    ```\n```'), ['`3', '`3', '`3', undefined], 'four spaces make no fence line');
    assert.deepEqual(fencesOf('```\nunclosed'), ['`3', '`3']);
  });
});
