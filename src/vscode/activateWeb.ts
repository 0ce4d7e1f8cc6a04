// The browser's web-worker activation: no Node there, so the workspace's files come through
// vscode.workspace.fs (a copy kept in memory for the lab's synchronous reads).
import type * as vscode from 'vscode';
import { activateLab } from './activate';
import { WorkspaceFiles } from './files/workspaceFiles';

export function activateWeb(context: vscode.ExtensionContext): void {
  const files = new WorkspaceFiles();
  context.subscriptions.push(files);
  activateLab(context, { files, homeDirectory: '/root' });
}
