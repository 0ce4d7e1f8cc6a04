// Entry point: a short list of registrations.
import * as vscode from 'vscode';
import { registerCommands } from './commands/index';
import { LabStore } from './state/labStore';
import { ContainerTreeProvider } from './views/containerTree';

export function activate(context: vscode.ExtensionContext): void {
  const store = new LabStore();
  const tree = new ContainerTreeProvider(store);
  context.subscriptions.push(
    store,
    tree,
    vscode.window.createTreeView('netlab.containers', { treeDataProvider: tree, showCollapseAll: false }),
  );
  registerCommands(context, store);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
