// Compares HTML → Markdown converters on the real article corpus
// (../shared/corpus): throughput and a few quality checks. Run with
//   node scripts/build.mjs --tests && node out/bench/htmlConverters.bench.js
import { existsSync } from 'node:fs';
import TurndownService from 'turndown';
import { NodeHtmlMarkdown } from 'node-html-markdown';
import { htmlToMarkdown } from '../src/core/html/htmlToMarkdown';
import { CORPUS_DIR, corpusArticleBodies } from '../test/support/corpus';
import { median, spreadOf, writeBenchReport, type BenchResult } from './benchResults';
import { markdownQualityIssues } from './markdownQuality';

interface Converter {
  name: string;
  convert: (html: string) => string;
}

const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', emDelimiter: '*', bulletListMarker: '-' });
const nhm = new NodeHtmlMarkdown();

const converters: Converter[] = [
  { name: 'turndown (domino)', convert: (html) => turndown.turndown(html) },
  { name: 'node-html-markdown', convert: (html) => nhm.translate(html) },
  { name: 'htmlparser2 + own emitter', convert: htmlToMarkdown },
];

function main(): void {
  if (!existsSync(CORPUS_DIR)) {
    console.log(`skipped: no corpus at ${CORPUS_DIR}`);
    return;
  }
  const bodies = corpusArticleBodies();
  const bytes = bodies.reduce((sum, html) => sum + Buffer.byteLength(html), 0);
  const rounds = 15;
  const passes = 20; // each round converts the corpus this many times
  console.log(`corpus: ${bodies.length} articles, ${(bytes / 1024).toFixed(1)} KiB of HTML; median of ${rounds} rounds x ${passes} passes`);
  const rows: string[][] = [];
  const results: BenchResult[] = [];
  let baseline = 0;
  for (const converter of converters) {
    for (const html of bodies) converter.convert(html); // warm up
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const start = performance.now();
      for (let pass = 0; pass < passes; pass++) for (const html of bodies) converter.convert(html);
      times.push((performance.now() - start) / 1000);
    }
    const seconds = median(times);
    const articlesPerSecond = (bodies.length * passes) / seconds;
    if (baseline === 0) baseline = articlesPerSecond;
    const issues = markdownQualityIssues(bodies.map((html) => converter.convert(html)));
    results.push({
      measure: `HTML → Markdown on the real corpus (${bodies.length} articles): ${converter.name}`,
      value: `${articlesPerSecond.toFixed(0)} articles/s, ${((bytes * passes) / seconds / 1e6).toFixed(2)} MB/s, ${(articlesPerSecond / baseline).toFixed(2)}× turndown; ${issues.tags} tags, ${issues.screenReaderText} screen-reader texts, ${issues.needlessEscapes} needless escapes`,
      target: converter.convert === htmlToMarkdown ? '≥ 2× turndown' : '',
      pass: converter.convert === htmlToMarkdown ? articlesPerSecond / baseline >= 2 : undefined,
      spread: spreadOf(times.map((s) => (bodies.length * passes) / s), (rate) => `${rate.toFixed(0)}/s`),
    });
    rows.push([
      converter.name,
      articlesPerSecond.toFixed(0),
      ((bytes * passes) / seconds / 1e6).toFixed(2),
      (articlesPerSecond / baseline).toFixed(2) + 'x',
      String(issues.tags),
      String(issues.screenReaderText),
      String(issues.blockComments),
      String(issues.needlessEscapes),
    ]);
  }
  const header = ['converter', 'articles/s', 'MB/s', 'vs turndown', 'html tags', 'sr text', 'wp: comments', 'needless escapes'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string => '| ' + cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(header));
  console.log('| ' + widths.map((width) => '-'.repeat(width)).join(' | ') + ' |');
  for (const row of rows) console.log(line(row));
  writeBenchReport({ bench: 'htmlConverters', results });
  if (results.some((result) => result.pass === false)) process.exitCode = 1;
}

main();
