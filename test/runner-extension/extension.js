// Runs the integration suites inside the extension host it is installed in.
// code-server cannot be told to load a development extension and a tests
// module the way the desktop test runner does, so this extension does it: the
// launcher (scripts/test-integration.mjs) installs it beside Rare Earth Notes
// (an extensionDependency, so Rare Earth Notes is active first) and passes:
//   RARE_EARTH_TESTS_RESULTS    file to append JSON lines to (required)
//   RARE_EARTH_TESTS_WORKSPACE  only run in the window that opened this folder
//   RARE_EARTH_TESTS_MOCHA      path of the mocha package to use
//   RARE_EARTH_TESTS_ENTRY      compiled test/integration/index.js (its run() sets mocha up)
//   RARE_EARTH_TESTS_FILES      suites: absolute paths or globs, separated by newlines
//   RARE_EARTH_TESTS_GREP       optional mocha --grep
// Lines written: {"type":"start"}, {"type":"test",...} per test, {"type":"end",...}.
'use strict';
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

async function activate() {
  const env = process.env;
  const output = env.RARE_EARTH_TESTS_RESULTS;
  if (!output) return;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (env.RARE_EARTH_TESTS_WORKSPACE && (!folder || path.resolve(folder) !== path.resolve(env.RARE_EARTH_TESTS_WORKSPACE))) return;

  const write = (record) => fs.appendFileSync(output, `${JSON.stringify(record)}\n`);
  const started = Date.now();
  try {
    const Mocha = require(env.RARE_EARTH_TESTS_MOCHA || 'mocha');
    const files = expand((env.RARE_EARTH_TESTS_FILES || '').split('\n').filter(Boolean));
    const reporter = jsonLinesReporter(Mocha, write);
    write({ type: 'start', files: files.length, vscode: vscode.version });
    if (env.RARE_EARTH_TESTS_ENTRY) {
      await require(env.RARE_EARTH_TESTS_ENTRY).run({ Mocha, files, reporter, grep: env.RARE_EARTH_TESTS_GREP });
    } else {
      await runMocha(Mocha, files, reporter, env.RARE_EARTH_TESTS_GREP);
    }
  } catch (error) {
    // Suites that fail to load, or run() rejecting for failures: the reporter
    // has already written the 'end' line in the latter case.
    if (!fs.readFileSync(output, 'utf8').includes('"type":"end"')) {
      write({ type: 'error', message: String(error?.message ?? error), stack: error?.stack });
      write({ type: 'end', passed: 0, failed: 1, pending: 0, duration: Date.now() - started });
    }
  }
}

// Fallback when no entry module is given: plain mocha with the TDD interface.
function runMocha(Mocha, files, reporter, grep) {
  const mocha = new Mocha({ ui: 'tdd', timeout: 20000, color: false, reporter, ...(grep ? { grep } : {}) });
  for (const file of files) mocha.addFile(file);
  return mocha.loadFilesAsync().then(() => new Promise((resolve) => mocha.run(() => resolve())));
}

function expand(patterns) {
  return patterns.flatMap((pattern) => {
    if (!/[*?[{]/.test(pattern)) return [pattern];
    // fs.globSync: Node 22+, which code-server's Node 24 extension host has.
    return fs.globSync(pattern).map((file) => path.resolve(file)).sort();
  });
}

// One JSON line per finished test (or failed hook), written synchronously so
// the launcher can stream them while the run goes on.
function jsonLinesReporter(Mocha, write) {
  const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;
  return class JsonLinesReporter extends Mocha.reporters.Base {
    constructor(runner, options) {
      super(runner, options);
      const counts = { passed: 0, failed: 0, pending: 0 };
      const started = Date.now();
      const record = (test, state, error) => write({
        type: 'test',
        title: test.titlePath(),
        file: test.file,
        state,
        duration: test.duration ?? 0,
        ...(error ? { error: { message: String(error.message ?? error), stack: error.stack } } : {}),
      });
      runner.on(EVENT_TEST_PASS, (test) => { counts.passed++; record(test, 'passed'); });
      runner.on(EVENT_TEST_FAIL, (test, error) => { counts.failed++; record(test, 'failed', error); });
      runner.on(EVENT_TEST_PENDING, (test) => { counts.pending++; record(test, 'pending'); });
      runner.once(EVENT_RUN_END, () => write({ type: 'end', ...counts, duration: Date.now() - started }));
    }
  };
}

function deactivate() {}

module.exports = { activate, deactivate };
