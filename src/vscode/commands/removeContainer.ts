// Network Lab: Remove Container — `docker rm -f`: stopped first when running, its endpoints and
// addresses given back.
// Called with a tree row, a name ('web'), { container: 'web' } (no prompts), or nothing (a quick pick).
// Resolves to true when docker did it; Docker's error is shown and nothing changes otherwise.
import * as vscode from 'vscode';
import { containerVerbCommand } from './containerVerb';

export const removeContainer = containerVerbCommand({
  command: 'netlab.removeContainer',
  title: () => vscode.l10n.t('Remove Container'),
  argv: (c) => ['docker', 'rm', '-f', c],
  offers: () => true,
  none: () => vscode.l10n.t('The lab has no container to remove.'),
});
