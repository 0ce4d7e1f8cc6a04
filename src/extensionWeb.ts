// Entry point for the browser's web-worker extension host (package.json "browser"): vscode.dev,
// github.dev, code-server's web host. No Node there: the workspace's files come through
// vscode.workspace.fs (a copy kept in memory for the lab's synchronous reads), and the build
// refuses any Node built-in in this bundle (scripts/build.mjs).
import type * as vscode from 'vscode';
import { activateLab, deactivateLab } from './vscode/activate';
import { WorkspaceFiles } from './vscode/files/workspaceFiles';

export function activate(context: vscode.ExtensionContext): void {
  const files = new WorkspaceFiles();
  context.subscriptions.push(files);
  activateLab(context, { files, homeDirectory: '/root' });
}

export const deactivate = deactivateLab;
