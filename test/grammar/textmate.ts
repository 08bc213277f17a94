// Loads VS Code's Markdown grammar (from the tm-grammars package, sourced from microsoft/vscode
// extensions/markdown-basics) into vscode-textmate over vscode-oniguruma, the engine VS Code uses,
// with or without our injection. Shared by the grammar tests and bench/grammar.bench.ts.
import { readFileSync } from 'node:fs';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { buildInjectionGrammar, INJECTION_SCOPE_NAME } from '../../src/core/highlight/injectionGrammar';

export const MARKDOWN_SCOPE_NAME = 'text.html.markdown';

/** Grammars the Markdown grammar embeds that matter for our tests (front matter, HTML); others are left out. */
const TM_GRAMMAR_FILES: Record<string, string> = {
  'text.html.markdown': 'markdown.json',
  'source.yaml': 'yaml.json',
  'text.html.basic': 'html.json',
  'text.html.derivative': 'html-derivative.json',
  'source.css': 'css.json',
  'source.js': 'javascript.json',
};

let onigLib: Promise<textmate.IOnigLib> | undefined;

function loadOniguruma(): Promise<textmate.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

export interface LoadOptions {
  /** Inject our grammar (default true). */
  injection?: boolean;
  /** The injection grammar to use instead of buildInjectionGrammar(), e.g. the generated file. */
  injectionGrammar?: object;
}

/** The Markdown grammar, with our injection unless `injection: false`. */
export async function loadMarkdownGrammar(options: LoadOptions = {}): Promise<textmate.IGrammar> {
  const inject = options.injection ?? true;
  const registry = new textmate.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scopeName) => {
      if (scopeName === INJECTION_SCOPE_NAME) {
        return textmate.parseRawGrammar(JSON.stringify(options.injectionGrammar ?? buildInjectionGrammar()), 'injection.json');
      }
      const file = TM_GRAMMAR_FILES[scopeName];
      if (!file) return null;
      const path = require.resolve(`tm-grammars/grammars/${file}`);
      return textmate.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
    getInjections: (scopeName) => (inject && scopeName === MARKDOWN_SCOPE_NAME ? [INJECTION_SCOPE_NAME] : undefined),
  });
  const grammar = await registry.loadGrammar(MARKDOWN_SCOPE_NAME);
  if (!grammar) throw new Error('could not load the Markdown grammar');
  return grammar;
}

export interface Token {
  text: string;
  scopes: string[];
}

/** Tokenizes a document line by line; one array of tokens per line. */
export function tokenizeLines(grammar: textmate.IGrammar, text: string): Token[][] {
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}
