// Latency of a hover card with 10,000 synthetic notes indexed (bench/syntheticNotes.ts): for an
// element, a statistic and a region, what the hover provider does per hover without the editor —
// front matter / code fence check, what is under the cursor, index queries, the card's Markdown.
// Prints p50/p95/p99 over ≥ 1,000 hovers of each kind, PASS or FALL SHORT against p95 ≤ 5 ms, and
// exits non-zero on a miss.
//   node scripts/build.mjs --tests && node out/bench/hover.bench.js [--notes 10000] [--hovers 2000]
import { performance } from 'node:perf_hooks';
import { buildHoverCard, EntityNames } from '../src/core/hover/hoverCard';
import { hoverTarget, isProseLine, type HoverTarget } from '../src/core/hover/hoverTarget';
import { NotesIndex } from '../src/core/index/notesIndex';
import { measureLatencies, percentile, writeBenchReport, type BenchGrowth, type BenchResult } from './benchResults';
import { syntheticNotes, type SyntheticNote } from './syntheticNotes';

const TARGET_P95_MS = 5;

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) || fallback : fallback;
}

interface Hover {
  notePath: string;
  lines: string[];
  /** Offset of each line's start in the note. */
  lineStarts: number[];
  line: number;
  character: number;
}

type Kind = 'element' | 'statistic' | 'region';

function splitLines(text: string): { lines: string[]; lineStarts: number[] } {
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  return { lines, lineStarts };
}

/** The first hoverable place of each kind in a note (prose lines only), like a user's mouse. */
function hoversIn(note: SyntheticNote, entities: EntityNames): Partial<Record<Kind, Hover>> {
  const { lines, lineStarts } = splitLines(note.text);
  const found: Partial<Record<Kind, Hover>> = {};
  for (let line = 0; line < lines.length && Object.keys(found).length < 3; line++) {
    const text = lines[line];
    if (!isProseLine((i) => lines[i], lines.length, line)) continue;
    // Where words and numbers start: where a mouse would rest.
    for (const match of text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}~$€£¥]/gu)) {
      const character = match.index;
      const target = hoverTarget(text, character, entities.lookup);
      const kind: Kind | undefined = target === undefined || target.kind === 'organization' ? undefined : target.kind;
      if (kind && !found[kind]) found[kind] = { notePath: note.notePath, lines, lineStarts, line, character };
    }
  }
  return found;
}

