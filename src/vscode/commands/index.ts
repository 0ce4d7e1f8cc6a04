// Every command of the extension, registered in one place.
import * as vscode from 'vscode';
import type { LabStore } from '../state/labStore';
import type { LabTreeArgument } from '../../viewModels/labTree';
import { type CreateContainerArgs, createContainer } from './createContainer';
import { type ExportLabArgs, exportLab } from './exportLab';
import { type ImportLabArgs, importLab } from './importLab';
import { removeContainer } from './removeContainer';
import { resetLab } from './resetLab';

export function registerCommands(context: vscode.ExtensionContext, store: LabStore): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('netlab.createContainer', (args?: CreateContainerArgs) =>
      createContainer(store, args),
    ),
    vscode.commands.registerCommand('netlab.removeContainer', (item?: LabTreeArgument | string) =>
      removeContainer(store, item),
    ),
    vscode.commands.registerCommand('netlab.resetLab', (args?: { confirm?: boolean }) => resetLab(store, args)),
    vscode.commands.registerCommand('netlab.exportLab', (args?: ExportLabArgs) => exportLab(store, args)),
    vscode.commands.registerCommand('netlab.importLab', (args?: ImportLabArgs) => importLab(store, args)),
  );
}
