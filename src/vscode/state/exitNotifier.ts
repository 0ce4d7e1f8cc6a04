// Says why: a warning when a container exits right after it started, with the reason from its log
// and its full log one click away (netlab.showLogs).
import * as vscode from 'vscode';
import { newExitReports } from '../../viewModels/exitReports';
import type { LabStore } from './labStore';
import { notifyWarning } from '../notify';

export function registerExitNotifier(context: vscode.ExtensionContext, store: LabStore): void {
  const reported = new Set<string>();
  // What had already happened in a lab before it was shown here (a reloaded or an imported lab)
  // is not news: only exits from now on are reported.
  const prime = () => {
    reported.clear();
    newExitReports(store.current, reported);
  };
  const check = () => {
    for (const r of newExitReports(store.current, reported)) {
      const showLogs = vscode.l10n.t('Show Logs');
      const message = vscode.l10n.t(
        '{0} exited right after it started (exit code {1}): {2}',
        r.name,
        r.exitCode,
        r.reason,
      );
      void notifyWarning(message, showLogs).then((choice) => {
        if (choice === showLogs) void vscode.commands.executeCommand('netlab.showLogs', r.name);
      });
    }
  };
  // A reset or an import replaces the lab before its change event: prime on the new one first.
  context.subscriptions.push(store.whenLoaded(prime), store.onDidReset(prime), store.onDidChange(check));
}
