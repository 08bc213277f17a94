// Prints test results as they arrive, in the style of mocha's spec reporter,
// and the closing "N passed, N failed[, N skipped]" line.
const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (tty ? `\u001b[${code}m${text}\u001b[0m` : text);
const green = paint(32);
const red = paint(31);
const cyan = paint(36);
const gray = paint(90);

export function createReporter(write = (line) => console.log(line)) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  let shownPath = [];

  /** @param {{ title: string[], state: 'passed'|'failed'|'pending', duration?: number, error?: { message: string, stack?: string } }} test */
  function test({ title, state, duration = 0, error }) {
    const suites = title.slice(0, -1);
    const name = title.at(-1);
    // Print the suite headings that differ from the previous test's.
    let common = 0;
    while (common < suites.length && suites[common] === shownPath[common]) common++;
    for (let depth = common; depth < suites.length; depth++) write(`${'  '.repeat(depth + 1)}${suites[depth]}`);
    shownPath = suites;
    const indent = '  '.repeat(suites.length + 1);
    if (state === 'passed') {
      counts.passed++;
      write(`${indent}${green('✔')} ${gray(name)}${duration >= 1000 ? gray(` (${duration}ms)`) : ''}`);
    } else if (state === 'pending') {
      counts.skipped++;
      write(`${indent}${cyan(`- ${name}`)}`);
    } else {
      counts.failed++;
      failures.push({ title, error });
      write(`${indent}${red(`${failures.length}) ${name}`)}`);
      if (error?.message) write(`${indent}   ${red(error.message.split('\n')[0])}`);
    }
  }

  /** A failure outside any test (a suite that does not load, a timeout, …). */
  function error(title, message, stack) {
    test({ title: [title], state: 'failed', error: { message, stack } });
  }

  function heading(text) {
    shownPath = [];
    write(`\n${text}`);
  }

  /** Failure details and the closing counts line; returns the counts. */
  function finish() {
    if (failures.length) {
      write('');
      failures.forEach(({ title, error: failure }, index) => {
        write(`  ${index + 1}) ${title.join(' › ')}`);
        write(red(`     ${(failure?.stack || failure?.message || 'failed').split('\n').join('\n     ')}`));
        write('');
      });
    }
    const line = `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
    write('');
    // Uncoloured so CI and scripts can match it.
    write(line);
    return { ...counts };
  }

  return { test, error, heading, finish, counts };
}
