// Cost of the rare-earth injection grammar in the editor: tokenizes a seeded, 5,000-line note shaped
// like rare-earth news with VS Code's Markdown grammar alone and with our injection (vscode-textmate
// over vscode-oniguruma), alternating, several runs; prints medians, spread and the ratio of medians
// (computed within this one run) and exits non-zero when the ratio is over the budget. When the
// corpus is beside the project, the same is measured on a note made of its rare-earth article(s),
// for comparison (no target).
//   node scripts/build.mjs --tests && node out/bench/grammar.bench.js [--runs 15] [--empty]
// --empty also measures an injection with no patterns: the fixed cost of injecting at all.
import { performance } from 'node:perf_hooks';
import type { IGrammar } from 'vscode-textmate';
import { INITIAL } from 'vscode-textmate';
import { buildInjectionGrammar } from '../src/core/highlight/injectionGrammar';
import { seededRandom } from '../test/support/seededRandom';
import { loadMarkdownGrammar } from '../test/grammar/textmate';
import { existsSync } from 'node:fs';
import { findHighlights } from '../src/core/highlight/findHighlights';
import { htmlToMarkdown } from '../src/core/html/htmlToMarkdown';
import { CORPUS_DIR, corpusArticleBodies } from '../test/support/corpus';
import { median, writeBenchReport, type BenchResult } from './benchResults';

const BUDGET = 1.3;
const LINES = 5000;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const WARMUP = 3;

export function makeNote(lineCount: number, seed = 20240501): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const figure = () => pick([
    () => `${int(5, 95)}%`, () => `${int(10, 60)}–${int(61, 95)}%`, () => `about ${int(2, 90)} percent`,
    () => `${int(1, 999).toLocaleString('en-US')},${String(int(0, 999)).padStart(3, '0')} tonnes`,
    () => `US$${int(1, 9)}.${int(1, 9)} billion`, () => `$${int(40, 900)}/kg`, () => `${int(2, 90)} million`,
    () => `${int(1, 40)} kt`, () => `${int(2, 20)},${int(100, 999)} patents`, () => `${int(2, 10)}×`,
    () => `${int(100, 900)} MW`, () => `more than ${int(2, 50)}`, () => `${int(1, 9)}.${int(1, 9)} Mt per year`,
  ])();
  const element = () => pick([
    'neodymium', 'Dysprosium', 'terbium', 'praseodymium', 'NdPr oxide', 'NdFeB magnets', 'rare earths',
    'rare earth elements', 'REEs', 'heavy rare earths', 'lanthanum', 'cerium', 'yttrium (Y)', 'Nd-Pr', 'samarium-cobalt',
  ]);
  const word = () => pick([
    'the', 'company', 'said', 'production', 'in', 'China', 'output', 'prices', 'rose', 'fell', 'exports', 'a', 'of',
    'processing', 'capacity', 'Lynas', 'MP Materials', 'mine', 'refinery', 'quota', 'market', 'demand', 'supply',
    'analysts', 'expect', 'by', 'the end of', 'while', 'magnet', 'makers', 'Japan', 'the United States', 'which',
    'government', 'announced', 'new', 'policy', 'investment', 'project', 'Australia', 'in 2024', 'last year', 'on',
  ]);
  const sentence = () => {
    const parts: string[] = [];
    const length = int(8, 22);
    for (let i = 0; i < length; i++) {
      const r = random();
      parts.push(r < 0.035 ? figure() : r < 0.07 ? element() : word());
    }
    const text = parts.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const decorate = (text: string) => {
    const r = random();
    if (r < 0.08) return `${text} See [the report](https://example.com/reports/${int(2019, 2025)}/${int(1, 99)}).`;
    if (r < 0.14) return `${text} **${sentence()}**`;
    if (r < 0.18) return `${text} Use \`${word()}-${int(1, 99)}\` as the code.`;
    return text;
  };

  const lines: string[] = [
    '---', `title: "Rare earth output rises ${int(5, 40)}% in ${int(2020, 2025)}"`, 'date: 2024-05-01',
    'tags: [neodymium, dysprosium, magnets]', 'source: https://example.com/news/69%', '---', '',
  ];
  while (lines.length < lineCount) {
    const r = random();
    if (r < 0.07) lines.push(`## ${int(1, 9)} ${pick(['Reasons', 'Charts', 'Takeaways'])} on ${element()} ${figure()}`, '');
    else if (r < 0.15) {
      for (let i = 0, n = int(2, 6); i < n; i++) lines.push(`${pick(['-', '*', `${i + 1}.`])} ${decorate(sentence())}`);
      lines.push('');
    } else if (r < 0.17) {
      lines.push('```json', `{ "element": "Nd", "share": ${int(1, 99)}, "year": 2024 }`, '{ "growth": "69%" }', '```', '');
    } else if (r < 0.2) {
      lines.push(`> ${sentence()} ${sentence()}`, '');
    } else {
      // Paragraphs of one to four wrapped lines.
      for (let i = 0, n = int(1, 4); i < n; i++) lines.push(decorate(`${sentence()} ${sentence()}`));
      lines.push('');
    }
  }
  return lines.slice(0, lineCount).join('\n');
}

