// The path the lab knows a workspace file or folder by. A file on disk keeps its own path (a
// Windows one turned into `/C:/...`, see core/files/nativePaths.ts); a file of another file system
// (vscode-remote, vscode-vfs in the browser) is the URI's path, which is also how the browser's
// copy of the workspace (workspaceFiles.ts) files it.
import type * as vscode from 'vscode';
import { isWindowsFsPath, labPathOf } from '../../core/files/nativePaths';

export function labPathOfUri(uri: vscode.Uri): string {
  if (uri.scheme !== 'file') return uri.path;
  const native = uri.fsPath;
  return labPathOf(native, isWindowsFsPath(native));
}
