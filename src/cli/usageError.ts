import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in the command line: reported with the usage, exit status 2. */
export class UsageError extends Error {}

/** Node's argument parser, with its complaints turned into usage errors. */
export function parseCommandArgs<T extends ParseArgsConfig['options']>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
