// The files the lab may read around it: compose files, `.env`, the folders `cd` enters. The lab is
// synchronous, so is the reader; each consumer supplies its own (the CLI: the disk through node:fs;
// tests: memoryFiles.ts; VS Code: its workspace file system, e.g. preloaded into a memory tree).
// Paths are absolute POSIX paths, as on the simulated Linux host (see posixPath.ts).

export interface FileReader {
  /** The text of the file at path; undefined when there is none or it cannot be read. */
  readText(path: string): string | undefined;
  /** Whether anything (file or folder) is at path, as os.Stat succeeding. */
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /**
   * The names in a folder (readdir), in any order; undefined when path is not a folder that can be read.
   * Optional: a reader without it lists nothing (a bind mount's folder then shows only what the lab wrote).
   */
  list?(path: string): string[] | undefined;
}
