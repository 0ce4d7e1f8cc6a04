// Says why: a warning when a container exits right after it started, with the reason from its log
// and its full log one click away (netlab.showLogs).
import * as vscode from 'vscode';
import { newExitReports } from '../../viewModels/exitReports';
import type { LabStore } from './labStore';

export function registerExitNotifier(context: vscode.ExtensionContext, store: LabStore): void {
  const reported = new Set<string>();
  // What had already happened before this window (a reloaded lab) is not news.
  let primed = false;
  const check = () => {
    const reports = newExitReports(store.current, reported);
    if (!primed) {
      primed = true;
      return;
    }
    for (const r of reports) {
      const showLogs = vscode.l10n.t('Show Logs');
      const message = vscode.l10n.t(
        '{0} exited right after it started (exit code {1}): {2}',
        r.name,
        r.exitCode,
        r.reason,
      );
      void vscode.window.showWarningMessage(message, showLogs).then((choice) => {
        if (choice === showLogs) void vscode.commands.executeCommand('netlab.showLogs', r.name);
      });
    }
  };
  check();
  context.subscriptions.push(
    store.onDidChange(check),
    store.onDidReset(() => reported.clear()),
  );
}
