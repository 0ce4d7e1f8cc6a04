// A FileReader over files held in memory: the tests' file system, and the way to hand the lab
// files read elsewhere (the browser's copy of the workspace, src/vscode/files/workspaceFiles.ts).
// Every folder above a file exists, and `/` always.
import type { FileReader } from './fileReader';
import { dirnameOf, normalizePath } from './posixPath';

export class MemoryFiles implements FileReader {
  /** Path → text; undefined for a file that exists but whose text was not kept (too large). */
  private readonly files = new Map<string, string | undefined>();
  private readonly folders = new Set<string>(['/']);

  /** files: absolute path → text; folders: further (empty) folders that exist. */
  constructor(files: Record<string, string> = {}, folders: readonly string[] = []) {
    for (const [path, text] of Object.entries(files)) this.write(path, text);
    for (const folder of folders) this.addFolder(folder);
  }

  /** A file and the folders above it; text undefined: the file exists but cannot be read. */
  write(path: string, text: string | undefined): void {
    const p = normalizePath(path);
    this.files.set(p, text);
    this.addFolder(dirnameOf(p));
  }

  addFolder(path: string): void {
    for (let p = normalizePath(path); !this.folders.has(p); p = dirnameOf(p)) this.folders.add(p);
  }

  /** A deleted file or folder, and everything below it (`/` stays). */
  remove(path: string): void {
    const p = normalizePath(path);
    const below = p === '/' ? '/' : `${p}/`;
    for (const key of [...this.files.keys()]) if (key === p || key.startsWith(below)) this.files.delete(key);
    for (const key of [...this.folders])
      if (key !== '/' && (key === p || key.startsWith(below))) this.folders.delete(key);
  }

  /** Files and folders held, `/` included. */
  get size(): number {
    return this.files.size + this.folders.size;
  }

  readText(path: string): string | undefined {
    return this.files.get(normalizePath(path));
  }

  exists(path: string): boolean {
    const p = normalizePath(path);
    return this.files.has(p) || this.folders.has(p);
  }

  isDirectory(path: string): boolean {
    return this.folders.has(normalizePath(path));
  }

  list(path: string): string[] | undefined {
    const p = normalizePath(path);
    if (!this.folders.has(p)) return undefined;
    const below = p === '/' ? '/' : `${p}/`;
    const names = new Set<string>();
    for (const key of [...this.files.keys(), ...this.folders])
      if (key.startsWith(below) && key.length > below.length) names.add(key.slice(below.length).split('/')[0]!);
    return [...names];
  }
}
