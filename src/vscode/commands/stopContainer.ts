// Network Lab: Stop Container — `docker stop`: the container's own namespace goes, and with it its
// addresses and published ports; containers that joined it keep only lo.
// Called with a tree row, a name ('web'), { container: 'web' } (no prompts), or nothing (a quick pick).
// Resolves to true when docker did it; Docker's error is shown and nothing changes otherwise.
import * as vscode from 'vscode';
import { containerVerbCommand } from './containerVerb';

export const stopContainer = containerVerbCommand({
  command: 'netlab.stopContainer',
  title: () => vscode.l10n.t('Stop Container'),
  argv: (c) => ['docker', 'stop', c],
  offers: (c) => c.state === 'running',
  none: () => vscode.l10n.t('No running container to stop.'),
});
