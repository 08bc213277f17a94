// `rare-earth-notes figures <notes dir>`: every statistic in a notes folder, each with its source.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { extractFigures } from '../core/figures/extractFigures';
import type { NoteFigure, NoteProvenance } from '../core/figures/noteFigure';
import { noteProvenance } from '../core/figures/noteProvenance';
import { parseCommandArgs, UsageError } from './usageError';

export const FIGURES_USAGE = `Usage: rare-earth-notes figures <notes dir> [--json | --csv]

Lists every statistic in the Markdown notes under a folder (and its subfolders), each with its
source: the note's title, site, date and article address (or the note itself when it has none).
  (default)  a table: figure, value, subjects, metric, note, site, date, address
  --json     a JSON array of figures, each with its provenance
  --csv      comma-separated values (RFC 4180) with a header row
Exit status: 0, or 2 on a usage error.`;

export interface FigureRow extends NoteFigure {
  provenance: NoteProvenance;
}

/** `rare-earth-notes figures …` (argv includes the command name). */
export async function runFigures(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  const folders = positionals.filter((arg, index) => !(index === 0 && arg === 'figures'));
  if (folders.length === 0) throw new UsageError('name the notes folder to read');
  if (folders.length > 1) throw new UsageError(`name one notes folder, not ${folders.length}`);
  if (values.json && values.csv) throw new UsageError('--json and --csv cannot be used together');
  const folder = folders[0];
  const folderStat = await stat(folder).catch(() => undefined);
  if (!folderStat) throw new UsageError(`${folder}: no such folder`);
  if (!folderStat.isDirectory()) throw new UsageError(`${folder} is not a folder`);

  const rows: FigureRow[] = [];
  const files = await markdownFiles(folder);
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      process.stderr.write(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n`);
      continue;
    }
    const provenance = noteProvenance(relative(folder, file).split(sep).join('/'), text);
    for (const figure of extractFigures(text)) rows.push({ ...figure, provenance });
  }

  if (values.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else if (values.csv) process.stdout.write(formatCsv(rows));
  else process.stdout.write(formatTable(rows, files.length));
  return 0;
}

function parseCommandLine(argv: string[]) {
  return parseCommandArgs(argv, {
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
  });
}

/** Every `.md` file under a folder, recursively, sorted; hidden folders and node_modules are skipped. */
async function markdownFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await visit(path);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
        found.push(path);
      }
    }
  };
  await visit(folder);
  return found.sort();
}

// ---- output ------------------------------------------------------------------------------------

/** The value in normalised form: `240000 t`, `85–90 %`, `2500000000 USD`. */
export function formatValue(figure: NoteFigure): string {
  const number = (n: number) => String(n);
  const value = figure.valueMax !== undefined ? `${number(figure.value)}–${number(figure.valueMax)}` : number(figure.value);
  return `${figure.approximate ? '~' : ''}${value}${figure.unit ? ` ${figure.unit}` : ''}`;
}

function subjectsOf(figure: NoteFigure): string {
  const { elements, regions, organizations } = figure.subjects;
  return [...elements, ...regions, ...organizations].join(', ');
}

function shorten(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function formatTable(rows: FigureRow[], noteCount: number): string {
  const notes = `${noteCount} note${noteCount === 1 ? '' : 's'}`;
  if (rows.length === 0) return `No figures in ${notes}.\n`;
  const header = ['Figure', 'Value', 'Subjects', 'Metric', 'Note', 'Site', 'Date', 'Source'];
  const cells = rows.map((row) => [
    shorten(row.raw, 24),
    formatValue(row),
    shorten(subjectsOf(row), 32),
    row.metric ?? '',
    shorten(`${row.provenance.title} (${row.provenance.notePath}:${row.line + 1})`, 60),
    row.provenance.site ?? '',
    row.provenance.date?.slice(0, 10) ?? '',
    row.provenance.url ?? row.provenance.notePath,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
  const line = (cell: string[]) => cell.map((text, column) => (column === cell.length - 1 ? text : text.padEnd(widths[column]))).join('  ').trimEnd();
  const figureCount = `${rows.length} figure${rows.length === 1 ? '' : 's'}`;
  return `${[line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n')}\n\n${figureCount} in ${notes}.\n`;
}

const CSV_COLUMNS = [
  'note', 'line', 'title', 'site', 'date', 'url', 'raw', 'value', 'valueMax', 'unit', 'approximate', 'metric',
  'elements', 'regions', 'organizations', 'sentence',
] as const;

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function formatCsv(rows: FigureRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const fields: Record<(typeof CSV_COLUMNS)[number], string> = {
      note: row.provenance.notePath,
      line: String(row.line + 1),
      title: row.provenance.title,
      site: row.provenance.site ?? '',
      date: row.provenance.date ?? '',
      url: row.provenance.url ?? '',
      raw: row.raw,
      value: String(row.value),
      valueMax: row.valueMax === undefined ? '' : String(row.valueMax),
      unit: row.unit ?? '',
      approximate: String(row.approximate),
      metric: row.metric ?? '',
      elements: row.subjects.elements.join('; '),
      regions: row.subjects.regions.join('; '),
      organizations: row.subjects.organizations.join('; '),
      sentence: row.sentence,
    };
    lines.push(CSV_COLUMNS.map((column) => csvField(fields[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
