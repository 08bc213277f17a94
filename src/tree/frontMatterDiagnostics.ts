// A note whose front matter is not valid YAML gets a diagnostic on the line of the problem, saying
// what is wrong and that the note is listed under Unsorted meanwhile; it goes when the note is
// fixed, deleted or renamed.
import * as vscode from 'vscode';
import type { IndexChange, WorkspaceIndex } from '../index/workspaceIndex';

export function registerFrontMatterDiagnostics(index: WorkspaceIndex): vscode.Disposable {
  const diagnostics = vscode.languages.createDiagnosticCollection('rareEarthNotes.frontMatter');
  /** The URI each diagnosed note was reported under, so a renamed or deleted note's diagnostic goes. */
  const reported = new Map<string, vscode.Uri>();

  const update = (notePath: string): void => {
    const previous = reported.get(notePath);
    if (previous) diagnostics.delete(previous);
    reported.delete(notePath);
    const error = index.notes.provenanceOf(notePath)?.frontMatterError;
    const uri = index.uriOf(notePath);
    if (!error || !uri) return;
    const range = new vscode.Range(error.line, 0, error.line, Number.MAX_SAFE_INTEGER);
    const diagnostic = new vscode.Diagnostic(
      range,
      `Front matter is not valid YAML: ${error.message}. Fix it so Rare Earth Notes can read the note's title, date and source; until then the Notes view lists it under Unsorted.`,
      vscode.DiagnosticSeverity.Error,
    );
    diagnostic.source = 'Rare Earth Notes';
    diagnostics.set(uri, [diagnostic]);
    reported.set(notePath, uri);
  };

  const changed = (change: IndexChange): void => {
    for (const notePath of change.notePaths) update(notePath);
  };

  // Notes already indexed when this registers.
  for (const notePath of index.indexedNotePaths()) update(notePath);
  return vscode.Disposable.from(diagnostics, index.onDidChange(changed));
}
