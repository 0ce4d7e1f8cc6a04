// Entry point for a Node extension host (package.json "main"): desktop VS Code, a remote, the
// server side of code-server. The lab reads the disk directly, except in a folder that is not on
// disk (a virtual file system), which it reads through vscode.workspace.fs as the browser does.
import * as vscode from 'vscode';
import { nodeFileReader, processDirectory } from './node/fileReader';
import { activateLab, deactivateLab } from './vscode/activate';
import { WorkspaceFiles } from './vscode/files/workspaceFiles';
import { readyFiles, type LabFiles } from './vscode/platform';

export function activate(context: vscode.ExtensionContext): void {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let files: LabFiles = readyFiles(nodeFileReader);
  if (folder && folder.scheme !== 'file') {
    const copy = new WorkspaceFiles();
    context.subscriptions.push(copy);
    files = copy;
  }
  activateLab(context, { files, homeDirectory: processDirectory() });
}

export const deactivate = deactivateLab;
