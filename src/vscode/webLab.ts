// The lab's code in the browser (dist/web/lab.js), which the browser's entry (activateWeb.ts) loads on
// first use: no Node there, so the workspace's files come through vscode.workspace.fs (a copy kept
// in memory for the lab's synchronous reads).
import type * as vscode from 'vscode';
import { activateLab, deactivateLab } from './activate';
import { WorkspaceFiles } from './files/workspaceFiles';

export function activate(context: vscode.ExtensionContext): void {
  const files = new WorkspaceFiles();
  context.subscriptions.push(files);
  activateLab(context, { files, homeDirectory: '/root' });
}

export function deactivate(): Promise<void> {
  return deactivateLab();
}
