// Network Lab: Reset Lab — back to a fresh host (the settings' host profile applies then).
// Called with nothing: asks first; with { confirm: false }: resets without asking.
// Resolves to true when the lab was reset.
import * as vscode from 'vscode';
import type { LabStore } from '../state/labStore';

export async function resetLab(store: LabStore, args?: unknown): Promise<boolean> {
  const ask = !(typeof args === 'object' && args !== null && (args as { confirm?: unknown }).confirm === false);
  if (ask) {
    const reset = vscode.l10n.t('Reset');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Remove every container and network from the lab?'),
      { modal: true },
      reset,
    );
    if (answer !== reset) return false;
  }
  store.reset();
  return true;
}
