import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'net', 'os', 'path', 'process', 'stream', 'url', 'util', 'worker_threads', 'zlib'];

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', 'test-results/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core runs in the desktop and web extension hosts and in the CLI alike. Its unit tests live
    // in test/unit/core, mirroring it, so nothing under src/core needs a Node built-in.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core must not depend on the editor API; put editor glue in a feature module.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core must run in the web extension host: no Node built-ins.' })),
        ],
        patterns: [{ group: ['node:*'], message: 'src/core must run in the web extension host: no Node built-ins.' }],
      }],
    },
  },
);
