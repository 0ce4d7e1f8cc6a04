// Network Lab: Start Container — `docker start`: a stopped container gets its namespace, addresses
// and ports again (new addresses, if others took them meanwhile).
// Called with a tree row, a name ('web'), { container: 'web' } (no prompts), or nothing (a quick pick).
// Resolves to true when docker did it; Docker's error is shown and nothing changes otherwise.
import * as vscode from 'vscode';
import { containerVerbCommand } from './containerVerb';

export const startContainer = containerVerbCommand({
  command: 'netlab.startContainer',
  title: () => vscode.l10n.t('Start Container'),
  argv: (c) => ['docker', 'start', c],
  offers: (c) => c.state !== 'running',
  none: () => vscode.l10n.t('No stopped container to start.'),
});
