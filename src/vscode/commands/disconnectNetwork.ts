// Network Lab: Disconnect from Network… — `docker network disconnect`: the container loses that
// interface and its address there (and that network's DNS names).
// Called with:
// - nothing (palette): asks for the container, then one of its networks
// - a container row or name ('web'): asks for one of its networks
// - a network row: asks for one of the containers on it
// - { network, container, force? }: no prompts
// Resolves to true when disconnected; Docker's error is shown and nothing changes otherwise.
import * as vscode from 'vscode';
import { networkDisconnectArgv } from '../../viewModels/networkArgs';
import type { LabStore } from '../state/labStore';
import { boolArg, commandInput, containerOf, networkOf, textArg } from './nodeArgs';
import { hasNetwork, pickContainer, pickNetwork } from './pickers';
import { missingArgument, runDocker } from './runDocker';

async function ask(store: LabStore, givenContainer?: string, givenNetwork?: string): Promise<boolean> {
  const lab = store.current;
  const title = vscode.l10n.t('Disconnect from Network');
  const count = givenContainer || givenNetwork ? 1 : 2;
  const known = givenNetwork ? lab.findNetwork(givenNetwork) : undefined;
  const container =
    givenContainer ??
    (await pickContainer(
      store,
      { title, index: 1, count },
      vscode.l10n.t('Container to disconnect'),
      (c) => (known ? hasNetwork(c, known) : Object.keys(c.networks).length > 0),
      vscode.l10n.t('No container is connected to a network.'),
    ));
  if (!container) return false;
  const c = lab.findContainer(container);
  const network =
    givenNetwork ??
    (await pickNetwork(
      store,
      { title, index: count, count },
      vscode.l10n.t('Network to disconnect {0} from', container),
      (n) => c !== undefined && hasNetwork(c, n),
      vscode.l10n.t('{0} is on no network.', container),
    ));
  if (!network) return false;
  return runDocker(store, networkDisconnectArgv({ network, container })) !== undefined;
}

export async function disconnectNetwork(store: LabStore, arg?: unknown): Promise<boolean> {
  const input = commandInput(arg);
  if (input.via !== 'args') return ask(store, containerOf(input), networkOf(input));
  const network = textArg(input.args, 'network');
  const container = textArg(input.args, 'container');
  if (!network || !container)
    return missingArgument('netlab.disconnectNetwork', network ? 'container' : 'network') ?? false;
  return (
    runDocker(store, networkDisconnectArgv({ network, container, force: boolArg(input.args, 'force') })) !== undefined
  );
}
