// Network Lab: Pause Container — `docker pause`: its processes freeze; the kernel still answers
// ping, but nothing in it answers on a port.
// Called with a tree row, a name ('web'), { container: 'web' } (no prompts), or nothing (a quick pick).
// Resolves to true when docker did it; Docker's error is shown and nothing changes otherwise.
import * as vscode from 'vscode';
import { containerVerbCommand } from './containerVerb';
import { isRunning } from './pickers';

export const pauseContainer = containerVerbCommand({
  command: 'netlab.pauseContainer',
  title: () => vscode.l10n.t('Pause Container'),
  argv: (c) => ['docker', 'pause', c],
  offers: isRunning,
  none: () => vscode.l10n.t('No running container to pause.'),
});
