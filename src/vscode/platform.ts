// What differs between the two hosts the extension runs in, handed to activateLab by the entry
// point: src/extension.ts for a Node extension host (desktop VS Code, a remote, code-server's
// server) and src/extensionWeb.ts for the browser's web worker (vscode.dev, github.dev). The
// rest of the extension is the same code in both.
import type { FileReader } from '../core/files/fileReader';

/** The files the lab's sessions read: compose files, `.env`, the folders `cd` enters. */
export interface LabFiles {
  readonly reader: FileReader;
  /** The reader answers for the workspace (the browser's copy of it has loaded). */
  readonly isReady: boolean;
  /** Resolves once it does; starts loading when nothing has asked yet. */
  ready(): Promise<void>;
}

export interface Platform {
  files: LabFiles;
  /** Where a shell starts when no folder is open (a lab path). */
  homeDirectory: string;
}

/** A reader that reads on demand (the disk): ready from the start. */
export const readyFiles = (reader: FileReader): LabFiles => ({
  reader,
  isReady: true,
  ready: () => Promise.resolve(),
});
