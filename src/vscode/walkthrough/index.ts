// The "Docker network modes" walkthrough: its buttons' command and its progress.
import * as vscode from 'vscode';
import type { LabStore } from '../state/labStore';
import { trackWalkthroughProgress } from './progressContext';
import { runWalkthroughStep } from './runStep';

export function registerWalkthrough(context: vscode.ExtensionContext, store: LabStore): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('netlab.walkthrough.run', (step?: string) => runWalkthroughStep(store, step)),
    trackWalkthroughProgress(store),
  );
}
