// The import pipeline on synthetic REST answers (bench/syntheticArticles.ts), 100 posts a page as a
// site import fetches them: validate (parseArticleJson), convert and render the note. The same
// pipeline with the HTML converter swapped for turndown (what most WordPress-to-Markdown tools use)
// and for node-html-markdown runs in the same process on the same pages, so the ratios compare like
// with like. Run:
//   node scripts/build.mjs --tests && node --expose-gc out/bench/importPipeline.bench.js [--large]
// --large adds 50,000 articles. Exits non-zero when the target (≥ 2× turndown) is missed.
import TurndownService from 'turndown';
import { NodeHtmlMarkdown } from 'node-html-markdown';
import { articleToNote } from '../src/core/import/articleToNote';
import { renderNewNote } from '../src/core/note/renderNote';
import { DEFAULT_TAXONOMY_MAPPING } from '../src/core/wordpress/taxonomyMapping';
import { parseArticleJson } from '../src/core/wordpress/parseArticleJson';
import type { WpPost } from '../src/core/wordpress/wpPost';
import { cpuNow, median, spreadOf, writeBenchReport, type BenchGrowth, type BenchResult } from './benchResults';
import { markdownQualityIssues } from './markdownQuality';
import { syntheticPosts } from './syntheticArticles';

const PAGE_SIZE = 100;
const IMPORTED = '2026-01-01T00:00:00.000Z';
const TARGET_RATIO = 2;

interface Pipeline {
  name: string;
  /** HTML → Markdown; undefined for the product's own pipeline (articleToNote converts). */
  convert?: (html: string) => string;
}

const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', emDelimiter: '*', bulletListMarker: '-' });
const nhm = new NodeHtmlMarkdown();
const PIPELINES: Pipeline[] = [
  { name: 'Rare Earth Notes (htmlparser2 + own emitter)' },
  { name: 'same pipeline, turndown', convert: (html) => turndown.turndown(html) },
  { name: 'same pipeline, node-html-markdown', convert: (html) => nhm.translate(html) },
];

/** One REST page: validate, convert, render. Returns the notes' text. */
function importPage(pipeline: Pipeline, pageText: string): string[] {
  const parsed = parseArticleJson(pageText, 'page.json');
  if (parsed.failures.length > 0) throw new Error(`synthetic page failed validation: ${parsed.failures[0].message}`);
  return parsed.articles.map(({ post }) => {
    if (!pipeline.convert) return renderNewNote(articleToNote(post, DEFAULT_TAXONOMY_MAPPING, IMPORTED));
    const note = articleToNote({ ...post, content: { ...post.content, rendered: '' } } as WpPost, DEFAULT_TAXONOMY_MAPPING, IMPORTED);
    return renderNewNote({ ...note, body: pipeline.convert(post.content.rendered) });
  });
}

function pagesOf(count: number): { pages: string[]; bytes: number } {
  const posts = syntheticPosts(count);
  const pages: string[] = [];
  for (let i = 0; i < posts.length; i += PAGE_SIZE) pages.push(JSON.stringify(posts.slice(i, i + PAGE_SIZE)));
  return { pages, bytes: pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0) };
}

interface Measured {
  articlesPerSecond: number;
  mbPerSecond: number;
  perArticleMs: number;
  runs: number[];
}

function measure(pipeline: Pipeline, pages: readonly string[], count: number, bytes: number, runs: number): Measured {
  importPage(pipeline, pages[0]); // warm-up
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = cpuNow();
    for (const page of pages) importPage(pipeline, page);
    times.push(cpuNow() - start);
  }
  const ms = median(times);
  return { articlesPerSecond: (count / ms) * 1000, mbPerSecond: bytes / 1e6 / (ms / 1000), perArticleMs: ms / count, runs: times };
}

function main(): void {
  const sizes = [1_000, 10_000, ...(process.argv.includes('--large') ? [50_000] : [])];
  const results: BenchResult[] = [];
  const growth: BenchGrowth[] = [];
  const perArticle = new Map<string, { items: number; perItemMs: number }[]>();
  for (const count of sizes) {
    const { pages, bytes } = pagesOf(count);
    const runs = count <= 1_000 ? 5 : 3;
    console.log(`${count.toLocaleString('en')} articles, ${(bytes / 1e6).toFixed(1)} MB of JSON in ${pages.length} pages; CPU time, median of ${runs} runs`);
    const measured = PIPELINES.map((pipeline) => measure(pipeline, pages, count, bytes, runs));
    const [ours, viaTurndown, viaNhm] = measured;
    PIPELINES.forEach((pipeline, i) => {
      const m = measured[i];
      console.log(`  ${pipeline.name.padEnd(46)} ${m.articlesPerSecond.toFixed(0).padStart(6)} articles/s  ${m.mbPerSecond.toFixed(1).padStart(5)} MB/s  ${(m.articlesPerSecond / viaTurndown.articlesPerSecond).toFixed(2)}× turndown`);
      const list = perArticle.get(pipeline.name) ?? [];
      list.push({ items: count, perItemMs: m.perArticleMs });
      perArticle.set(pipeline.name, list);
    });
    const ratio = ours.articlesPerSecond / viaTurndown.articlesPerSecond;
    const format = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    results.push({
      measure: `import pipeline, ${count.toLocaleString('en')} articles (validate, convert, render)`,
      value: `${ours.articlesPerSecond.toFixed(0)} articles/s, ${ours.mbPerSecond.toFixed(1)} MB/s; ${ratio.toFixed(2)}× turndown (${viaTurndown.articlesPerSecond.toFixed(0)}/s), ${(ours.articlesPerSecond / viaNhm.articlesPerSecond).toFixed(2)}× node-html-markdown (${viaNhm.articlesPerSecond.toFixed(0)}/s)`,
      target: `≥ ${TARGET_RATIO}× turndown`,
      pass: ratio >= TARGET_RATIO,
      spread: spreadOf(ours.runs, format),
    });
    if (count === sizes[0]) {
      const issues = markdownQualityIssues(pages.slice(0, 2).flatMap((page) => importPage(PIPELINES[0], page)));
      const clean = issues.tags + issues.screenReaderText + issues.blockComments === 0;
      results.push({
        measure: 'quality of the notes written (200 articles)',
        value: `${issues.tags} HTML tags, ${issues.screenReaderText} screen-reader texts, ${issues.blockComments} block comments, ${issues.needlessEscapes} needless escapes`,
        target: 'no tags, screen-reader text or block comments',
        pass: clean,
      });
    }
  }
  for (const [name, points] of perArticle) {
    growth.push({ measure: `import, ${name}`, small: points[0], large: points[points.length - 1] });
  }
  writeBenchReport({ bench: 'importPipeline', results, growth });
  for (const row of results) console.log(`${row.pass === false ? 'FALLS SHORT' : 'ok'}: ${row.measure}: ${row.value} (target ${row.target})`);
  if (results.some((row) => row.pass === false)) process.exitCode = 1;
}

main();
