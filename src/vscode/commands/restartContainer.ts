// Network Lab: Restart Container — `docker restart`: stop, then start (a new namespace: joiners of
// the old one must be restarted too).
// Called with a tree row, a name ('web'), { container: 'web' } (no prompts), or nothing (a quick pick).
// Resolves to true when docker did it; Docker's error is shown and nothing changes otherwise.
import * as vscode from 'vscode';
import { containerVerbCommand } from './containerVerb';

export const restartContainer = containerVerbCommand({
  command: 'netlab.restartContainer',
  title: () => vscode.l10n.t('Restart Container'),
  argv: (c) => ['docker', 'restart', c],
  offers: () => true,
  none: () => vscode.l10n.t('No container to restart.'),
});
