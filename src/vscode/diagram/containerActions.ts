// A container's buttons in the diagram run the extension's own commands, with the container's
// name, as its tree row's menu does: the same docker commands, output and errors.
import * as vscode from 'vscode';
import type { ContainerAction } from '../../protocol/diagramMessages';
import { notifyError } from '../notify';
import type { LabStore } from '../state/labStore';

const COMMANDS: Readonly<Record<ContainerAction, string>> = {
  start: 'netlab.startContainer',
  stop: 'netlab.stopContainer',
  remove: 'netlab.removeContainer',
  exec: 'netlab.exec',
  inspect: 'netlab.inspect',
  terminal: 'netlab.openTerminal',
};

export async function runContainerAction(store: LabStore, action: ContainerAction, id: string): Promise<void> {
  const container = store.current.containers.get(id);
  if (!container) {
    // The diagram was a step behind the lab: the container is gone (the engine's words).
    void notifyError(`Error response from daemon: No such container: ${id}`);
    return;
  }
  await vscode.commands.executeCommand(COMMANDS[action], container.name);
}
