// The workspace's files for the lab, read through vscode.workspace.fs: the reader of the browser's
// extension host (no disk there; a vscode.dev or github.dev folder is a virtual file system) and
// of a Node host whose folder is not on disk. The lab reads synchronously and workspace.fs answers
// asynchronously, so this keeps a copy: every folder and the text of every file up to a size,
// loaded on first use and kept up to date by a file watcher and the editor's saves.
import * as vscode from 'vscode';
import type { FileReader } from '../../core/files/fileReader';
import { MemoryFiles } from '../../core/files/memoryFiles';
import type { LabFiles } from '../platform';
import { labPathOfUri } from './labPaths';

/** Folders never copied: a repository's history and installed packages, which no lab line reads. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
/** Larger files are listed (they exist) but not read: compose files and `.env` are far smaller. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** At most this many files and folders are copied from a large workspace. */
export const MAX_ENTRIES = 10_000;
/** Reads in flight at once. */
const PARALLEL_READS = 16;

export class WorkspaceFiles implements LabFiles, vscode.Disposable {
  /** The copy: a file too large to copy is held without its text. */
  private readonly copy = new MemoryFiles();
  private loading: Promise<void> | undefined;
  private loaded = false;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly decoder = new TextDecoder();

  readonly reader: FileReader = this.copy;

  get isReady(): boolean {
    return this.loaded;
  }

  ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<void> {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate((uri) => this.refresh(uri)),
      watcher.onDidChange((uri) => this.refresh(uri)),
      watcher.onDidDelete((uri) => this.copy.remove(labPathOfUri(uri))),
      vscode.workspace.onDidSaveTextDocument((d) => this.refresh(d.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) this.copy.remove(labPathOfUri(f.uri));
        for (const f of e.added) void this.copyTree(f.uri);
      }),
    );
    try {
      for (const folder of vscode.workspace.workspaceFolders ?? []) await this.copyTree(folder.uri);
    } finally {
      this.loaded = true;
    }
  }

  /** Copies a folder and everything below it, breadth first, within MAX_ENTRIES. */
  private async copyTree(root: vscode.Uri): Promise<void> {
    this.copy.addFolder(labPathOfUri(root));
    let level: vscode.Uri[] = [root];
    while (level.length > 0) {
      const next: vscode.Uri[] = [];
      const files: vscode.Uri[] = [];
      for (const listing of await Promise.all(level.map((dir) => this.list(dir)))) {
        for (const [uri, type] of listing) {
          if (this.copy.size + files.length >= MAX_ENTRIES) break;
          if (type & vscode.FileType.Directory) {
            this.copy.addFolder(labPathOfUri(uri));
            next.push(uri);
          } else files.push(uri);
        }
      }
      for (let i = 0; i < files.length; i += PARALLEL_READS) {
        await Promise.all(files.slice(i, i + PARALLEL_READS).map((uri) => this.copyFile(uri)));
      }
      level = next;
    }
  }

  private async list(dir: vscode.Uri): Promise<[vscode.Uri, vscode.FileType][]> {
    try {
      const entries = await vscode.workspace.fs.readDirectory(dir);
      return entries
        .filter(([name, type]) => !(type & vscode.FileType.Directory && SKIPPED_FOLDERS.has(name)))
        .map(([name, type]) => [vscode.Uri.joinPath(dir, name), type]);
    } catch {
      return [];
    }
  }

  private async copyFile(uri: vscode.Uri): Promise<void> {
    const path = labPathOfUri(uri);
    try {
      const { size } = await vscode.workspace.fs.stat(uri);
      const text = size <= MAX_FILE_BYTES ? this.decoder.decode(await vscode.workspace.fs.readFile(uri)) : undefined;
      this.copy.write(path, text);
    } catch {
      this.copy.remove(path);
    }
  }

  /** A watcher's or a save's news: the file read again, or a new folder copied. */
  private refresh(uri: vscode.Uri): void {
    void (async () => {
      let stat: vscode.FileStat;
      try {
        stat = await vscode.workspace.fs.stat(uri);
      } catch {
        this.copy.remove(labPathOfUri(uri));
        return;
      }
      if (stat.type & vscode.FileType.Directory) await this.copyTree(uri);
      else await this.copyFile(uri);
    })();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.subscriptions.length = 0;
  }
}
