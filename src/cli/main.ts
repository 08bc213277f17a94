// The command-line interface: a small dispatcher to one module per command.
import { FIGURES_USAGE, runFigures } from './figuresCommand';
import { IMPORT_USAGE, runImport } from './importCommand';
import { UsageError } from './usageError';

const USAGE = `${IMPORT_USAGE}\n\n${FIGURES_USAGE}`;

async function main(argv: string[]): Promise<number> {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (firstPositional(argv) === 'figures') return await runFigures(argv);
    // The import command also reports a missing or unknown command.
    return await runImport(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`rare-earth-notes: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

const OPTIONS_WITH_VALUES = new Set(['--out', '-o', '--taxonomy', '--max-file-mb', '--max-articles', '--max-article-mb']);

/** The command: the first argument that is neither an option nor an option's value. */
function firstPositional(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (OPTIONS_WITH_VALUES.has(arg)) i++;
    else if (!arg.startsWith('-') || arg === '-') return arg;
  }
  return undefined;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`rare-earth-notes: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
