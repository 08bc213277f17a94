// `rare-earth-notes import`: WordPress article JSON into Markdown notes.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { importArticles, type ArticleSource } from '../core/import/importArticles';
import { DEFAULT_IMPORT_LIMITS, fileTooLargeMessage, megabytes, resolveLimits, type ImportLimits } from '../core/import/importLimits';
import type { ArticleOutcome } from '../core/import/importResult';
import { formatImportSummary, formatOutcome } from '../core/import/importSummary';
import { DEFAULT_TAXONOMY_MAPPING, parseTaxonomyMapping } from '../core/wordpress/taxonomyMapping';
import { FileNoteStore } from './fileNoteStore';
import { parseCommandArgs, UsageError } from './usageError';

export const IMPORT_USAGE = `Usage: rare-earth-notes import <file.json | -> ... --out <notes dir> [--taxonomy <tax>=<key>,...] [limits]

Imports WordPress REST API article JSON (one post, or an array of posts) into Markdown notes.
  -                 read the JSON from standard input
  --out <dir>       the notes folder to write into (created when missing)
  --taxonomy <map>  which WordPress taxonomy feeds which note key (regions, organizations,
                    topics, tags), e.g. regions=regions,organization=organizations
                    default: ${Object.entries(DEFAULT_TAXONOMY_MAPPING).map(([tax, key]) => `${tax}=${key}`).join(',')}
  --max-file-mb <n>     refuse an input larger than n MB (default ${DEFAULT_IMPORT_LIMITS.maxFileMB})
  --max-articles <n>    import at most n articles at once (default ${DEFAULT_IMPORT_LIMITS.maxArticles})
  --max-article-mb <n>  refuse an article whose body is larger than n MB (default ${DEFAULT_IMPORT_LIMITS.maxArticleMB})
Exit status: 0 when every article imported, 1 when any failed, 2 on a usage error.`;

/** `rare-earth-notes import …` (argv includes the command name). */
export async function runImport(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  const [command, ...inputs] = positionals;
  if (command !== 'import') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  if (inputs.length === 0) throw new UsageError('name at least one JSON file, or - for standard input');
  if (!values.out) throw new UsageError('--out <notes dir> is required');
  // A missing folder is created on the first write; a file in its place is the user's mistake, not a crash.
  const outStat = await stat(values.out).catch(() => undefined);
  if (outStat && !outStat.isDirectory()) throw new UsageError(`--out ${values.out} is not a folder`);
  let taxonomyMapping = DEFAULT_TAXONOMY_MAPPING;
  if (values.taxonomy !== undefined) {
    try {
      taxonomyMapping = parseTaxonomyMapping(values.taxonomy);
    } catch (error) {
      throw new UsageError(`--taxonomy: ${(error as Error).message}`);
    }
  }

  const limits = limitOptions(values);

  const sources: ArticleSource[] = [];
  const readFailures: ArticleOutcome[] = [];
  for (const input of inputs) {
    const name = input === '-' ? 'stdin' : basename(input);
    try {
      // Checked before reading, so a huge file is never loaded.
      const size = input === '-' ? 0 : (await stat(input)).size;
      if (size > megabytes(limits.maxFileMB)) {
        readFailures.push({ kind: 'failed', source: name, message: fileTooLargeMessage(name, size, limits) });
        continue;
      }
      sources.push({ name, bytes: input === '-' ? await readStdin() : await readFile(input) });
    } catch (error) {
      readFailures.push({ kind: 'failed', source: name, message: `${input}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).` });
    }
  }

  const result = await importArticles(sources, new FileNoteStore(values.out), { taxonomyMapping, now: () => new Date(), limits });
  result.outcomes.unshift(...readFailures);
  result.failed += readFailures.length;
  for (const outcome of result.outcomes) {
    if (outcome.kind === 'failed') process.stderr.write(`${outcome.message}\n`);
    if (outcome.kind === 'kept') process.stderr.write(`${formatOutcome(outcome)}\n`);
  }
  process.stdout.write(`${formatImportSummary(result)}\n`);
  return result.failed > 0 ? 1 : 0;
}

function parseCommandLine(argv: string[]) {
  return parseCommandArgs(argv, {
    out: { type: 'string', short: 'o' },
    taxonomy: { type: 'string' },
    'max-file-mb': { type: 'string' },
    'max-articles': { type: 'string' },
    'max-article-mb': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
}

function limitOptions(values: Record<string, string | boolean | undefined>): ImportLimits {
  const given: Partial<ImportLimits> = {};
  const options = [['max-file-mb', 'maxFileMB'], ['max-articles', 'maxArticles'], ['max-article-mb', 'maxArticleMB']] as const;
  for (const [option, key] of options) {
    const text = values[option];
    if (typeof text !== 'string') continue;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new UsageError(`--${option} must be a number greater than 0, not "${text}"`);
    given[key] = value;
  }
  return resolveLimits(given);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
