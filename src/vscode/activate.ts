// The extension's activation, the same in both hosts: a short list of registrations. The entry
// points (src/extension.ts for Node, src/extensionWeb.ts for the browser) hand it their Platform.
import * as vscode from 'vscode';
import { registerCommands } from './commands/index';
import { registerLabDocuments } from './documents/labDocuments';
import { registerComposeLanguage } from './language/composeLanguage';
import { registerCommandLineLanguage } from './language/commandLineLanguage';
import { registerDockerfileLanguage } from './language/dockerfileLanguage';
import { registerExitNotifier } from './state/exitNotifier';
import { hostProfileFromConfiguration, watchHostProfileSettings } from './settings/hostProfile';
import { LabStore } from './state/labStore';
import { registerWalkthrough } from './walkthrough/index';
import { registerLabTerminal } from './terminal/registerLabTerminal';
import { LabTreeProvider } from './tree/labTree';
import { revealContainer } from './tree/revealContainer';
import { notifyWarning } from './notify';
import { registerDiagram } from './diagram/registerDiagram';
import { labPathOfUri } from './files/labPaths';
import type { Platform } from './platform';
import { TREE_VIEW_ID } from './registrationKeys';

let store: LabStore | undefined;

export function activateLab(context: vscode.ExtensionContext, platform: Platform): void {
  store = new LabStore(context.workspaceState, {
    onDamaged: (problem) => {
      void notifyWarning(
        vscode.l10n.t('Network Lab: the saved lab could not be read and was replaced by a fresh one ({0}).', problem),
      );
    },
    hostProfile: hostProfileFromConfiguration,
    workingDirectory: () => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      return folder ? labPathOfUri(folder) : undefined;
    },
    homeDirectory: platform.homeDirectory,
    files: platform.files,
  });
  const tree = new LabTreeProvider(store);
  const treeView = vscode.window.createTreeView(TREE_VIEW_ID, {
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

export async function deactivateLab(): Promise<void> {
  await store?.flush();
}
