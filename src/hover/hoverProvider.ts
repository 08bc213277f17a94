// Hover cards in Markdown notes: elements, statistics, regions and organizations, each with its
// sources (src/core/hover builds the Markdown). The card's MarkdownString runs no HTML and enables
// one command only, the extension's own "show figures" (whose links the card writes itself).
import * as vscode from 'vscode';
import { COPY_FIGURE_COMMAND, SHOW_FIGURES_COMMAND } from '../core/hover/markdownText';
import type { EntityNames } from '../core/hover/hoverCard';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { registerShowFiguresCommand } from './showFiguresCommand';
import { features } from '../lazyFeatures';

/** Lines longer than this get no hover: a minified blob is not prose. */
const MAX_LINE_LENGTH = 20_000;

/** The hover's Markdown settings: no HTML, no theme icons, only our commands (show figures, copy a figure with its citation). */
export function cardMarkdown(value: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(value, false);
  markdown.isTrusted = { enabledCommands: [SHOW_FIGURES_COMMAND, COPY_FIGURE_COMMAND] };
  markdown.supportHtml = false;
  return markdown;
}

export class NotesHoverProvider implements vscode.HoverProvider {
  private entitiesValue: EntityNames | undefined;

  constructor(private readonly index: WorkspaceIndex) {}

  /** Made on the first hover: it reads the notes index, which is not built during activation. */
  private get entities(): EntityNames {
    return (this.entitiesValue ??= new (features().EntityNames)(this.index.notes));
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const text = document.lineAt(position.line).text;
    if (text.length > MAX_LINE_LENGTH) return undefined;
    if (!features().isProseLine((line) => document.lineAt(line).text, document.lineCount, position.line)) return undefined;
    const target = features().hoverTarget(text, position.character, this.entities.lookup);
    if (!target) return undefined;
    const notePath = this.index.notePathOf(document.uri);
    // Unsaved edits waiting for the index's debounce are indexed now, so offsets match the editor.
    if (notePath !== undefined && target.kind === 'statistic') this.index.syncDocument(document);
    const card = features().buildHoverCard(this.index.notes, target, {
      notePath,
      offset: document.offsetAt(position),
      targetOffset: document.offsetAt(new vscode.Position(position.line, target.start)),
      entities: this.entities,
    }, {
      resolveWorkspacePath: (path) => this.index.uriOf(path)?.toString(),
    });
    if (card === undefined) return undefined;
    return new vscode.Hover(cardMarkdown(card), new vscode.Range(position.line, target.start, position.line, target.end));
  }
}

/** The hover provider for Markdown files and the show-figures command it links to. */
export function registerHoverSupport(index: WorkspaceIndex): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerHoverProvider({ language: 'markdown' }, new NotesHoverProvider(index)),
    registerShowFiguresCommand(index),
  );
}
