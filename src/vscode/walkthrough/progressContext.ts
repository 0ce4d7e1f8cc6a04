// Marks walkthrough steps done: when the lab reaches a step's state, the context key
// netlab.walkthrough.<step> (the step's completionEvents in package.json) becomes true. It stays
// true for the window even if the lab moves on; VS Code itself remembers completed steps.
// Checked on changes only: the saved lab is read on first use, not at activation.
import * as vscode from 'vscode';
import { WALKTHROUGH_STEPS, type WalkthroughStepId } from '../../knowledge/walkthrough';
import { walkthroughProgress } from '../../viewModels/walkthroughProgress';
import type { LabStore } from '../state/labStore';

export function trackWalkthroughProgress(store: LabStore): vscode.Disposable {
  const done = new Set<WalkthroughStepId>();
  const update = () => {
    if (done.size === WALKTHROUGH_STEPS.length) return;
    for (const [id, reached] of Object.entries(walkthroughProgress(store.current)) as [WalkthroughStepId, boolean][]) {
      if (!reached || done.has(id)) continue;
      done.add(id);
      void vscode.commands.executeCommand('setContext', `netlab.walkthrough.${id}`, true);
    }
  };
  const subscription = store.onDidChange(update);
  return new vscode.Disposable(() => subscription.dispose());
}
