// A FileReader over files held in memory: the tests' file system, and the way to hand the lab
// files read elsewhere (an editor's workspace). Every folder above a file exists, and `/` always.
import type { FileReader } from './fileReader';
import { dirnameOf, normalizePath } from './posixPath';

export class MemoryFiles implements FileReader {
  private readonly files = new Map<string, string>();
  private readonly folders = new Set<string>(['/']);

  /** files: absolute path → text; folders: further (empty) folders that exist. */
  constructor(files: Record<string, string> = {}, folders: readonly string[] = []) {
    for (const [path, text] of Object.entries(files)) this.write(path, text);
    for (const folder of folders) this.addFolder(folder);
  }

  write(path: string, text: string): void {
    const p = normalizePath(path);
    this.files.set(p, text);
    this.addFolder(dirnameOf(p));
  }

  addFolder(path: string): void {
    for (let p = normalizePath(path); !this.folders.has(p); p = dirnameOf(p)) this.folders.add(p);
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
}
