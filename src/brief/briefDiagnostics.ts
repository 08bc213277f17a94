// "Unsourced figure" and "Sources disagree" in briefs: checked when a brief opens, shortly after
// typing stops, when the index changes (a note's figure may now disagree) and when settings change.
import * as vscode from 'vscode';
import type { BriefFinding } from '../core/brief/briefCheck';
import type { IndexedFigure, NoteFigure } from '../core/figures/noteFigure';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { sourceFilter } from './briefFigures';
import { isBrief, severityOf } from './briefScope';
import { features } from '../lazyFeatures';

export const DIAGNOSTIC_SOURCE = 'Rare Earth Notes';
export const UNSOURCED_CODE = 'unsourced-figure';
export const DISAGREEMENT_CODE = 'sources-disagree';

const DEBOUNCE_MS = 400;
/** Larger documents are not checked as you type: a brief is not a data dump. */
const MAX_LENGTH = 1_000_000;
/** Related figures compared per statistic. */
const MAX_RELATED = 100;

/** The findings for a brief as it is now (also used by the quick fixes). */
export function findingsOf(index: WorkspaceIndex, document: vscode.TextDocument): BriefFinding[] {
  const text = document.getText();
  if (text.length > MAX_LENGTH) return [];
  const isSource = sourceFilter(index, document.uri);
  const related = (figure: NoteFigure): IndexedFigure[] => {
    const query = features().relatedQuery(figure);
    return query === undefined ? [] : index.notes.figures(query, { limit: MAX_RELATED }).filter(isSource);
  };
  return features().checkBrief(text, features().extractFigures(text), {
    related,
    unsourced: severityOf(document.uri, 'unsourcedSeverity') !== undefined,
    disagreement: severityOf(document.uri, 'disagreementSeverity') !== undefined,
  });
}

function toDiagnostic(document: vscode.TextDocument, finding: BriefFinding): vscode.Diagnostic | undefined {
  const key = finding.kind === 'unsourced' ? 'unsourcedSeverity' : 'disagreementSeverity';
  const severity = severityOf(document.uri, key);
  if (severity === undefined) return undefined;
  const range = new vscode.Range(document.positionAt(finding.figure.start), document.positionAt(finding.figure.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = finding.kind === 'unsourced' ? UNSOURCED_CODE : DISAGREEMENT_CODE;
  return diagnostic;
}

export function registerBriefDiagnostics(index: WorkspaceIndex): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('rareEarthNotes.briefs');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const check = (document: vscode.TextDocument) => {
    if (document.isClosed) return;
    if (!isBrief(document.uri, document.languageId)) {
      collection.delete(document.uri);
      return;
    }
    const diagnostics = findingsOf(index, document).map((finding) => toDiagnostic(document, finding)).filter((d): d is vscode.Diagnostic => d !== undefined);
    collection.set(document.uri, diagnostics);
  };
  const schedule = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      check(document);
    }, DEBOUNCE_MS));
  };
  const checkAll = () => {
    for (const document of vscode.workspace.textDocuments) if (document.languageId === 'markdown') schedule(document);
  };

  checkAll();
  return vscode.Disposable.from(
    collection,
    vscode.workspace.onDidOpenTextDocument((document) => schedule(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      clearTimeout(timers.get(document.uri.toString()));
      timers.delete(document.uri.toString());
      collection.delete(document.uri);
    }),
    index.onDidChange(() => checkAll()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('rareEarthNotes')) checkAll();
    }),
    { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
  );
}
