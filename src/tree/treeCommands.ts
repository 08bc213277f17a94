// The Notes view and its commands: context menus on notes and entities, the view title's actions
// (grouping shown first, sort, filter, refresh), and the front matter diagnostics.
import * as vscode from 'vscode';
import { SHOW_FIGURES_COMMAND } from '../core/hover/markdownText';
import type { TreeNode } from '../core/tree/notesTree';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { registerFrontMatterDiagnostics } from './frontMatterDiagnostics';
import { NotesTreeProvider, VIEW_ID } from './notesTreeProvider';
import { features } from '../lazyFeatures';

export const TREE_COMMANDS = {
  openSource: 'rareEarthNotes.tree.openSourceArticle',
  revealInExplorer: 'rareEarthNotes.tree.revealInExplorer',
  copyCitation: 'rareEarthNotes.tree.copyCitation',
  showEntityFigures: 'rareEarthNotes.tree.showEntityFigures',
  copyName: 'rareEarthNotes.tree.copyName',
  chooseFirstGroup: 'rareEarthNotes.tree.chooseFirstGroup',
  sortByDate: 'rareEarthNotes.tree.sortByDate',
  sortByTitle: 'rareEarthNotes.tree.sortByTitle',
  filter: 'rareEarthNotes.tree.filter',
  clearFilter: 'rareEarthNotes.tree.clearFilter',
  refresh: 'rareEarthNotes.tree.refresh',
} as const;

/** What a menu command gets: the clicked node, else the view's selection. */
function target(view: vscode.TreeView<TreeNode>, node: TreeNode | undefined, type: TreeNode['type']): TreeNode | undefined {
  const candidate = node ?? view.selection[0];
  return candidate?.type === type ? candidate : undefined;
}

function updateMessage(view: vscode.TreeView<TreeNode>, provider: NotesTreeProvider, index: WorkspaceIndex): void {
  if (!index.isReady) {
    view.message = 'Reading the workspace\'s notes…';
    return;
  }
  const filter = provider.settings.filter;
  view.message = filter === '' ? undefined : `Filtered by “${filter}” — titles, regions, organizations, topics and elements`;
}

export interface NotesTree {
  readonly disposable: vscode.Disposable;
  /** The view's data, as VS Code reads it (the integration tests read it too). */
  readonly provider: NotesTreeProvider;
}

export function registerNotesTree(context: vscode.ExtensionContext, index: WorkspaceIndex): NotesTree {
  const provider = new NotesTreeProvider(index, context.workspaceState);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  updateMessage(view, provider, index);

  const noteCommand = (run: (node: Extract<TreeNode, { type: 'note' }>) => Promise<unknown> | unknown) => (node?: TreeNode) => {
    const note = target(view, node, 'note');
    if (note?.type === 'note') return run(note);
    return vscode.window.showInformationMessage('Select a note in the Rare Earth Notes view first.');
  };
  const entityCommand = (run: (node: Extract<TreeNode, { type: 'entity' }>) => Promise<unknown> | unknown) => (node?: TreeNode) => {
    const entity = target(view, node, 'entity');
    if (entity?.type === 'entity') return run(entity);
    return vscode.window.showInformationMessage('Select a region, organization, topic or element in the Rare Earth Notes view first.');
  };
  const updateSettings = async (changes: Parameters<NotesTreeProvider['update']>[0]) => {
    await provider.update(changes);
    updateMessage(view, provider, index);
  };

  const commands = [
    vscode.commands.registerCommand(TREE_COMMANDS.openSource, noteCommand(async ({ note }) => {
      const address = features().sourceAddress(note);
      if (!address) return vscode.window.showInformationMessage(`“${note.title}” has no source article address (front matter \`source\`).`);
      return vscode.env.openExternal(vscode.Uri.parse(address, true));
    })),
    vscode.commands.registerCommand(TREE_COMMANDS.revealInExplorer, noteCommand((node) => {
      const uri = provider.uriOf(node);
      return uri ? vscode.commands.executeCommand('revealInExplorer', uri) : undefined;
    })),
    vscode.commands.registerCommand(TREE_COMMANDS.copyCitation, noteCommand(async ({ note }) => {
      const citation = features().noteCitation(note);
      await vscode.env.clipboard.writeText(citation);
      return citation;
    })),
    vscode.commands.registerCommand(TREE_COMMANDS.showEntityFigures, entityCommand(async ({ kind, name }) => {
      if (kind === 'topic') return vscode.window.showInformationMessage('Figures are indexed by element, region and organization, not by topic.');
      if (!index.isReady) await index.whenReady();
      return vscode.commands.executeCommand(SHOW_FIGURES_COMMAND, { [kind]: name });
    })),
    vscode.commands.registerCommand(TREE_COMMANDS.copyName, entityCommand(async ({ name }) => {
      await vscode.env.clipboard.writeText(name);
      return name;
    })),
    vscode.commands.registerCommand(TREE_COMMANDS.chooseFirstGroup, async (choice?: unknown) => {
      const { ENTITY_GROUPS, GROUP_LABELS } = features();
      let group = ENTITY_GROUPS.find((kind) => kind === choice);
      if (!group) {
        const picked = await vscode.window.showQuickPick(
          ENTITY_GROUPS.map((group) => ({ label: GROUP_LABELS[group], group, description: group === provider.settings.firstGroup ? 'shown first now' : undefined })),
          { title: 'Rare Earth Notes: group shown first' },
        );
        group = picked?.group;
      }
      if (group) await updateSettings({ firstGroup: group });
    }),
    vscode.commands.registerCommand(TREE_COMMANDS.sortByDate, () => updateSettings({ sort: 'date' })),
    vscode.commands.registerCommand(TREE_COMMANDS.sortByTitle, () => updateSettings({ sort: 'title' })),
    vscode.commands.registerCommand(TREE_COMMANDS.filter, async (text?: unknown) => {
      const filter = typeof text === 'string' ? text : await vscode.window.showInputBox({
        title: 'Filter the notes tree',
        prompt: 'Text to find in note titles and in region, organization, topic and element names',
        value: provider.settings.filter,
      });
      if (filter !== undefined) await updateSettings({ filter: filter.trim() });
    }),
    vscode.commands.registerCommand(TREE_COMMANDS.clearFilter, () => updateSettings({ filter: '' })),
    vscode.commands.registerCommand(TREE_COMMANDS.refresh, () => provider.refreshAll()),
  ];

  const disposable = vscode.Disposable.from(
    view,
    provider,
    provider.onDidRefresh(() => updateMessage(view, provider, index)),
    registerFrontMatterDiagnostics(index),
    ...commands,
  );
  return { disposable, provider };
}
