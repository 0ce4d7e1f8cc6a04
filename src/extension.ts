// Entry point: a short list of registrations.
import * as vscode from 'vscode';
import { registerCommands } from './vscode/commands/index';
import { registerLabDocuments } from './vscode/documents/labDocuments';
import { registerComposeLanguage } from './vscode/language/composeLanguage';
import { registerCommandLineLanguage } from './vscode/language/commandLineLanguage';
import { registerDockerfileLanguage } from './vscode/language/dockerfileLanguage';
import { registerExitNotifier } from './vscode/state/exitNotifier';
import { hostProfileFromConfiguration, watchHostProfileSettings } from './vscode/settings/hostProfile';
import { LabStore } from './vscode/state/labStore';
import { registerWalkthrough } from './vscode/walkthrough/index';
import { registerLabTerminal } from './vscode/terminal/registerLabTerminal';
import { LabTreeProvider } from './vscode/tree/labTree';
import { revealContainer } from './vscode/tree/revealContainer';
import { notifyWarning } from './vscode/notify';
import { registerDiagram } from './vscode/diagram/registerDiagram';

let store: LabStore | undefined;

export function activate(context: vscode.ExtensionContext): void {
  store = new LabStore(context.workspaceState, {
    onDamaged: (problem) => {
      void notifyWarning(
        vscode.l10n.t('Network Lab: the saved lab could not be read and was replaced by a fresh one ({0}).', problem),
      );
    },
    hostProfile: hostProfileFromConfiguration,
    workingDirectory: () => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
  });
  const tree = new LabTreeProvider(store);
  const treeView = vscode.window.createTreeView('netlab.containers', {
    treeDataProvider: tree,
    showCollapseAll: false,
  });
  context.subscriptions.push(store, tree, treeView);
  registerLabDocuments(context, store);
  const views = {
    revealContainer: (containerId: string) => revealContainer(tree, treeView, containerId),
  };
  registerCommands(context, store, views);
  registerDiagram(context, store, views);
  registerExitNotifier(context, store);
  registerWalkthrough(context, store);
  context.subscriptions.push(watchHostProfileSettings());
  registerLabTerminal(context, store);
  registerDockerfileLanguage(context);
  registerComposeLanguage(context);
  registerCommandLineLanguage(context);
}

export async function deactivate(): Promise<void> {
  await store?.flush();
}
