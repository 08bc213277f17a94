// Which Markdown files are briefs (checked, and not used as sources), and the settings of the
// brief tools. By default every Markdown file outside the notes folder is a brief;
// `rareEarthNotes.briefs.include` narrows that to folders or globs.
import * as vscode from 'vscode';
import { isBriefPath } from '../core/brief/briefPaths';
import type { CitationFormat } from '../core/brief/citation';
import { features } from '../lazyFeatures';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

const SEVERITIES: Record<Exclude<SeveritySetting, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The severity a setting names; undefined for `off`. */
export function severityOf(uri: vscode.Uri, key: 'unsourcedSeverity' | 'disagreementSeverity'): vscode.DiagnosticSeverity | undefined {
  const value = vscode.workspace.getConfiguration('rareEarthNotes.briefs', uri).get<string>(key, 'warning');
  return value === 'off' ? undefined : SEVERITIES[value as Exclude<SeveritySetting, 'off'>] ?? vscode.DiagnosticSeverity.Warning;
}

export function citationFormat(uri?: vscode.Uri): CitationFormat {
  const value = vscode.workspace.getConfiguration('rareEarthNotes.citation', uri).get<string>('format', 'footnote');
  return (features().CITATION_FORMATS as readonly string[]).includes(value) ? value as CitationFormat : 'footnote';
}

/** True for a Markdown document the brief tools check (see isBriefPath); an untitled Markdown document is a brief too. */
export function isBrief(uri: vscode.Uri, languageId = 'markdown'): boolean {
  if (languageId !== 'markdown') return false;
  if (uri.scheme === 'untitled') return true;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  if (!uri.path.startsWith(base)) return false;
  const settings = vscode.workspace.getConfiguration('rareEarthNotes', folder.uri);
  const include = settings.get<unknown>('briefs.include', []);
  return isBriefPath(uri.path.slice(base.length), settings.get<string>('notesFolder', 'notes'), Array.isArray(include) ? include.filter((entry): entry is string => typeof entry === 'string') : []);
}
