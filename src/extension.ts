import * as vscode from 'vscode';
import { registerImportCommands } from './import/importCommands';

/** Composes the features; each registers what it needs and hands back its disposables. */
export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Rare Earth Notes');
  context.subscriptions.push(output, registerImportCommands(output));
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
