// Completion of `@query` in Markdown: `@dy price`, `@china mining`. Accepting an item replaces the
// `@query` with the figure's text and its citation, and adds the footnote definition, as the
// Insert Sourced Figure command does.
import * as vscode from 'vscode';
import { escapeMarkdown, truncate } from '../core/hover/markdownText';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { citableFigures, planCitation, toTextEdit } from './briefFigures';
import { citationFormat } from './briefScope';
import { figureItem } from './figurePicker';
import { features } from '../lazyFeatures';

const MAX_ITEMS = 50;
/** `@` at the start of a line or after a space or bracket, then the query (no second `@`), up to the cursor. */
const QUERY = /(?:^|[\s([{>])@([^@\s][^@\r\n]{0,60})?$/;

export class FigureCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const match = QUERY.exec(before);
    if (!match) return undefined;
    const query = match[1] ?? '';
    const at = position.character - query.length - 1;
    const range = new vscode.Range(position.line, at, position.line, position.character);
    const format = citationFormat(document.uri);
    const { citationSourceOf, searchFigures, sourceName, sourceYear } = features();
    const figures = searchFigures(citableFigures(this.index, document.uri), query, MAX_ITEMS);
    const items = figures.map((item, rank) => {
      const shown = figureItem(item);
      const source = citationSourceOf(item);
      const plan = planCitation(document, range, item, format);
      const completion = new vscode.CompletionItem({ label: shown.label, description: `${sourceName(source)} ${sourceYear(source)}` }, vscode.CompletionItemKind.Reference);
      completion.detail = [item.figure.metric, shown.detail].filter((part) => part).join(' — ');
      if (item.origin === 'note') completion.documentation = new vscode.MarkdownString(`> ${escapeMarkdown(truncate(item.figure.sentence, 300))}`);
      completion.range = range;
      completion.insertText = plan.main.newText;
      completion.additionalTextEdits = plan.extra.map((edit) => toTextEdit(document, edit));
      // Our ranking, not the editor's fuzzy match on the label: every item matches the typed `@query`.
      completion.filterText = `@${query}`;
      completion.sortText = String(rank).padStart(4, '0');
      return completion;
    });
    // Typing on changes the query: ask again rather than filter this list.
    return new vscode.CompletionList(items, true);
  }
}

export function registerFigureCompletion(index: WorkspaceIndex): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new FigureCompletionProvider(index), '@');
}