/** One hover, as the provider does it. */
function hover(index: NotesIndex, entities: EntityNames, place: Hover): string | undefined {
  const { lines, line, character } = place;
  if (!isProseLine((i) => lines[i], lines.length, line)) return undefined;
  const target: HoverTarget | undefined = hoverTarget(lines[line], character, entities.lookup);
  if (!target) return undefined;
  return buildHoverCard(index, target, {
    notePath: place.notePath,
    offset: place.lineStarts[line] + character,
    targetOffset: place.lineStarts[line] + target.start,
    entities,
  }, { workspaceBase: 'file:///home/me/notes/' });
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

/** Hover latencies on `count` notes: one row per kind of card, and each kind's p50. */
function measureHovers(count: number, hovers: number): { results: BenchResult[]; p50: Record<Kind, number>; failed: boolean } {
  let start = performance.now();
  const notes = syntheticNotes(count);
  const index = new NotesIndex();
  for (const note of notes) index.set(note.notePath, note.text);
  const entities = new EntityNames(index);
  console.log(`${count.toLocaleString('en')} synthetic notes indexed in ${(performance.now() - start).toFixed(0)} ms; ${index.countFigures({}).toLocaleString('en')} figures.`);

  // Hover places from 1,000 notes spread over the workspace (first hovers of a kind per note).
  start = performance.now();
  const places: Record<Kind, Hover[]> = { element: [], statistic: [], region: [] };
  const step = Math.max(1, Math.floor(count / 1000));
  for (let i = 0; i < count && places.statistic.length < 1000; i += step) {
    const found = hoversIn(notes[i], entities);
    for (const kind of Object.keys(places) as Kind[]) {
      const place = found[kind];
      if (place) places[kind].push(place);
    }
  }
  console.log(`Hover places: ${places.element.length} element, ${places.statistic.length} statistic, ${places.region.length} region (found in ${(performance.now() - start).toFixed(0)} ms).\n`);

  let failed = false;
  const rows: string[] = [];
  const results: BenchResult[] = [];
  const p50 = { element: NaN, statistic: NaN, region: NaN };
  for (const kind of Object.keys(places) as Kind[]) {
    const list = places[kind];
    if (list.length === 0) {
      rows.push(`${kind.padEnd(10)} | no hover place found | FALL SHORT`);
      results.push({ measure: `hover, ${kind} card, ${count.toLocaleString('en')} notes`, value: 'no hover place found', target: `p95 ≤ ${TARGET_P95_MS} ms`, pass: false });
      failed = true;
      continue;
    }
    // Warm-up, then the timed hovers (cycling through the places).
    for (let i = 0; i < 200; i++) hover(index, entities, list[i % list.length]);
    let empty = 0;
    let sample = '';
    const { wall: times, cpu } = measureLatencies(hovers, (i) => {
      const card = hover(index, entities, list[i % list.length]);
      if (card === undefined) empty++;
      else if (sample === '') sample = card;
    }, { warmup: 0 });
    const p95 = percentile(times, 95);
    const pass = p95 <= TARGET_P95_MS && empty === 0;
    failed ||= !pass;
    const latency = `p50 ${ms(percentile(times, 50))} · p95 ${ms(p95)} · p99 ${ms(percentile(times, 99))} (cpu p95 ${ms(percentile(cpu, 95))})`;
    rows.push(`${kind.padEnd(10)} | ${String(hovers).padStart(6)} | ${latency} · max ${ms(times[times.length - 1])}${empty > 0 ? ` · ${empty} without a card` : ''} | p95 ≤ ${TARGET_P95_MS} ms | ${pass ? 'PASS' : 'FALL SHORT'}`);
    p50[kind] = percentile(times, 50);
    results.push({
      measure: `hover, ${kind} card, ${count.toLocaleString('en')} notes (${hovers} hovers, wall time)`,
      value: `${latency}${empty > 0 ? ` · ${empty} without a card` : ''}`,
      target: `p95 ≤ ${TARGET_P95_MS} ms`,
      pass,
      spread: `max ${ms(times[times.length - 1])}`,
    });
    if (process.argv.includes('--show')) console.log(`--- ${kind} card ---\n${sample}\n`);
  }
  console.log('card       | hovers | latency | target | verdict');
  console.log('-----------+--------+---------+--------+--------');
  for (const row of rows) console.log(row);
  return { results, p50, failed };
}

function main(): void {
  const hovers = Math.max(1000, argument('--hovers', 2000));
  const sizes = process.argv.includes('--notes') ? [argument('--notes', 10_000)] : [1_000, 10_000, ...(process.argv.includes('--large') ? [50_000] : [])];
  const results: BenchResult[] = [];
  const measured = sizes.map((count) => {
    const run = measureHovers(count, hovers);
    results.push(...run.results);
    console.log('');
    return { count, ...run };
  });
  // A hover should cost the same whatever the workspace's size: per note, its cost falls.
  const growth: BenchGrowth[] = (['element', 'statistic', 'region'] as Kind[]).map((kind) => ({
    measure: `hover p50, ${kind} card (cost per note indexed)`,
    small: { items: measured[0].count, perItemMs: measured[0].p50[kind] / measured[0].count },
    large: { items: measured[measured.length - 1].count, perItemMs: measured[measured.length - 1].p50[kind] / measured[measured.length - 1].count },
  }));
  writeBenchReport({ bench: 'hover', results, growth: measured.length > 1 ? growth : undefined });
  if (measured.some((run) => run.failed)) {
    console.log('\nA target was missed.');
    process.exitCode = 1;
  }
}

main();
