// The real WordPress answers in ../shared/corpus (beside the project, never copied into it: their
// text is not ours). Tests and benchmarks read them from there when the folder exists.
import { readdirSync, statSync } from 'node:fs';
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
