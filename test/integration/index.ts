// Entry point of the integration suites, shared by both launchers:
// - @vscode/test-electron loads this file as `extensionTestsPath` and calls run();
// - the code-server runner extension (test/runner-extension) calls run() with
//   its own mocha, file list and JSON-lines reporter.
// Every `*.test.js` compiled from this folder is a suite: adding a file is all it takes.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export interface RunOptions {
  /** The mocha class to use (the runner extension passes the one it was told to load). */
  Mocha?: typeof Mocha;
  /** Compiled suite files; defaults to every `*.test.js` under this folder. */
  files?: string[];
  reporter?: string | Mocha.ReporterConstructor;
  grep?: string;
}

/** The compiled suites next to this file, in a stable order. */
export function suiteFiles(root: string = __dirname): string[] {
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .map((file) => path.join(root, file))
    .sort();
}

/** Runs the suites; rejects when a test fails so both launchers report it. */
export async function run(options?: RunOptions | string): Promise<void> {
  // VS Code's own test loader calls run(testsRoot, callback): ignore those.
  const opts: RunOptions = typeof options === 'object' && options !== null ? options : {};
  const MochaClass = opts.Mocha ?? Mocha;
  const grep = opts.grep ?? process.env.MOCHA_GREP;
  const mocha = new MochaClass({
    ui: 'tdd',
    // The first command of a window can wait for the workbench to settle.
    timeout: 20_000,
    slow: 2_000,
    color: !opts.reporter,
    reporter: opts.reporter ?? 'spec',
    ...(grep ? { grep } : {}),
  });
  const files = opts.files?.length ? opts.files : suiteFiles();
  for (const file of files) mocha.addFile(file);
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed.`);
}
