// Benchmarks the notes tree on 10,000 synthetic notes (bench/syntheticNotes.ts): what the view's
// provider asks the model for, and the item text it builds from it. Not a timed test: run
//   node scripts/build.mjs --tests && node --expose-gc out/bench/tree.bench.js [--notes 10000]
// It prints a table and exits non-zero when a target is missed. Targets are latencies, judged on the
// median wall-clock time; CPU medians are printed beside. "Cold" runs
// follow a change to the index, so the model's caches are rebuilt inside the measured call.
import { performance } from 'node:perf_hooks';
import { NotesIndex } from '../src/core/index/notesIndex';
import { DEFAULT_SETTINGS, NotesTreeModel, type EntityNode, type NoteNode, type TreeSettings } from '../src/core/tree/notesTree';
import { noteDescription, noteTooltipMarkdown } from '../src/core/tree/treeItemText';
import { measureLatencies, median, printResults, writeBenchReport, type BenchResult } from './benchResults';
import { syntheticNotes } from './syntheticNotes';

type Row = BenchResult;

const rows: Row[] = [];
const RUNS = 25;

const ms = (value: number) => `${value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0)} ms`;

/** Median wall-clock (judged: what the user waits) and CPU time of `run` over RUNS runs after 3 warm-up runs; `before` runs untimed before each. */
function measure(label: string, targetMs: number | undefined, run: () => number, before?: () => void): void {
  let size = 0;
  const times = measureLatencies(RUNS, () => {
    size = run();
  }, { warmup: 3, before });
  const time = median(times.wall);
  rows.push({
    measure: `${label} → ${size.toLocaleString('en')} items`,
    value: `wall ${ms(time)} · cpu ${ms(median(times.cpu))} (median of ${RUNS})`,
    target: targetMs === undefined ? '' : `≤ ${targetMs} ms`,
    pass: targetMs === undefined ? undefined : time <= targetMs,
  });
}

/** What the provider builds for each note item besides the title: description and tooltip. */
function itemTexts(notes: readonly NoteNode[]): number {
  let length = 0;
  for (const node of notes) length += noteDescription(node.note).length + noteTooltipMarkdown(node.note).length;
  return length;
}

function main(): void {
  const args = process.argv.slice(2);
  const count = Number(args[args.indexOf('--notes') + 1]) || 10_000;
  // Every fifth note also gets the topic "Bench sample", so one entity holds 2,000 of 10,000 notes
  // (the generator's own entities are each in most notes or in far fewer).
  const notes = syntheticNotes(count).map((note, i) => (i % 5 === 0 ? { ...note, text: note.text.replace('\ntopics:\n', '\ntopics:\n  - Bench sample\n') } : note));
  const index = new NotesIndex();
  const built = performance.now();
  for (const note of notes) index.set(note.notePath, note.text);
  const tree = new NotesTreeModel(index, { inScope: (notePath) => notePath.endsWith('.md') });
  rows.push({ measure: 'synthetic workspace', value: `${count.toLocaleString('en')} notes indexed in ${ms(performance.now() - built)}`, target: '' });

  const settings: TreeSettings = { ...DEFAULT_SETTINGS };
  // A change to one note (the same text: the index's version moves, its content does not) makes the next call cold.
  const touch = () => index.set(notes[0].notePath, notes[0].text);

  // The largest entity of any kind, and the smallest one with at least 2,000 notes.
  const all = (['region', 'organization', 'topic', 'element'] as const).flatMap((kind) => tree.entities(kind, settings));
  const largest = all.reduce((a, b) => (b.count > a.count ? b : a));
  const atLeast2000 = all.filter((entity) => entity.count >= 2000).sort((a, b) => a.count - b.count)[0] as EntityNode | undefined;
  rows.push({ measure: 'largest entity', value: `${largest.label} (${largest.kind}): ${largest.count.toLocaleString('en')} notes`, target: '' });
  const entity = atLeast2000 ?? largest;
  const entityLabel = `${entity.label}, ${entity.count.toLocaleString('en')} notes`;

  measure('root children, cold (after a change)', 50, () => tree.children(undefined, settings).length, touch);
  measure('root children, warm', 50, () => tree.children(undefined, settings).length);
  measure('group children (regions), cold', undefined, () => tree.entities('region', settings).length, touch);
  measure(`entity children by date + item text (${entityLabel}), cold`, 100, () => {
    const children = tree.entityNotes(entity.kind, entity.name, settings);
    itemTexts(children);
    return children.length;
  }, touch);
  measure(`entity children by title + item text (${entityLabel}), cold`, 100, () => {
    const children = tree.entityNotes(entity.kind, entity.name, { ...settings, sort: 'title' });
    itemTexts(children);
    return children.length;
  }, touch);
  const filtered = { ...settings, filter: 'note 12' };
  measure('root children with a filter (titles "note 12"), cold', 50, () => tree.children(undefined, filtered).length, touch);
  measure(`entity children with a filter (${entityLabel})`, 100, () => tree.entityNotes(entity.kind, entity.name, filtered).length);
  measure(`entity children by date + item text (${largest.label}, ${largest.count.toLocaleString('en')} notes), cold`, undefined, () => {
    const children = tree.entityNotes(largest.kind, largest.name, settings);
    itemTexts(children);
    return children.length;
  }, touch);
  measure('places of one note (partial refresh)', undefined, () => tree.placesOf(notes[1].notePath).length);

  printResults(rows);
  writeBenchReport({ bench: 'tree', results: rows });
  if (!atLeast2000) console.log(`\nNo entity has 2,000 notes; measured the largest (${largest.count}).`);
  const missed = rows.filter((row) => row.pass === false);
  if (missed.length > 0) {
    console.log(`\n${missed.length} target(s) missed.`);
    process.exitCode = 1;
  }
}

main();
