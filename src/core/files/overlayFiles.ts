// A FileReader that answers some paths from texts held in memory and the rest from another
// reader: an editor's unsaved text over the disk, so simulating a compose file uses what the
// user sees rather than what was last saved.
import type { FileReader } from './fileReader';
import { basenameOf, dirnameOf, normalizePath } from './posixPath';

export function overlayFiles(base: FileReader, texts: ReadonlyMap<string, string>): FileReader {
  const own = new Map([...texts].map(([path, text]) => [normalizePath(path), text]));
  return {
    readText: (path) => own.get(normalizePath(path)) ?? base.readText(path),
    exists: (path) => own.has(normalizePath(path)) || base.exists(path),
    isDirectory: (path) => !own.has(normalizePath(path)) && base.isDirectory(path),
    list: (path) => {
      const names = base.list?.(path);
      if (names === undefined) return undefined;
      const folder = normalizePath(path);
      const extra = [...own.keys()].filter((p) => dirnameOf(p) === folder).map(basenameOf);
      return [...new Set([...names, ...extra])];
    },
  };
}
