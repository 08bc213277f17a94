// The notes index of the open workspace: built in the background after activation (never blocking
// it), with a status bar item while it runs, then kept current from file events (create, change,
// delete, rename) and from unsaved edits of open Markdown documents. Hovers and views read
// `notes` (a NotesIndex, src/core/index/notesIndex.ts) and listen to `onDidChange`.
import * as vscode from 'vscode';
import type { NotesIndex } from '../core/index/notesIndex';
import { features } from '../lazyFeatures';
import { fingerprint, isExcludedFolder, isNotePath, NOTES_EXCLUDE, NOTES_GLOB, notePathOf, uriOfNotePath } from './notePaths';

/** What changed in the index. */
export interface IndexChange {
  /** The note paths added, replaced or removed (for a rename: both paths). */
  readonly notePaths: readonly string[];
  /** True for the batches of the initial build (or of a rebuild after workspace folders change). */
  readonly building: boolean;
}

export interface WorkspaceIndexOptions {
  /** Unsaved edits are indexed this long after the last keystroke (ms). */
  debounceMs?: number;
  /** Files read concurrently, during the build and for file events. */
  readConcurrency?: number;
  /** The build yields to the extension host after this much work in one go (ms). */
  sliceMs?: number;
  /** Files larger than this are left out of the index (bytes). */
  maxFileBytes?: number;
}

const DEFAULTS: Required<WorkspaceIndexOptions> = { debounceMs: 300, readConcurrency: 32, sliceMs: 15, maxFileBytes: 4 * 1024 * 1024 };

/** One run of the build; cancelled when the index is disposed or the workspace folders change. */
interface Build {
  cancelled: boolean;
  readonly search: vscode.CancellationTokenSource;
}

function cancel(build: Build | undefined): void {
  if (!build) return;
  build.cancelled = true;
  build.search.cancel();
}

/** The paths not inside another of them (`a/b` is inside `a`, `a-b` is not). */
function outermostPaths(paths: string[]): string[] {
  const kept = new Set<string>();
  for (const path of paths.sort()) {
    let inside = false;
    for (let slash = path.lastIndexOf('/'); slash > 0 && !inside; slash = path.lastIndexOf('/', slash - 1)) {
      inside = kept.has(path.slice(0, slash));
    }
    if (!inside) kept.add(path);
  }
  return [...kept];
}

/** Created folders are scanned this long after the first one reported, to take a burst in one go (ms). */
const FOLDER_SCAN_DELAY_MS = 100;

