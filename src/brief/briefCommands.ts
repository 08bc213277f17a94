// The brief commands: Insert Sourced Figure…, Copy Figure with Citation, Export Sources of This
// Brief, and the picker behind the "Cite a source…" quick fix. Each takes an optional argument so
// scripts and tests can run it without a dialog:
//   insertFigure({ id?: figure id, query?: 'dy price', format?: 'footnote' | 'inlineLink' | 'authorDate' })
//   copyFigureWithCitation({ id?, query? })          → the copied text
//   exportBriefSources({ destination?: 'clipboard' | 'document' }) → the bibliography
import * as vscode from 'vscode';
import type { CitationFormat } from '../core/brief/citation';
import type { IndexedFigure } from '../core/figures/noteFigure';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { citableFigures, figureById, planCitation, workspaceEditOf } from './briefFigures';
import { citationFormat } from './briefScope';
import { copyWithCitation, pickFigure } from './figurePicker';
import { COPY_FIGURE_COMMAND } from '../core/hover/markdownText';
import { features } from '../lazyFeatures';

export const INSERT_FIGURE_COMMAND = 'rareEarthNotes.insertFigure';
export const EXPORT_SOURCES_COMMAND = 'rareEarthNotes.exportBriefSources';
export const CITE_FIGURE_COMMAND = 'rareEarthNotes.citeFigure';

interface FigureArgument {
  id?: string;
  query?: string;
  format?: CitationFormat;
}

function figureArgument(value: unknown): FigureArgument | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const argument: FigureArgument = {};
  if (typeof record.id === 'string') argument.id = record.id;
  if (typeof record.query === 'string') argument.query = record.query.slice(0, 200);
  if (typeof record.format === 'string' && (features().CITATION_FORMATS as readonly string[]).includes(record.format)) argument.format = record.format as CitationFormat;
  return argument.id !== undefined || argument.query !== undefined || argument.format !== undefined ? argument : undefined;
}

/** The figure an argument names, or the user's pick; undefined (after telling the user) when there is none. */
async function resolveFigure(index: WorkspaceIndex, argument: FigureArgument | undefined, exclude: vscode.Uri | undefined, title: string): Promise<IndexedFigure | undefined> {
  if (argument?.id !== undefined) {
    const item = figureById(index, argument.id);
    if (!item) void vscode.window.showErrorMessage(`Rare Earth Notes: no figure ${argument.id} in the index. Its note may have changed; pick the figure again.`);
    return item;
  }
  if (!index.isReady) await index.whenReady();
  const figures = citableFigures(index, exclude);
  if (argument?.query !== undefined) {
    const item = features().searchFigures(figures, argument.query, 1)[0];
    if (!item) void vscode.window.showErrorMessage(`Rare Earth Notes: no figure matches "${argument.query}". Try an element, a country or a metric, e.g. "dy price".`);
    return item;
  }
  if (figures.length === 0) {
    void vscode.window.showInformationMessage('Rare Earth Notes: no figures to cite yet. Import articles as notes first (Import Article JSON…).');
    return undefined;
  }
  return pickFigure(figures, title, 'Search by element, country, organization, metric or value, e.g. "dy price" or "china mining"');
}

async function insertFigure(index: WorkspaceIndex, value: unknown): Promise<{ id: string; text: string; label?: string } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showErrorMessage('Rare Earth Notes: open a Markdown brief and place the cursor where the figure goes, then run Insert Sourced Figure… again.');
    return undefined;
  }
  const argument = figureArgument(value);
  const item = await resolveFigure(index, argument, editor.document.uri, 'Insert Sourced Figure');
  if (!item) return undefined;
  const document = editor.document;
  const plan = planCitation(document, editor.selection, item, argument?.format ?? citationFormat(document.uri));
  if (!await vscode.workspace.applyEdit(workspaceEditOf(document, plan))) {
    void vscode.window.showErrorMessage('Rare Earth Notes: the figure could not be inserted (the document changed or is read-only). Try again.');
    return undefined;
  }
  return { id: features().figureId(item), text: plan.main.newText, ...(plan.label !== undefined ? { label: plan.label } : {}) };
}

async function copyFigure(index: WorkspaceIndex, value: unknown): Promise<string | undefined> {
  const item = await resolveFigure(index, figureArgument(value), undefined, 'Copy Figure with Citation');
  if (!item) return undefined;
  const text = await copyWithCitation(item);
  void vscode.window.showInformationMessage(`Copied ${features().figureText(item)} with its citation.`);
  return text;
}

async function exportSources(value: unknown): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showErrorMessage('Rare Earth Notes: open the Markdown brief whose sources you want, then run Export Sources of This Brief again.');
    return undefined;
  }
  const document = editor.document;
  const sources = features().citedSources(document.getText());
  const name = document.uri.path.split('/').pop() ?? 'brief';
  const { bibliographyMarkdown, lineBreakOf } = features();
  const markdown = bibliographyMarkdown(sources, name, lineBreakOf(document.getText()));
  let destination = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).destination : undefined;
  if (destination !== 'clipboard' && destination !== 'document') {
    const choice = await vscode.window.showQuickPick(
      [
        { label: 'Copy to Clipboard', destination: 'clipboard' as const },
        { label: 'Open as New Markdown Document', destination: 'document' as const },
      ],
      { title: `Export ${sources.length} ${sources.length === 1 ? 'source' : 'sources'} of ${name}` },
    );
    if (!choice) return undefined;
    destination = choice.destination;
  }
  if (destination === 'clipboard') {
    await vscode.env.clipboard.writeText(markdown);
    void vscode.window.showInformationMessage(`Copied ${sources.length} ${sources.length === 1 ? 'source' : 'sources'} of ${name}.`);
  } else {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown }));
  }
  return markdown;
}

/** The quick fix "Cite a source…": a pick of figures, those with the figure's subject and value first; the citation goes after the figure. */
async function citeFigure(index: WorkspaceIndex, value: unknown): Promise<boolean> {
  const args = typeof value === 'object' && value !== null ? value as Record<string, unknown> : {};
  if (typeof args.uri !== 'string' || typeof args.start !== 'number' || typeof args.end !== 'number') return false;
  const uri = vscode.Uri.parse(args.uri);
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString()) ?? await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(document.positionAt(args.start), document.positionAt(args.end));
  const raw = document.getText(range);
  const candidates = Array.isArray(args.ranked) ? (args.ranked as unknown[]).filter((id): id is string => typeof id === 'string') : [];
  const first = candidates.map((id) => figureById(index, id)).filter((item): item is IndexedFigure => item !== undefined);
  const firstIds = new Set(first.map(features().figureId));
  const rest = citableFigures(index, document.uri).filter((item) => !firstIds.has(features().figureId(item)));
  const item = await pickFigure([...first, ...rest], `Cite a source for ${raw}`, 'Figures on the same subject with the same value come first');
  if (!item) return false;
  const end = document.positionAt(args.end);
  const plan = planCitation(document, new vscode.Range(end, end), item, citationFormat(document.uri), '');
  return vscode.workspace.applyEdit(workspaceEditOf(document, plan));
}

export function registerBriefCommands(index: WorkspaceIndex): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(INSERT_FIGURE_COMMAND, (value?: unknown) => insertFigure(index, value)),
    vscode.commands.registerCommand(COPY_FIGURE_COMMAND, (value?: unknown) => copyFigure(index, value)),
    vscode.commands.registerCommand(EXPORT_SOURCES_COMMAND, (value?: unknown) => exportSources(value)),
    vscode.commands.registerCommand(CITE_FIGURE_COMMAND, (value?: unknown) => citeFigure(index, value)),
  );
}
