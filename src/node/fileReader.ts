// The lab's FileReader over the real disk, for the netlab CLI and the extension in a Node extension
// host (the browser's reads the workspace through vscode.workspace.fs: src/vscode/files). Only this
// folder and the entry points may touch node:fs: src/core, src/compose and src/commandLine read
// through the FileReader they are given (eslint.config.mjs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { FileReader } from '../core/files/fileReader';
import { labPathOf, nativePathOf } from '../core/files/nativePaths';

/** The lab path of a native path of this system (see core/files/nativePaths.ts). */
export const labPath = (native: string, platform: NodeJS.Platform = process.platform): string =>
  labPathOf(native, platform === 'win32');

/** The native path of a lab path on this system. */
export const nativePath = (path: string, platform: NodeJS.Platform = process.platform): string =>
  nativePathOf(path, platform === 'win32');

function stat(path: string) {
  try {
    return statSync(nativePath(path), { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export const nodeFileReader: FileReader = {
  readText(path) {
    try {
      return readFileSync(nativePath(path), 'utf8');
    } catch {
      return undefined;
    }
  },
  exists: (path) => stat(path) !== undefined,
  isDirectory: (path) => stat(path)?.isDirectory() === true,
  list(path) {
    try {
      return readdirSync(nativePath(path));
    } catch {
      return undefined;
    }
  },
};

/** The folder this process runs in, as a lab path: where a shell starts when no folder is open. */
export const processDirectory = (): string => labPath(process.cwd());
