// The "Notes" view: the tree model (src/core/tree/notesTree.ts) as VS Code tree items. Items carry
// stable ids, and the node objects are kept per id, so expansion and selection survive refreshes
// and a refresh can name exactly the branches a change touched.
import * as vscode from 'vscode';
import type { GroupKind, NotesTreeModel, TreeNode, TreeSettings } from '../core/tree/notesTree';
import type { IndexChange, WorkspaceIndex } from '../index/workspaceIndex';
import { isNotePath } from '../index/notePaths';
import { features } from '../lazyFeatures';

export const VIEW_ID = 'rareEarthNotes.notes';
const SETTINGS_KEY = 'rareEarthNotes.tree.settings';

/** Context keys the view's menus and welcome content read. */
export const CONTEXT = {
  noNotes: 'rareEarthNotes.tree.noNotes',
  filtered: 'rareEarthNotes.tree.filtered',
  sort: 'rareEarthNotes.tree.sort',
  indexReady: 'rareEarthNotes.indexReady',
} as const;

const ENTITY_ICONS: Readonly<Record<GroupKind, string>> = {
  region: 'globe',
  organization: 'organization',
  topic: 'tag',
  element: 'beaker',
  unsorted: 'inbox',
};

/** While the index is being built, the view redraws at most this often (ms). */
const BUILD_REFRESH_MS = 300;
/** Changes after the build are gathered this long before the view updates (ms). */
const CHANGE_REFRESH_MS = 50;

/** The notes folder of each workspace folder, as note path prefixes ('notes/', or 'research/notes/' in a multi-root workspace). */
function notesFolderPrefixes(): string[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return folders.map((folder) => {
    const setting = vscode.workspace.getConfiguration('rareEarthNotes', folder.uri).get<string>('notesFolder', 'notes');
    const relative = setting.replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '').replace(/^\.$/, '');
    const root = folders.length > 1 ? `${folder.name}/` : '';
    return relative === '' ? root : `${root}${relative}/`;
  });
}

