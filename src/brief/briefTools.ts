// The brief-writing tools: commands, `@` completion, diagnostics and their quick fixes.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { registerBriefCodeActions } from './briefCodeActions';
import { registerBriefCommands } from './briefCommands';
import { registerBriefDiagnostics } from './briefDiagnostics';
import { registerFigureCompletion } from './figureCompletion';

export function registerBriefTools(index: WorkspaceIndex): vscode.Disposable {
  return vscode.Disposable.from(
    registerBriefCommands(index),
    registerFigureCompletion(index),
    registerBriefDiagnostics(index),
    registerBriefCodeActions(index),
  );
}
