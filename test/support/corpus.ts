// The real WordPress answers in ../shared/corpus (beside the project, never copied into it: their
// text is not ours). Tests and benchmarks read them from there when the folder exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(process.cwd(), '../shared/corpus');

/** Every JSON file under the corpus folder, sorted. */
export function corpusJsonFiles(dir: string = CORPUS_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return corpusJsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  }).sort();
}

/** The HTML body (content.rendered) of every post in the corpus's JSON files. */
export function corpusArticleBodies(): string[] {
  const bodies: string[] = [];
  for (const file of corpusJsonFiles()) {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    for (const post of Array.isArray(data) ? data : [data]) {
      const html = (post as { content?: { rendered?: unknown } })?.content?.rendered;
      if (typeof html === 'string') bodies.push(html);
    }
  }
  return bodies;
}