function tokenizeAll(grammar: IGrammar, lines: readonly string[]): number {
  let state = INITIAL;
  let tokens = 0;
  for (const line of lines) {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    tokens += result.tokens.length;
  }
  return tokens;
}

async function main(): Promise<void> {
  const lines = makeNote(LINES).split('\n');
  const plain = await loadMarkdownGrammar({ injection: false });
  const injected = await loadMarkdownGrammar({ injection: true });
  if (process.argv.includes('--empty')) {
    // Diagnostic: the fixed cost of any injection, with a grammar that has no patterns.
    const empty = await loadMarkdownGrammar({ injectionGrammar: { ...buildInjectionGrammar(), patterns: [] } });
    for (let i = 0; i < WARMUP; i++) tokenizeAll(empty, lines);
    const emptyTimes: number[] = [];
    const plainTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      let start = performance.now();
      tokenizeAll(plain, lines);
      plainTimes.push(performance.now() - start);
      start = performance.now();
      tokenizeAll(empty, lines);
      emptyTimes.push(performance.now() - start);
    }
    console.log(`  empty injection: ${(median(emptyTimes) / median(plainTimes)).toFixed(2)}× Markdown alone`);
  }
  const synthetic = compare(plain, injected, lines);
  print(`Tokenizing a ${lines.length}-line note, ${RUNS} runs after ${WARMUP} warm-up runs`, synthetic, true);
  const results: BenchResult[] = [{
    measure: `editor grammar: tokenizing a ${lines.length.toLocaleString('en')}-line note, Markdown + injection vs Markdown alone`,
    value: synthetic.value,
    target: `≤ ${BUDGET}×`,
    pass: synthetic.ratio <= BUDGET,
    spread: synthetic.spread,
  }];
  const real = corpusNote(LINES, lines.join('\n'));
  if (real) {
    const measured = compare(plain, injected, real.lines);
    print(`The same with a ${real.lines.length}-line note made of ${real.articles} real rare-earth article(s) of the corpus, repeated`, measured, false);
    results.push({
      measure: `editor grammar, the same on a ${real.lines.length.toLocaleString('en')}-line note made of the corpus's rare-earth article(s), repeated (${real.density})`,
      value: measured.value,
      target: '',
      spread: measured.spread,
    });
  }
  writeBenchReport({ bench: 'grammar', results });
  if (synthetic.ratio > BUDGET) process.exitCode = 1;
}

interface Comparison {
  times: { plain: number[]; injected: number[] };
  cpu: { plain: number[]; injected: number[] };
  tokens: { plain: number; injected: number };
  ratio: number;
  value: string;
  spread: string;
}

