// Network Lab: Unpause Container — `docker unpause`: its processes run (and answer) again.
// Called with a tree row, a name ('web'), { container: 'web' } (no prompts), or nothing (a quick pick).
// Resolves to true when docker did it; Docker's error is shown and nothing changes otherwise.
import * as vscode from 'vscode';
import { containerVerbCommand } from './containerVerb';

export const unpauseContainer = containerVerbCommand({
  command: 'netlab.unpauseContainer',
  title: () => vscode.l10n.t('Unpause Container'),
  argv: (c) => ['docker', 'unpause', c],
  offers: (c) => c.paused === true,
  none: () => vscode.l10n.t('No paused container to unpause.'),
});
