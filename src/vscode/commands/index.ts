// Every command of the extension, registered in one place.
import * as vscode from 'vscode';
import type { LabStore } from '../state/labStore';
import { checkReachability } from './checkReachability';
import { connectNetwork } from './connectNetwork';
import { createBridgeContainer } from './createBridgeContainer';
import { createContainerModeContainer } from './createContainerModeContainer';
import { createHostContainer } from './createHostContainer';
import { createNetwork } from './createNetwork';
import { createNetworkContainer } from './createNetworkContainer';
import { createNoneContainer } from './createNoneContainer';
import { disconnectNetwork } from './disconnectNetwork';
import { exec } from './exec';
import { inspect } from './inspect';
import { disposeLabOutput } from './labOutput';
import { pauseContainer } from './pauseContainer';
import { removeNetwork } from './removeNetwork';
import { restartContainer } from './restartContainer';
import { runCommand } from './runCommand';
import { showLogs } from './showLogs';
import { startContainer } from './startContainer';
import { stopContainer } from './stopContainer';
import { unpauseContainer } from './unpauseContainer';
import { createContainer } from './createContainer';
import { type ExportLabArgs, exportLab } from './exportLab';
import { type ImportLabArgs, importLab } from './importLab';
import { removeContainer } from './removeContainer';
import { resetLab } from './resetLab';
import { simulateCompose } from './simulateCompose';

/** What commands need of the views: showing a container in the tree. */
export interface CommandViews {
  revealContainer(containerId: string): Promise<void>;
}

export function registerCommands(context: vscode.ExtensionContext, store: LabStore, views: CommandViews): void {
  context.subscriptions.push(
    // Each takes one argument: a tree row (its menu also passes the selection), a name, an argument object or nothing.
    vscode.commands.registerCommand('netlab.createContainer', (arg?: unknown) => createContainer(store, arg)),
    vscode.commands.registerCommand('netlab.createBridgeContainer', (arg?: unknown) =>
      createBridgeContainer(store, arg),
    ),
    vscode.commands.registerCommand('netlab.createHostContainer', (arg?: unknown) => createHostContainer(store, arg)),
    vscode.commands.registerCommand('netlab.createNoneContainer', (arg?: unknown) => createNoneContainer(store, arg)),
    vscode.commands.registerCommand('netlab.createContainerModeContainer', (arg?: unknown) =>
      createContainerModeContainer(store, arg),
    ),
    vscode.commands.registerCommand('netlab.createNetworkContainer', (arg?: unknown) =>
      createNetworkContainer(store, arg),
    ),
    vscode.commands.registerCommand('netlab.createNetwork', (arg?: unknown) => createNetwork(store, arg)),
    vscode.commands.registerCommand('netlab.connectNetwork', (arg?: unknown) => connectNetwork(store, arg)),
    vscode.commands.registerCommand('netlab.disconnectNetwork', (arg?: unknown) => disconnectNetwork(store, arg)),
    vscode.commands.registerCommand('netlab.startContainer', (arg?: unknown) => startContainer(store, arg)),
    vscode.commands.registerCommand('netlab.stopContainer', (arg?: unknown) => stopContainer(store, arg)),
    vscode.commands.registerCommand('netlab.restartContainer', (arg?: unknown) => restartContainer(store, arg)),
    vscode.commands.registerCommand('netlab.pauseContainer', (arg?: unknown) => pauseContainer(store, arg)),
    vscode.commands.registerCommand('netlab.unpauseContainer', (arg?: unknown) => unpauseContainer(store, arg)),
    vscode.commands.registerCommand('netlab.removeContainer', (arg?: unknown) => removeContainer(store, arg)),
    vscode.commands.registerCommand('netlab.removeNetwork', (arg?: unknown) => removeNetwork(store, arg)),
    vscode.commands.registerCommand('netlab.inspect', (arg?: unknown) => inspect(store, arg)),
    vscode.commands.registerCommand('netlab.exec', (arg?: unknown) => exec(store, arg)),
    vscode.commands.registerCommand('netlab.showLogs', (arg?: unknown) => showLogs(store, arg)),
    vscode.commands.registerCommand('netlab.checkReachability', (arg?: unknown) => checkReachability(store, arg)),
    vscode.commands.registerCommand('netlab.runCommand', (arg?: unknown) => runCommand(store, arg)),
    vscode.commands.registerCommand('netlab.simulateCompose', (arg?: unknown) =>
      simulateCompose(store, (id) => views.revealContainer(id), arg),
    ),
    vscode.commands.registerCommand('netlab.resetLab', (arg?: unknown) => resetLab(store, arg)),
    vscode.commands.registerCommand('netlab.exportLab', (args?: ExportLabArgs) => exportLab(store, args)),
    vscode.commands.registerCommand('netlab.importLab', (args?: ImportLabArgs) => importLab(store, args)),
    { dispose: disposeLabOutput },
  );
}