/** Tokenizes `lines` with Markdown alone and with the injection, alternating, RUNS times after a warm-up. */
function compare(plain: IGrammar, injected: IGrammar, lines: readonly string[]): Comparison {
  for (let i = 0; i < WARMUP; i++) {
    tokenizeAll(plain, lines);
    tokenizeAll(injected, lines);
  }
  const times: { plain: number[]; injected: number[] } = { plain: [], injected: [] };
  // CPU time as well: on a shared machine it moves less than wall time (the verdict uses wall time).
  const cpu: { plain: number[]; injected: number[] } = { plain: [], injected: [] };
  const tokens = { plain: 0, injected: 0 };
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order so drift (GC, CPU frequency) does not favour one side.
    const order = run % 2 === 0 ? (['plain', 'injected'] as const) : (['injected', 'plain'] as const);
    for (const which of order) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      tokens[which] = tokenizeAll(which === 'plain' ? plain : injected, lines);
      times[which].push(performance.now() - start);
      const usedCpu = process.cpuUsage(startCpu);
      cpu[which].push((usedCpu.user + usedCpu.system) / 1000);
    }
  }
  const ratios = times.plain.map((p, i) => times.injected[i] / p);
  const ratio = median(times.injected) / median(times.plain);
  const cpuRatio = median(cpu.injected) / median(cpu.plain);
  return {
    times,
    cpu,
    tokens,
    ratio,
    value: `${ratio.toFixed(2)}× (medians ${median(times.plain).toFixed(0)} ms alone, ${median(times.injected).toFixed(0)} ms with the injection; CPU ratio ${cpuRatio.toFixed(2)}×)`,
    spread: `per-run ratios ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)} over ${RUNS} runs`,
  };
}

function print(title: string, { times, cpu, tokens, ratio }: Comparison, judged: boolean): void {
  const ratios = times.plain.map((p, i) => times.injected[i] / p);
  const fmt = (values: number[]) => `median ${median(values).toFixed(1)} ms (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)})`;
  console.log(title);
  console.log(`  Markdown alone:          ${fmt(times.plain)}, ${tokens.plain} tokens`);
  console.log(`  Markdown + injection:    ${fmt(times.injected)}, ${tokens.injected} tokens`);
  console.log(`  CPU time, medians:       ${median(cpu.plain).toFixed(1)} ms alone, ${median(cpu.injected).toFixed(1)} ms with injection, ratio ${(median(cpu.injected) / median(cpu.plain)).toFixed(2)}×`);
  console.log(`  per-run ratios:          min ${Math.min(...ratios).toFixed(2)}, median ${median(ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)}`);
  console.log(`  ratio of medians:        ${ratio.toFixed(2)}×${judged ? ` (budget ${BUDGET}×) ${ratio <= BUDGET ? 'OK' : 'OVER BUDGET'}` : ' (for comparison, no target)'}`);
}

/**
 * A note of about `lineCount` lines made of the corpus's articles that name a rare earth (their
 * bodies as the importer converts them), repeated: real prose at its real density of highlights.
 * Undefined without the corpus beside the project. `generated`: the benchmark's own note, for comparison.
 */
function corpusNote(lineCount: number, generated: string): { lines: string[]; articles: number; density: string } | undefined {
  if (!existsSync(CORPUS_DIR)) return undefined;
  const bodies = corpusArticleBodies().map(htmlToMarkdown).filter((markdown) => findHighlights(markdown).some((highlight) => highlight.kind === 'element'));
  if (bodies.length === 0) return undefined;
  const lines: string[] = [];
  while (lines.length < lineCount) for (const body of bodies) lines.push(...body.split('\n'), '');
  lines.length = lineCount;
  const text = lines.join('\n');
  const perThousand = (note: string) => (findHighlights(note).length / (note.length / 1000)).toFixed(1);
  const density = `${perThousand(text)} highlights per 1,000 characters, against ${perThousand(generated)} in the generated note`;
  return { lines, articles: bodies.length, density };
}

if (require.main === module) void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
