// Generates syntaxes/rare-earth.injection.tmLanguage.json from src/core/highlight/injectionGrammar.ts,
// the one source of truth for the highlighting vocabulary and patterns. Run by scripts/build.mjs
// before bundling; test/grammar checks that the committed file matches.
//   node scripts/generateGrammar.mjs
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repoRoot = resolve(import.meta.dirname, '..');
export const grammarPath = join(repoRoot, 'syntaxes', 'rare-earth.injection.tmLanguage.json');

/** Bundles injectionGrammar.ts in memory and returns its buildInjectionGrammar() output. */
async function loadGrammar() {
  const entry = join(repoRoot, 'src', 'core', 'highlight', 'injectionGrammar.ts');
  const result = await esbuild.build({
    entryPoints: [entry], write: false, bundle: true, format: 'cjs', platform: 'node', target: 'es2022', logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(entry));
  return module.exports.buildInjectionGrammar();
}

/** Writes the grammar (2-space JSON, keys in the order buildInjectionGrammar gives them, trailing newline). */
export async function generateGrammar() {
  const grammar = await loadGrammar();
  mkdirSync(dirname(grammarPath), { recursive: true });
  writeFileSync(grammarPath, `${JSON.stringify(grammar, null, 2)}\n`);
  return grammarPath;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`wrote ${await generateGrammar()}`);
}
