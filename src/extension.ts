// Entry point: a short list of registrations.
import * as vscode from 'vscode';
import { registerCommands } from './vscode/commands/index';
import { registerLabDocuments } from './vscode/documents/labDocuments';
import { LabStore } from './vscode/state/labStore';
import { LabTreeProvider } from './vscode/tree/labTree';

let store: LabStore | undefined;

export function activate(context: vscode.ExtensionContext): void {
  store = new LabStore(context.workspaceState, (problem) => {
    void vscode.window.showWarningMessage(`Network Lab: the saved lab could not be read and was reset (${problem}).`);
  });
  const tree = new LabTreeProvider(store);
  context.subscriptions.push(
    store,
    tree,
    vscode.window.createTreeView('netlab.containers', { treeDataProvider: tree, showCollapseAll: false }),
  );
  registerLabDocuments(context, store);
  registerCommands(context, store);
}

export async function deactivate(): Promise<void> {
  await store?.flush();
}
