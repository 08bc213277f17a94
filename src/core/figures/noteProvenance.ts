// Where a note's figures come from: its front matter (title, site, date, source address), or the
// note itself when it has none.
import { fenceAfter, FENCE_LINE, type Fence } from '../note/codeFence';
import { readFrontMatter, splitFrontMatter } from '../note/frontMatter';
import type { NoteProvenance } from './noteFigure';

const H1 = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/m;
const EXCERPT_LENGTH = 300;

export function noteProvenance(notePath: string, noteText: string): NoteProvenance {
  const path = notePath.replace(/\\/g, '/');
  const { yaml, body } = splitFrontMatter(noteText);
  let data: Record<string, unknown> = {};
  let frontMatterError: NoteProvenance['frontMatterError'];
  if (yaml !== undefined) {
    const parsed = readFrontMatter(yaml);
    if (parsed.ok) data = parsed.data;
    // The YAML starts on the line after the opening fence.
    else frontMatterError = { message: capitalise(parsed.error), line: 1 + lineOf(yaml, parsed.offset) };
  }
  const provenance: NoteProvenance = { notePath: path, title: stringField(data.title) ?? firstHeading(body) ?? fileTitle(path) };
  const site = stringField(data.site);
  if (site) provenance.site = site;
  const date = dateField(data.date);
  if (date) provenance.date = date;
  const source = stringField(data.source);
  if (source && /^https?:\/\/\S+$/i.test(source)) provenance.url = source;
  const excerpt = stringField(data.excerpt);
  if (excerpt) provenance.excerpt = shorten(excerpt, EXCERPT_LENGTH);
  if (frontMatterError) provenance.frontMatterError = frontMatterError;
  return provenance;
}

/** Zero-based line of `offset` in `text`; an offset past the last line (an error at the end) counts as the last line. */
function lineOf(text: string, offset: number): number {
  let line = 0;
  const end = Math.min(offset, text.endsWith('\n') ? text.length - 1 : text.length);
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** At most `limit` characters, cut at a word boundary, ending with '…' when cut. */
function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit - 1);
  // Cut before the word that does not fit whole; one long word is cut where it must be.
  const cut = /\s/.test(text[limit - 1]) ? head.length : head.search(/\s\S*$/);
  return `${(cut > 0 ? head.slice(0, cut) : head).trimEnd()}…`;
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
  let fence: Fence | undefined;
  for (const rawLine of body.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    const run = FENCE_LINE.exec(line);
    if (run || fence) {
      fence = fenceAfter(fence, run?.[1], run?.[2]);
      continue;
    }
    const match = H1.exec(line);
    if (match) return match[1].trim();
  }
  return undefined;
}

function fileTitle(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.(?:md|markdown)$/i, '') || path;
}
