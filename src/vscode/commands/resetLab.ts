// Network Lab: Reset Lab — back to a fresh host; asks first unless called with { confirm: false }.
import * as vscode from 'vscode';
import type { LabStore } from '../state/labStore';

export async function resetLab(store: LabStore, args: { confirm?: boolean } = {}): Promise<boolean> {
  if (args.confirm !== false) {
    const answer = await vscode.window.showWarningMessage(
      'Remove every container and network from the lab?',
      { modal: true },
      'Reset',
    );
    if (answer !== 'Reset') return false;
  }
  store.reset();
  return true;
}
