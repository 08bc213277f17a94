// Where a note's figures come from: its front matter (title, site, date, source address), or the
// note itself when it has none.
import { parseFrontMatter, splitFrontMatter } from '../note/frontMatter';
import type { NoteProvenance } from './noteFigure';

const H1 = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/m;

export function noteProvenance(notePath: string, noteText: string): NoteProvenance {
  const path = notePath.replace(/\\/g, '/');
  const { yaml, body } = splitFrontMatter(noteText);
  let data: Record<string, unknown> = {};
  if (yaml !== undefined) {
    const parsed = parseFrontMatter(yaml);
    if (parsed.ok) data = parsed.data;
  }
  const provenance: NoteProvenance = { notePath: path, title: stringField(data.title) ?? firstHeading(body) ?? fileTitle(path) };
  const site = stringField(data.site);
  if (site) provenance.site = site;
  const date = dateField(data.date);
  if (date) provenance.date = date;
  const source = stringField(data.source);
  if (source && /^https?:\/\/\S+$/i.test(source)) provenance.url = source;
  return provenance;
}

function stringField(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function dateField(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return stringField(value);
}

function firstHeading(body: string): string | undefined {
  // Outside fenced code only: a `# comment` in a shell block is not the title.
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence) {
      const match = H1.exec(line.replace(/\r$/, ''));
      if (match) return match[1].trim();
    }
  }
  return undefined;
}

function fileTitle(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.(?:md|markdown)$/i, '') || path;
}
