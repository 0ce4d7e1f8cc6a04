// Network Lab: Remove Network — `docker network rm`. Docker refuses while a container has an
// endpoint on it (its words are shown, nothing changes) and never removes bridge, host or none.
// Called with a network row, a name ('app'), { network: 'app' } (no prompts), or nothing (a quick
// pick of user-defined networks). Resolves to true when docker removed it.
import * as vscode from 'vscode';
import type { LabStore } from '../state/labStore';
import { commandInput, networkOf, textArg } from './nodeArgs';
import { isUserNetwork, pickNetwork } from './pickers';
import { missingArgument, runDocker } from './runDocker';

export async function removeNetwork(store: LabStore, arg?: unknown): Promise<boolean> {
  const input = commandInput(arg);
  const given =
    input.via === 'args' ? textArg(input.args, 'network') : input.via === 'name' ? input.name : networkOf(input);
  if (input.via === 'args' && !given) return missingArgument('netlab.removeNetwork', 'network') ?? false;
  const network =
    given ??
    (await pickNetwork(
      store,
      { title: vscode.l10n.t('Remove Network'), index: 1, count: 1 },
      vscode.l10n.t('Network'),
      isUserNetwork,
      vscode.l10n.t('No user-defined network to remove.'),
    ));
  if (!network) return false;
  return runDocker(store, ['docker', 'network', 'rm', network]) !== undefined;
}
