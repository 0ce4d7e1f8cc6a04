// Network Lab: Show Container Logs — `docker logs C` into the "Network Lab" output channel, shown
// to the user. The channel rather than a document: logs are read once, next to the commands that
// produced them (start, stop, a port already taken), with the command echoed to retype in a terminal.
// Called with a container row, a name ('web'), { container: 'web' } (no prompts), or nothing (a
// quick pick). Resolves to the logs' text, or undefined when cancelled or refused (Docker's words shown).
import * as vscode from 'vscode';
import type { LabStore } from '../state/labStore';
import { commandInput, containerOf, textArg } from './nodeArgs';
import { pickContainer } from './pickers';
import { missingArgument, runDocker } from './runDocker';

export async function showLogs(store: LabStore, arg?: unknown): Promise<string | undefined> {
  const input = commandInput(arg);
  const given = input.via === 'args' ? textArg(input.args, 'container') : containerOf(input);
  if (input.via === 'args' && !given) return missingArgument('netlab.showLogs', 'container');
  const container =
    given ??
    (await pickContainer(
      store,
      { title: vscode.l10n.t('Show Container Logs'), index: 1, count: 1 },
      vscode.l10n.t('Container'),
      () => true,
      vscode.l10n.t('The lab has no container.'),
    ));
  if (!container) return undefined;
  return runDocker(store, ['docker', 'logs', container], { reveal: true })?.stdout;
}
