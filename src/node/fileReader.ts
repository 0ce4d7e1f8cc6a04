// The lab's FileReader over the real disk, for the netlab CLI (and, for now, the extension, which
// runs in Node). Only this folder and the entry points may touch node:fs: src/core, src/compose and
// src/commandLine read through the FileReader they are given (eslint.config.mjs).
import { readFileSync, statSync } from 'node:fs';
import type { FileReader } from '../core/files/fileReader';

/**
 * The lab's paths are POSIX (it is a Linux host); a Windows folder `C:\a\b` appears in it as
 * `/C:/a/b`, which Windows reads back as `C:/a/b`.
 */
export function labPath(native: string, platform: NodeJS.Platform = process.platform): string {
  if (platform !== 'win32') return native;
  const slashed = native.replace(/\\/g, '/');
  return slashed.startsWith('/') ? slashed : `/${slashed}`;
}

export function nativePath(path: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' && /^\/[A-Za-z]:(\/|$)/.test(path) ? path.slice(1) : path;
}

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
};
