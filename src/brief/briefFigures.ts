// The figures a brief may cite (every note figure of the index outside briefs, and the reference
// dataset), finding one by id, and turning a core citation plan into editor edits.
import * as vscode from 'vscode';
import type { CitationEdits, TextEditPlan } from '../core/brief/footnotes';
import type { CitationFormat } from '../core/brief/citation';
import type { IndexedFigure } from '../core/figures/noteFigure';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { isBrief } from './briefScope';
import { features } from '../lazyFeatures';

/** Figures whose note is a brief are claims, not sources: they are never offered or compared. */
export function sourceFilter(index: WorkspaceIndex, exclude?: vscode.Uri): (item: IndexedFigure) => boolean {
  const briefByPath = new Map<string, boolean>();
  const excluded = exclude === undefined ? undefined : index.notePathOf(exclude);
  return (item) => {
    if (item.origin === 'reference') return true;
    const { notePath } = item.provenance;
    if (notePath === excluded) return false;
    let brief = briefByPath.get(notePath);
    if (brief === undefined) {
      const uri = index.uriOf(notePath);
      brief = uri !== undefined && isBrief(uri);
      briefByPath.set(notePath, brief);
    }
    return !brief;
  };
}

/** Every citable figure: note figures newest first, then the reference dataset. */
export function citableFigures(index: WorkspaceIndex, exclude?: vscode.Uri): IndexedFigure[] {
  return index.notes.figures({}).filter(sourceFilter(index, exclude));
}

/** The figure with an id made by figureId (`ref:…`, `note:<path>#<offset>`), if it is still indexed. */
export function figureById(index: WorkspaceIndex, id: string): IndexedFigure | undefined {
  if (id.startsWith('ref:')) {
    const figure = features().referenceData.figures.find((candidate) => candidate.id === id.slice(4));
    return figure && { origin: 'reference', figure };
  }
  const match = /^note:(.+)#(\d+)$/.exec(id);
  if (!match) return undefined;
  const provenance = index.notes.provenanceOf(match[1]);
  const figure = index.notes.figuresOf(match[1]).find((candidate) => candidate.start === Number(match[2]));
  return provenance && figure && { origin: 'note', figure, provenance };
}

export function toTextEdit(document: vscode.TextDocument, plan: TextEditPlan): vscode.TextEdit {
  return new vscode.TextEdit(new vscode.Range(document.positionAt(plan.start), document.positionAt(plan.end)), plan.newText);
}

/** The citation plan for inserting (or replacing [start, end) with) a figure in a document. */
export function planCitation(document: vscode.TextDocument, range: vscode.Range, item: IndexedFigure, format: CitationFormat, text = features().figureText(item)): CitationEdits {
  const { citationEdits, citationSourceOf } = features();
  return citationEdits(document.getText(), { start: document.offsetAt(range.start), end: document.offsetAt(range.end) }, text, citationSourceOf(item), format);
}

/** The plan as one workspace edit. */
export function workspaceEditOf(document: vscode.TextDocument, plan: CitationEdits): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const part of [plan.main, ...plan.extra]) edit.replace(document.uri, new vscode.Range(document.positionAt(part.start), document.positionAt(part.end)), part.newText);
  return edit;
}
