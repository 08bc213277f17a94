// What a benchmark hands `npm run bench` for docs/BENCHMARKS.md: its measured rows, written as JSON
// to the folder named by BENCH_RESULTS_DIR (set by scripts/bench.mjs). A benchmark run on its own
// (without that variable) only prints.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface BenchResult {
  /** What was measured, e.g. "index build, 10,000 notes". */
  measure: string;
  /** The measured figure as shown, e.g. "3.9 s CPU (0.39 ms/note)". */
  value: string;
  /** The target as shown ("≤ 5 s"), or '' for a figure without one. */
  target: string;
  /** Whether the target is met; undefined for a figure without one. */
  pass?: boolean;
  /** The spread of repeated runs, e.g. "min 3.7 s, max 4.2 s over 3 runs". */
  spread?: string;
}

/** Growth of one cost with the number of notes: per-item cost at the small and the large size. */
export interface BenchGrowth {
  measure: string;
  small: { items: number; perItemMs: number };
  large: { items: number; perItemMs: number };
}

export interface BenchReport {
  bench: string;
  results: BenchResult[];
  growth?: BenchGrowth[];
}

export function writeBenchReport(report: BenchReport): void {
  const dir = process.env.BENCH_RESULTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${report.bench}.json`), JSON.stringify(report, null, 2));
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** The p-th percentile of sorted values (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** "min 3.7, max 4.2 over 3 runs" in the given unit. */
export function spreadOf(values: readonly number[], format: (value: number) => string): string {
  return `min ${format(Math.min(...values))}, max ${format(Math.max(...values))} over ${values.length} runs`;
}

/** CPU time of this process (user + system), in ms: "on one core", whatever else the machine runs. */
export function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * CPU time of a fixed piece of work shaped like an index build (many small objects kept in a growing
 * heap, strings scanned), nothing of ours in it: on these shared machines the same code runs a third
 * slower at some times than at others, and this tells such a time from a slower build.
 */
export function machineProbe(): number {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = cpuNow();
    const kept: { id: number; name: string; share: boolean; tags: string[] }[] = [];
    for (let i = 0; i < 200_000; i++) {
      const name = `note ${i} about neodymium, ${i % 97}% of supply`;
      kept.push({ id: i, name, share: /[0-9]+%/.test(name), tags: [name.slice(0, 4), String(i % 13)] });
    }
    times.push(cpuNow() - start);
  }
  return median(times);
}

/** Times of repeated calls, in ms, each list sorted ascending. */
export interface Latencies {
  cpu: number[];
  wall: number[];
}

/**
 * CPU and wall-clock times of `run`, called `iterations` times after `warmup` untimed calls;
 * `before` runs untimed before each call. Latency targets (what a user waits for) are judged on the
 * wall-clock times, build targets ("on one core") on CPU time.
 */
export function measureLatencies(iterations: number, run: (i: number) => void, options: { warmup: number; before?: (i: number) => void }): Latencies {
  for (let i = 0; i < options.warmup; i++) {
    options.before?.(i);
    run(i);
  }
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < iterations; i++) {
    options.before?.(i);
    const wallStart = performance.now();
    const cpuStart = cpuNow();
    run(i);
    cpu.push(cpuNow() - cpuStart);
    wall.push(performance.now() - wallStart);
  }
  return { cpu: cpu.sort((a, b) => a - b), wall: wall.sort((a, b) => a - b) };
}

/** Prints results as an aligned table: measure | result | target | verdict. */
export function printResults(results: readonly BenchResult[]): void {
  const header: BenchResult = { measure: 'measure', value: 'result', target: 'target' };
  const verdict = (row: BenchResult) => (row.pass === undefined ? '' : row.pass ? 'PASS' : 'FALL SHORT');
  const all = [header, ...results];
  const widths = {
    measure: Math.max(...all.map((row) => row.measure.length)),
    value: Math.max(...all.map((row) => row.value.length)),
    target: Math.max(...all.map((row) => row.target.length)),
  };
  const line = (row: BenchResult, status: string) =>
    `${row.measure.padEnd(widths.measure)} | ${row.value.padEnd(widths.value)} | ${row.target.padEnd(widths.target)} | ${status}`;
  console.log(line(header, ''));
  console.log(`${'-'.repeat(widths.measure)}-+-${'-'.repeat(widths.value)}-+-${'-'.repeat(widths.target)}-+-----------`);
  for (const row of results) console.log(line(row, verdict(row)));
}
