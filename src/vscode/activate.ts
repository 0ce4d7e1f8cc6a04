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
import { notifyWarning } from './notify';
import { registerDiagram } from './diagram/registerDiagram';
import { labPathOfUri } from './files/labPaths';
import type { Platform } from './platform';

let store: LabStore | undefined;

/** How long a reveal waits for the tree to show a changed lab before it gives up quietly. */
const REVEAL_WAIT_MS = 3000;
const REVEAL_ATTEMPTS = 10;
const REVEAL_RETRY_MS = 200;

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
  const treeView = vscode.window.createTreeView('netlab.containers', {
    treeDataProvider: tree,
    showCollapseAll: false,
  });
  context.subscriptions.push(store, tree, treeView);
  registerLabDocuments(context, store);
  const views = {
    revealContainer: async (containerId: string) => {
      await vscode.commands.executeCommand('netlab.containers.focus');
      // TreeView.reveal resolves rows against what VS Code last fetched: let it fetch the new lab first.
      tree.refresh();
      if (!(await tree.whenShown(REVEAL_WAIT_MS))) return;
      // A view opened just now may have fetched its sections but not their rows yet (reveal fails
      // with "Data tree node not found"): try again a little later.
      for (let attempt = 1; ; attempt++) {
        const item = tree.containerItem(containerId);
        if (!item) return;
        try {
          await treeView.reveal(item, { select: true, focus: false, expand: false });
          return;
        } catch (e) {
          if (attempt >= REVEAL_ATTEMPTS) throw e;
          await new Promise((resolve) => setTimeout(resolve, REVEAL_RETRY_MS));
        }
      }
    },
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