export class NotesTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private modelValue: NotesTreeModel | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  /** Fires after the view was told to update (tests wait for it). */
  private readonly refreshedEmitter = new vscode.EventEmitter<void>();
  readonly onDidRefresh = this.refreshedEmitter.event;
  private settingsValue: TreeSettings | undefined;
  private prefixes = notesFolderPrefixes();
  /** The node object last handed out for each id: VS Code knows elements by identity. */
  private readonly nodes = new Map<string, TreeNode>();
  /** Where each note stood at the last update (entity and Unsorted ids), to find what a change touches. */
  private readonly places = new Map<string, readonly string[]>();
  private readonly pendingPaths = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private fullRefreshPending = false;
  private waitingForReady = false;
  /** Notes in the view at its last update. */
  private shownNotes = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly index: WorkspaceIndex, private readonly state: vscode.Memento) {
    this.disposables.push(
      index.onDidChange((change) => this.indexChanged(change)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('rareEarthNotes.notesFolder')) this.scopeChanged();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scopeChanged()),
    );
    this.refreshWhenReady();
    // Right after activation rather than during it: the settings' defaults live with the tree model.
    const initialContext = setTimeout(() => this.updateContext(), 0);
    this.disposables.push({ dispose: () => clearTimeout(initialContext) });
  }

  /** The tree model over the notes index, made on first use (not during activation). */
  get model(): NotesTreeModel {
    return (this.modelValue ??= new (features().NotesTreeModel)(this.index.notes, { inScope: (notePath) => this.inScope(notePath) }));
  }

  get settings(): Readonly<TreeSettings> {
    return (this.settingsValue ??= this.storedSettings());
  }

  private storedSettings(): TreeSettings {
    const { DEFAULT_SETTINGS, ENTITY_GROUPS } = features();
    const settings = { ...DEFAULT_SETTINGS, ...this.state.get<Partial<TreeSettings>>(SETTINGS_KEY, {}) };
    if (!ENTITY_GROUPS.includes(settings.firstGroup)) settings.firstGroup = DEFAULT_SETTINGS.firstGroup;
    return settings;
  }

  /** Changes the grouping shown first, the sort or the filter; remembered for the workspace. */
  async update(changes: Partial<TreeSettings>): Promise<void> {
    this.settingsValue = { ...this.settings, ...changes };
    await this.state.update(SETTINGS_KEY, this.settings);
    this.updateContext();
    this.refreshAll();
  }

  /** Redraws the whole view now. */
  refreshAll(): void {
    this.fullRefreshPending = false;
    this.pendingPaths.clear();
    this.rememberPlaces();
    this.shownNotes = this.model.noteCount();
    this.updateContext();
    this.changeEmitter.fire(undefined);
    this.refreshedEmitter.fire();
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = String(node.count);
      item.tooltip = node.group === 'unsorted'
        ? 'Notes that name no region, organization, topic or element, and notes whose front matter is not valid YAML'
        : `${node.count} ${node.label.toLowerCase()} named in your notes`;
      item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[node.group]);
      item.contextValue = `group.${node.group}`;
      return item;
    }
    if (node.type === 'entity') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = String(node.count);
      item.tooltip = `${node.label}: ${node.count === 1 ? '1 note' : `${node.count} notes`}`;
      item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[node.kind]);
      item.contextValue = `entity.${node.kind}`;
      return item;
    }
    const { note } = node;
    const item = new vscode.TreeItem(note.title, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = features().noteDescription(note, this.rootOf(note.notePath));
    const tooltip = new vscode.MarkdownString(features().noteTooltipMarkdown(note));
    tooltip.isTrusted = false;
    tooltip.supportHtml = false;
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon(note.frontMatterError ? 'warning' : 'note');
    item.contextValue = note.url ? 'note.withSource' : 'note';
    const uri = this.index.uriOf(note.notePath);
    if (uri) {
      item.resourceUri = uri;
      item.command = { command: 'vscode.open', title: 'Open Note', arguments: [uri] };
    }
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    // No notes at all: an empty view shows the welcome content.
    if (node === undefined && (!this.index.isReady || this.model.noteCount() === 0)) return [];
    return this.model.children(node, this.settings).map((child) => this.intern(child));
  }

  /** The URI of a note node's file. */
  uriOf(node: TreeNode): vscode.Uri | undefined {
    return node.type === 'note' ? this.index.uriOf(node.note.notePath) : undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
    this.changeEmitter.dispose();
    this.refreshedEmitter.dispose();
  }

  private inScope(notePath: string): boolean {
    return isNotePath(notePath) && this.prefixes.some((prefix) => notePath.startsWith(prefix));
  }

  /** The workspace folder's name of a note, in a multi-root workspace only. */
  private rootOf(notePath: string): string | undefined {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) return undefined;
    return notePath.slice(0, notePath.indexOf('/'));
  }

  /** The same object for the same id, with its data brought up to date. */
  private intern(node: TreeNode): TreeNode {
    const known = this.nodes.get(node.id);
    if (known && known.type === node.type) return Object.assign(known, node);
    this.nodes.set(node.id, node);
    return node;
  }

  private scopeChanged(): void {
    this.prefixes = notesFolderPrefixes();
    this.refreshAll();
  }

  private indexChanged(change: IndexChange): void {
    if (change.building) {
      this.schedule(true, BUILD_REFRESH_MS);
      this.refreshWhenReady();
      return;
    }
    for (const path of change.notePaths) this.pendingPaths.add(path);
    this.schedule(false, CHANGE_REFRESH_MS);
  }

  /** The view stays empty while the index is built (partial counts would mislead); it fills when the build ends. */
  private refreshWhenReady(): void {
    if (this.waitingForReady) return;
    this.waitingForReady = true;
    void this.index.whenReady().then(() => {
      this.waitingForReady = false;
      this.schedule(true, 0);
    });
  }

  private schedule(full: boolean, delay: number): void {
    if (full) this.fullRefreshPending = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.fullRefreshPending) this.refreshAll();
      else this.refreshChanged();
    }, delay);
  }

  /** Updates the groups holding the changed notes, before or after the change; the rest of the view stays. */
  private refreshChanged(): void {
    const paths = [...this.pendingPaths];
    this.pendingPaths.clear();
    const groups = new Set<string>();
    for (const path of paths) {
      const after = this.model.placesOf(path);
      for (const place of [...(this.places.get(path) ?? []), ...after]) groups.add(place.startsWith('group:') ? place : features().groupId(place.slice(0, place.indexOf(':')) as GroupKind));
      if (after.length > 0) this.places.set(path, after);
      else this.places.delete(path);
    }
    const roots = this.model.groups(this.settings).map((group) => group.id);
    const shownRoots = [...this.nodes.values()].filter((node) => node.type === 'group');
    // A group appearing or going (the first note, the last one, a filter) changes the root's children.
    const noneBefore = this.shownNotes === 0;
    const rootChanged = noneBefore || this.model.noteCount() === 0 || shownRoots.length !== roots.length || [...groups].some((id) => !roots.includes(id));
    if (rootChanged && shownRoots.length > 0) {
      this.refreshAll();
      return;
    }
    this.shownNotes = this.model.noteCount();
    this.updateContext();
    // Never drawn (the view is hidden): no branch to keep, the root is read afresh when it shows.
    if (shownRoots.length === 0) this.changeEmitter.fire(undefined);
    for (const id of groups) {
      const node = this.nodes.get(id);
      if (node) this.changeEmitter.fire(node);
    }
    this.refreshedEmitter.fire();
  }

  private rememberPlaces(): void {
    this.places.clear();
    this.nodes.clear();
    // The view shows nothing until the build ends, and then redraws in full: nothing to remember before.
    if (!this.index.isReady) return;
    for (const path of this.index.notes.notePaths()) {
      const places = this.model.placesOf(path);
      if (places.length > 0) this.places.set(path, places);
    }
  }

  private updateContext(): void {
    const ready = this.index.isReady;
    void vscode.commands.executeCommand('setContext', CONTEXT.indexReady, ready);
    void vscode.commands.executeCommand('setContext', CONTEXT.noNotes, ready && this.model.noteCount() === 0);
    void vscode.commands.executeCommand('setContext', CONTEXT.filtered, this.settings.filter !== '');
    void vscode.commands.executeCommand('setContext', CONTEXT.sort, this.settings.sort);
  }
}
