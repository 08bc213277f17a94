// Quick fixes for the brief diagnostics: cite a figure with the same subject and value (directly,
// or through "Cite a source…", which lists every figure with those first), and replace a
// disagreeing figure with one of the indexed ones, cited.
import * as vscode from 'vscode';
import type { BriefFinding } from '../core/brief/briefCheck';
import type { IndexedFigure, NoteFigure } from '../core/figures/noteFigure';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { citableFigures, planCitation, workspaceEditOf } from './briefFigures';
import { CITE_FIGURE_COMMAND } from './briefCommands';
import { citationFormat } from './briefScope';
import { DIAGNOSTIC_SOURCE, findingsOf } from './briefDiagnostics';
import { features } from '../lazyFeatures';

/** Direct "Cite …" fixes offered before "Cite a source…"; replacements offered per disagreement. */
const MAX_DIRECT = 3;
const MAX_REPLACEMENTS = 5;

function subjectKeys(subjects: { elements: readonly string[]; regions: readonly string[]; organizations: readonly string[] }): Set<string> {
  const { elementKey, organizationKey, regionKey } = features();
  return new Set([
    ...subjects.elements.map((name) => `e:${elementKey(name) ?? name.toLowerCase()}`),
    ...subjects.regions.map((name) => `r:${regionKey(name)}`),
    ...subjects.organizations.map((name) => `o:${organizationKey(name)}`),
  ]);
}

function itemSubjects(item: IndexedFigure) {
  return item.origin === 'note' ? item.figure.subjects : item.figure.subject;
}

/** Citable figures sharing an element, region or organization with the figure, same value first. */
function sameSubject(index: WorkspaceIndex, document: vscode.TextDocument, figure: NoteFigure): IndexedFigure[] {
  const own = subjectKeys(figure.subjects);
  if (own.size === 0) return [];
  const matching = citableFigures(index, document.uri).filter((item) => [...subjectKeys(itemSubjects(item))].some((key) => own.has(key)));
  return features().rankForFigure(matching, figure);
}

const describe = (item: IndexedFigure) => {
  const { citationSourceOf, figureText, sourceName, sourceYear } = features();
  const source = citationSourceOf(item);
  return `${figureText(item)}, ${sourceName(source)} ${sourceYear(source)}`;
};

export class BriefCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly index: WorkspaceIndex) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const findings = findingsOf(this.index, document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const start = document.offsetAt(diagnostic.range.start);
      const finding = findings.find((candidate) => candidate.figure.start === start
        && (candidate.kind === 'unsourced') === (diagnostic.code === 'unsourced-figure'));
      if (finding) actions.push(...this.fixes(document, finding, diagnostic));
    }
    return actions;
  }

  private fixes(document: vscode.TextDocument, finding: BriefFinding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const { figure } = finding;
    const format = citationFormat(document.uri);
    const actions: vscode.CodeAction[] = [];
    if (finding.kind === 'unsourced') {
      const candidates = sameSubject(this.index, document, figure);
      const direct = candidates.filter((item) => features().hasSameValue(item, figure)).slice(0, MAX_DIRECT);
      const end = document.positionAt(figure.end);
      for (const item of direct) {
        const action = new vscode.CodeAction(`Cite ${describe(item)}`, vscode.CodeActionKind.QuickFix);
        action.edit = workspaceEditOf(document, planCitation(document, new vscode.Range(end, end), item, format, ''));
        action.diagnostics = [diagnostic];
        action.isPreferred = actions.length === 0;
        actions.push(action);
      }
      const pick = new vscode.CodeAction('Cite a source…', vscode.CodeActionKind.QuickFix);
      pick.command = {
        command: CITE_FIGURE_COMMAND,
        title: 'Cite a source…',
        arguments: [{ uri: document.uri.toString(), start: figure.start, end: figure.end, ranked: candidates.slice(0, 50).map(features().figureId) }],
      };
      pick.diagnostics = [diagnostic];
      actions.push(pick);
      return actions;
    }
    // Replace the figure and a footnote reference right after it (the old citation goes with the old value).
    const text = document.getText();
    const reference = /^\[\^[^\]\s]+\]/.exec(text.slice(figure.end, figure.end + 200));
    const range = new vscode.Range(document.positionAt(figure.start), document.positionAt(figure.end + (reference?.[0].length ?? 0)));
    for (const item of finding.others.slice(0, MAX_REPLACEMENTS)) {
      const action = new vscode.CodeAction(`Replace with ${describe(item)} and cite it`, vscode.CodeActionKind.QuickFix);
      action.edit = workspaceEditOf(document, planCitation(document, range, item, format));
      action.diagnostics = [diagnostic];
      actions.push(action);
    }
    return actions;
  }
}

export function registerBriefCodeActions(index: WorkspaceIndex): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new BriefCodeActions(index), BriefCodeActions.metadata);
}