const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class WorkspaceIndex implements vscode.Disposable {
  private notesIndex: NotesIndex | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<IndexChange>();
  /** Fires after the index changed: per batch while building, then per update. */
  readonly onDidChange = this.changeEmitter.event;

  private readonly options: Required<WorkspaceIndexOptions>;
  private readonly status: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly decoder = new TextDecoder('utf-8');
  /** Fingerprint of the text each note was indexed from, to skip re-indexing the same text. */
  private readonly fingerprints = new Map<string, string>();
  /**
   * The latest operation on a path whose file read is in flight: a read applies only if no later
   * operation (another read, a delete, a rename, an unsaved edit) has touched the path meanwhile.
   */
  private readonly latestRead = new Map<string, number>();
  private operations = 0;
  /** Files to (re)read for file events, by note path. */
  private readonly queue = new Map<string, vscode.Uri>();
  private draining = false;
  /** Unsaved edits waiting for the debounce, by note path. */
  private readonly pendingEdits = new Map<string, { timer: ReturnType<typeof setTimeout>; document: vscode.TextDocument }>();
  /** Created things that may be folders, gathered over a burst of file events, by URI. */
  private readonly folderCandidates = new Set<string>();
  private folderTimer: ReturnType<typeof setTimeout> | undefined;
  /** Cancelled on dispose: stops a search for a new folder's notes still running. */
  private readonly folderSearch = new vscode.CancellationTokenSource();
  /** Notes indexed from an open document's unsaved text rather than from the file. */
  private readonly fromEditor = new Set<string>();
  private build: Build | undefined;
  private ready!: Promise<void>;
  private markReady!: () => void;
  private isReadyNow = false;
  private disposed = false;

  constructor(options: WorkspaceIndexOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
    this.status = vscode.window.createStatusBarItem('rareEarthNotes.indexing', vscode.StatusBarAlignment.Left, 0);
    this.status.name = 'Rare Earth Notes: indexing';
    this.status.tooltip = 'Rare Earth Notes is reading the workspace\'s notes for figure hovers';
    this.resetReady();
  }

  /**
   * The index itself: figures, provenance and mentions of every note. Read it; the glue writes it.
   * Created by the background build (or by whoever reads it first), never during activation.
   */
  get notes(): NotesIndex {
    return (this.notesIndex ??= new (features().NotesIndex)());
  }

  /** The note paths indexed so far, without creating the index if nothing has been indexed yet. */
  indexedNotePaths(): string[] {
    return this.notesIndex?.notePaths() ?? [];
  }

  /** True once the initial build has finished (and no rebuild is running). */
  get isReady(): boolean {
    return this.isReadyNow;
  }

  /** Resolves when the build running (or last run) has finished; also when the index is disposed. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** The note path of a workspace file (`notes/a.md`), or undefined outside the workspace. */
  notePathOf(uri: vscode.Uri): string | undefined {
    return notePathOf(uri);
  }

  /** The file of a note path. */
  uriOf(notePath: string): vscode.Uri | undefined {
    return uriOfNotePath(notePath);
  }

  /**
   * Indexes a document's unsaved text now if an edit is still waiting for the debounce, so offsets
   * (figureAt) match what the editor shows. Cheap when there is nothing to do.
   */
  syncDocument(document: vscode.TextDocument): void {
    const notePath = notePathOf(document.uri);
    const pending = notePath === undefined ? undefined : this.pendingEdits.get(notePath);
    if (notePath === undefined || !pending) return;
    clearTimeout(pending.timer);
    this.pendingEdits.delete(notePath);
    this.indexEditorText(notePath, document);
  }

  /** Starts listening and schedules the build after the current task (activation is never blocked). */
  start(): void {
    const watcher = vscode.workspace.createFileSystemWatcher(NOTES_GLOB);
    // A folder deleted or created outside the editor (a terminal, the CLI, another program) is one
    // event for the folder, which the Markdown glob does not match: this watcher sees anything.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      watcher,
      folders,
      folders.onDidDelete((uri) => {
        if (!isNotePath(notePathOf(uri) ?? '')) this.remove(uri);
      }),
      folders.onDidCreate((uri) => {
        const notePath = notePathOf(uri);
        if (notePath !== undefined && !isNotePath(notePath) && !isExcludedFolder(notePath)) this.scanIfFolder(uri);
      }),
      watcher.onDidCreate((uri) => this.enqueue(uri)),
      watcher.onDidChange((uri) => this.enqueue(uri)),
      watcher.onDidDelete((uri) => this.remove(uri)),
      vscode.workspace.onDidRenameFiles((event) => {
        for (const file of event.files) this.rename(file.oldUri, file.newUri);
      }),
      // A deleted folder reports no event per Markdown file in it through the watcher's glob.
      vscode.workspace.onDidDeleteFiles((event) => {
        for (const uri of event.files) this.remove(uri);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.editorChanged(event.document);
        else this.dirtyStateChanged(event.document);
      }),
      vscode.workspace.onDidOpenTextDocument((document) => this.opened(document)),
      vscode.workspace.onDidSaveTextDocument((document) => this.saved(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()),
    );
    this.startBuild();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    cancel(this.build);
    for (const pending of this.pendingEdits.values()) clearTimeout(pending.timer);
    this.pendingEdits.clear();
    this.queue.clear();
    clearTimeout(this.folderTimer);
    this.folderCandidates.clear();
    this.folderSearch.cancel();
    this.folderSearch.dispose();
    for (const disposable of this.disposables) disposable.dispose();
    this.status.dispose();
    this.changeEmitter.dispose();
    this.markReady();
  }

  // --- the build -----------------------------------------------------------------------------

  private resetReady(): void {
    this.isReadyNow = false;
    this.ready = new Promise<void>((resolve) => {
      this.markReady = resolve;
    });
  }

  private startBuild(): void {
    const build: Build = { cancelled: false, search: new vscode.CancellationTokenSource() };
    this.build = build;
    setTimeout(() => {
      this.runBuild(build).catch((error: unknown) => {
        console.error('Rare Earth Notes: indexing the workspace failed', error);
      }).finally(() => {
        build.search.dispose();
        if (this.build !== build) return;
        this.build = undefined;
        this.status.hide();
        this.isReadyNow = !this.disposed;
        this.markReady();
      });
    }, 0);
  }

  /** Workspace folders changed: note paths may change (folder-name prefixes), so start over. */
  private rebuild(): void {
    if (this.disposed) return;
    if (this.build) cancel(this.build);
    else this.resetReady();
    const removed = this.notes.notePaths();
    this.notes.clear();
    this.fingerprints.clear();
    this.fromEditor.clear();
    this.latestRead.clear();
    if (removed.length > 0) this.changeEmitter.fire({ notePaths: removed, building: true });
    this.startBuild();
  }

  private async runBuild(build: Build): Promise<void> {
    if (build.cancelled || !vscode.workspace.workspaceFolders?.length) return;
    this.status.text = '$(sync~spin) Indexing notes';
    this.status.show();
    const uris = await vscode.workspace.findFiles(NOTES_GLOB, NOTES_EXCLUDE, undefined, build.search.token);
    const total = uris.length;
    let done = 0;
    let sliceStart = Date.now();
    for (let first = 0; first < total; first += this.options.readConcurrency) {
      if (build.cancelled) return;
      const batch = uris.slice(first, first + this.options.readConcurrency);
      const reads = batch.map((uri) => this.startRead(uri));
      const texts = await Promise.all(reads.map((read) => read.text));
      if (build.cancelled) return;
      const changed: string[] = [];
      for (let i = 0; i < reads.length; i++) {
        if (this.applyRead(reads[i], texts[i])) changed.push(reads[i].notePath);
        done++;
        if (Date.now() - sliceStart > this.options.sliceMs) {
          await yieldToHost();
          if (build.cancelled) return;
          sliceStart = Date.now();
        }
      }
      this.status.text = `$(sync~spin) Indexing notes ${done}/${total}`;
      if (changed.length > 0) this.changeEmitter.fire({ notePaths: changed, building: true });
      await yieldToHost();
      sliceStart = Date.now();
    }
  }

  // --- reading files -------------------------------------------------------------------------

  /** Starts reading a note's file; the result applies only if nothing touched the path meanwhile. */
  private startRead(uri: vscode.Uri): { uri: vscode.Uri; notePath: string; token: number; text: Promise<string | undefined | null> } {
    const notePath = notePathOf(uri) ?? '';
    const token = ++this.operations;
    if (notePath) this.latestRead.set(notePath, token);
    return { uri, notePath, token, text: notePath ? this.readText(uri) : Promise.resolve(null) };
  }

  /** The file's text; undefined when it is gone; null when it is not to be indexed (too large, unreadable). */
  private async readText(uri: vscode.Uri): Promise<string | undefined | null> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      return bytes.byteLength > this.options.maxFileBytes ? null : this.decoder.decode(bytes);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileIsADirectory')) return undefined;
      return null;
    }
  }

  /** Applies a finished read; true when the index changed. */
  private applyRead(read: { uri: vscode.Uri; notePath: string; token: number }, text: string | undefined | null): boolean {
    const { notePath } = read;
    if (!notePath || this.latestRead.get(notePath) !== read.token) return false;
    this.latestRead.delete(notePath);
    if (!isNotePath(notePath)) return false;
    // An open document with unsaved edits shows the user its own text: index that, not the file.
    const dirty = this.openDocument(read.uri);
    if (dirty?.isDirty) return this.setText(notePath, dirty.getText(), true);
    if (text === undefined || text === null) return this.deleteNote(notePath);
    return this.setText(notePath, text, false);
  }

  private setText(notePath: string, text: string, fromEditor: boolean): boolean {
    if (fromEditor) this.fromEditor.add(notePath);
    else this.fromEditor.delete(notePath);
    const print = fingerprint(text);
    if (this.fingerprints.get(notePath) === print && this.notes.has(notePath)) return false;
    this.notes.set(notePath, text);
    this.fingerprints.set(notePath, print);
    return true;
  }

  private deleteNote(notePath: string): boolean {
    const had = this.notes.has(notePath);
    this.notes.delete(notePath);
    this.fingerprints.delete(notePath);
    this.fromEditor.delete(notePath);
    return had;
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
  }

  // --- file events ---------------------------------------------------------------------------

  private enqueue(uri: vscode.Uri): void {
    const notePath = notePathOf(uri);
    if (this.disposed || notePath === undefined || !isNotePath(notePath)) return;
    this.queue.set(notePath, uri);
    void this.drain();
  }

  /** Reads queued files a few at a time, so a checkout of thousands of files does not flood the host. */
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.size > 0 && !this.disposed) {
        const batch = [...this.queue.values()].slice(0, this.options.readConcurrency);
        for (const uri of batch) this.queue.delete(notePathOf(uri) ?? '');
        const reads = batch.map((uri) => this.startRead(uri));
        const texts = await Promise.all(reads.map((read) => read.text));
        if (this.disposed) return;
        const changed = reads.filter((read, i) => this.applyRead(read, texts[i])).map((read) => read.notePath);
        if (changed.length > 0) this.changeEmitter.fire({ notePaths: changed, building: false });
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * Something that is not a note appeared. When it is a folder, its notes are looked for: the file
   * watcher on Linux misses files in a folder created just before them (`mkdir -p`, a folder moved in,
   * a checkout), so their own events may never come. Each created file or folder costs one `stat`,
   * gathered over a burst of events; only folders cost a search.
   */
  private scanIfFolder(uri: vscode.Uri): void {
    if (this.disposed) return;
    this.folderCandidates.add(uri.toString());
    if (this.folderTimer !== undefined) return;
    this.folderTimer = setTimeout(() => {
      this.scanFolders().catch((error: unknown) => {
        // A search cancelled by dispose is no failure.
        if (!this.disposed) console.error('Rare Earth Notes: looking for notes in a new folder failed', error);
      });
    }, FOLDER_SCAN_DELAY_MS);
  }

  /**
   * Scans the folders created during the last burst of events; a folder inside another is covered by
   * it. A later burst may be scanned while this one still runs: a note found twice is queued once.
   */
  private async scanFolders(): Promise<void> {
    this.folderTimer = undefined;
    const outermost = outermostPaths([...this.folderCandidates]).map((key) => vscode.Uri.parse(key));
    this.folderCandidates.clear();
    for (let first = 0; first < outermost.length && !this.disposed; first += this.options.readConcurrency) {
      const batch = outermost.slice(first, first + this.options.readConcurrency);
      const isFolder = await Promise.all(batch.map((uri) => vscode.workspace.fs.stat(uri).then((stat) => (stat.type & vscode.FileType.Directory) !== 0, () => false)));
      for (const folder of batch.filter((_, i) => isFolder[i])) {
        if (this.disposed) return;
        const notes = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, NOTES_GLOB), NOTES_EXCLUDE, undefined, this.folderSearch.token);
        for (const note of notes) this.enqueue(note);
      }
    }
  }

  /** A file or a folder was deleted: forget it and every note under it. */
  private remove(uri: vscode.Uri): void {
    const notePath = notePathOf(uri);
    if (this.disposed || notePath === undefined) return;
    const removed = this.notePathsAt(notePath).filter((path) => {
      this.cancelPending(path);
      return this.deleteNote(path);
    });
    if (removed.length > 0) this.changeEmitter.fire({ notePaths: removed, building: false });
  }

  /** A file or folder was renamed through the editor: move its notes, keeping what was extracted. */
  private rename(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const from = notePathOf(oldUri);
    const to = notePathOf(newUri);
    if (this.disposed) return;
    if (from === undefined || to === undefined) {
      if (from !== undefined) this.remove(oldUri);
      if (to !== undefined) this.enqueue(newUri);
      return;
    }
    const changed: string[] = [];
    for (const path of this.notePathsAt(from)) {
      const target = to + path.slice(from.length);
      this.cancelPending(path);
      this.cancelPending(target);
      if (!isNotePath(target)) {
        this.deleteNote(path);
      } else {
        this.notes.rename(path, target);
        const print = this.fingerprints.get(path);
        this.fingerprints.delete(path);
        if (print !== undefined) this.fingerprints.set(target, print);
        if (this.fromEditor.delete(path)) this.fromEditor.add(target);
      }
      changed.push(path, target);
    }
    // Renamed to .md from another name, or a note the index had not read yet.
    if (changed.length === 0 && isNotePath(to)) this.enqueue(newUri);
    if (changed.length > 0) this.changeEmitter.fire({ notePaths: changed, building: false });
  }

  /** The indexed notes at a path: the note itself, or those under it when it is a folder. */
  private notePathsAt(notePath: string): string[] {
    if (this.notes.has(notePath)) return [notePath];
    const prefix = `${notePath}/`;
    return this.notes.notePaths().filter((path) => path.startsWith(prefix));
  }

  /** Drops what is waiting for a path: a queued read, a read in flight, a debounced edit. */
  private cancelPending(notePath: string): void {
    this.queue.delete(notePath);
    this.latestRead.delete(notePath);
    const pending = this.pendingEdits.get(notePath);
    if (pending) {
      clearTimeout(pending.timer);
      this.pendingEdits.delete(notePath);
    }
  }

  // --- open documents ------------------------------------------------------------------------

  private editorNotePath(document: vscode.TextDocument): string | undefined {
    if (this.disposed || document.uri.scheme === 'output') return undefined;
    const notePath = notePathOf(document.uri);
    return notePath !== undefined && isNotePath(notePath) ? notePath : undefined;
  }

  private editorChanged(document: vscode.TextDocument): void {
    const notePath = this.editorNotePath(document);
    if (notePath === undefined) return;
    const pending = this.pendingEdits.get(notePath);
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => {
      this.pendingEdits.delete(notePath);
      this.indexEditorText(notePath, document);
    }, this.options.debounceMs);
    this.pendingEdits.set(notePath, { timer, document });
  }

  private indexEditorText(notePath: string, document: vscode.TextDocument): void {
    if (this.disposed || document.isClosed) return;
    // The editor's text supersedes a file read still in flight.
    this.queue.delete(notePath);
    this.latestRead.delete(notePath);
    if (this.setText(notePath, document.getText(), document.isDirty)) {
      this.changeEmitter.fire({ notePaths: [notePath], building: false });
    }
  }

  /**
   * A document became clean without a content change: saved, or reverted (closing an editor without
   * saving reverts it, and the document itself may stay open, holding the unsaved text, for a while).
   * The file's text counts again.
   */
  private dirtyStateChanged(document: vscode.TextDocument): void {
    const notePath = this.editorNotePath(document);
    if (notePath === undefined || document.isDirty || !this.fromEditor.has(notePath)) return;
    const pending = this.pendingEdits.get(notePath);
    if (pending) clearTimeout(pending.timer);
    this.pendingEdits.delete(notePath);
    this.fromEditor.delete(notePath);
    this.enqueue(document.uri);
  }

  /** A note opened before the watcher reported it (just written by another tool, say) is indexed from the editor. */
  private opened(document: vscode.TextDocument): void {
    const notePath = this.editorNotePath(document);
    if (notePath !== undefined && !this.notes.has(notePath)) this.indexEditorText(notePath, document);
  }

  private saved(document: vscode.TextDocument): void {
    const notePath = this.editorNotePath(document);
    if (notePath === undefined) return;
    const pending = this.pendingEdits.get(notePath);
    if (pending) clearTimeout(pending.timer);
    this.pendingEdits.delete(notePath);
    // The saved text is the file's: index it now; the watcher's re-read then finds it unchanged.
    this.indexEditorText(notePath, document);
  }

  private closed(document: vscode.TextDocument): void {
    const notePath = this.editorNotePath(document);
    if (notePath === undefined) return;
    const pending = this.pendingEdits.get(notePath);
    if (pending) clearTimeout(pending.timer);
    this.pendingEdits.delete(notePath);
    // Closed without saving: the unsaved text is gone, the file's text counts again.
    if (this.fromEditor.delete(notePath)) this.enqueue(document.uri);
  }
}

/** Creates the workspace's notes index, starts it in the background and ties it to the extension's lifetime. */
export function registerWorkspaceIndex(context: vscode.ExtensionContext, options?: WorkspaceIndexOptions): WorkspaceIndex {
  const index = new WorkspaceIndex(options);
  context.subscriptions.push(index);
  index.start();
  return index;
}
