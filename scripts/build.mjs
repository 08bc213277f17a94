// Builds the extension bundles and the CLI with esbuild; with --tests, also
// compiles every TypeScript file unbundled into out/ for mocha.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  legalComments: 'linked',
  logLevel: 'info',
  target: 'es2022',
};

const bundles = [
  // Desktop extension host.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // Web extension host: a worker with no Node built-ins; the build fails if one sneaks in.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'] },
  // Command-line interface.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
];

function listTypeScript(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTypeScript(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

// Unbundled CommonJS for mocha, both in plain Node and inside the extension host.
const testBuild = {
  entryPoints: ['src', 'test', 'bench'].flatMap((dir) => { try { return listTypeScript(dir); } catch { return []; } }),
  outdir: 'out',
  outbase: '.',
  platform: 'node',
  format: 'cjs',
  sourcemap: 'inline',
  target: 'es2022',
  logLevel: 'warning',
};

if (args.has('--tests')) {
  rmSync('out', { recursive: true, force: true });
  await esbuild.build(testBuild);
} else if (watch) {
  const contexts = await Promise.all(bundles.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  rmSync('dist', { recursive: true, force: true });
  await Promise.all(bundles.map((options) => esbuild.build(options)));
}
