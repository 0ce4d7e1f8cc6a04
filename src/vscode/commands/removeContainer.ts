// Network Lab: Remove Container — `docker rm -f` for a tree row, or a picked container.
import * as vscode from 'vscode';
import type { LabStore } from '../state/labStore';
import type { LabTreeArgument } from '../../viewModels/labTree';
import { shortId } from '../../core/lab/shortId';

export async function removeContainer(store: LabStore, item?: LabTreeArgument | string): Promise<boolean> {
  let ref = typeof item === 'string' ? item : item?.node.kind === 'container' ? item.node.containerId : undefined;
  if (!ref) {
    const picked = await vscode.window.showQuickPick(
      [...store.current.containers.values()].map((c) => ({ label: c.name, description: shortId(c.id) })),
      { title: 'Network Lab: Remove Container' },
    );
    ref = picked?.label;
  }
  if (!ref) return false;
  const result = store.runArgv(['docker', 'rm', '-f', ref]);
  if (result.output.exitCode !== 0) {
    void vscode.window.showErrorMessage(result.output.stderr.trim());
    return false;
  }
  return true;
}
