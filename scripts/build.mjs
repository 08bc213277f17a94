// Builds the extension bundles and the CLI with esbuild; with --tests, instead compiles every
// TypeScript file unbundled into out/ for mocha (scripts/testBuild.mjs).
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { generateGrammar } from './generateGrammar.mjs';
import { buildTests } from './testBuild.mjs';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');

// The code only needs htmlparser2's streaming Parser: its index also re-exports DomUtils, which pulls
// in a serializer with an older copy of the entity tables (~130 KB of bundle for nothing).
// resolve() gives <package>/dist/commonjs/index.js (the package exports no package.json).
const htmlparser2Dist = dirname(dirname(createRequire(import.meta.url).resolve('htmlparser2')));
const parserOnly = {
  name: 'htmlparser2-parser-only',
  setup(build) {
    build.onResolve({ filter: /^htmlparser2$/ }, () => ({ path: join(htmlparser2Dist, 'esm', 'Parser.js') }));
  },
};

// The desktop entry keeps the heavy modules out of the activation path: src/lazyFeatures.ts
// requires './features' on first use, which this plugin leaves to Node as dist/features.js (built
// below). The web host loads one file only, so the web bundle inlines it; esbuild still evaluates a
// required module only when it is first required.
const featuresApart = {
  name: 'features-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/features$/ }, (args) => (args.importer.endsWith('lazyFeatures.ts') ? { path: './features.js', external: true } : undefined));
  },
};

const common = {
  bundle: true,
  plugins: [parserOnly],
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  target: 'es2022',
};

const bundles = [
  // Desktop extension host: registration (loaded at activation) and the features it loads on first use.
  { ...common, plugins: [parserOnly, featuresApart], entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/features.ts'], outfile: 'dist/features.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // Web extension host: a worker with no Node built-ins; the build fails if one sneaks in.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'] },
  // Command-line interface.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
];

if (args.has('--tests')) {
  await buildTests();
} else if (watch) {
  await generateGrammar();
  const contexts = await Promise.all(bundles.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  rmSync('dist', { recursive: true, force: true });
  // The TextMate injection grammar is generated from src/core/highlight (one source of truth).
  await generateGrammar();
  await Promise.all(bundles.map((options) => esbuild.build(options)));
}
