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
import { hasNetwork } from './pickers';
import { type PairSpec, pickPair } from './pickPair';
import { missingArgument, runDocker } from './runDocker';

const DISCONNECT = (): PairSpec => ({
  title: vscode.l10n.t('Disconnect from Network'),
  stepsAfter: () => 0,
  container: {
    placeHolder: vscode.l10n.t('Container to disconnect'),
    none: vscode.l10n.t('No container is connected to a network.'),
    offers: (c, known) => (known ? hasNetwork(c, known) : Object.keys(c.networks).length > 0),
  },
  network: {
    placeHolder: (container) => vscode.l10n.t('Network to disconnect {0} from', container),
    none: (container) => vscode.l10n.t('{0} is on no network.', container),
    offers: (n, c) => c !== undefined && hasNetwork(c, n),
  },
});

async function ask(store: LabStore, given: { container?: string; network?: string }): Promise<boolean> {
  const pair = await pickPair(store, given, DISCONNECT());
  if (!pair) return false;
  return runDocker(store, networkDisconnectArgv(pair)) !== undefined;
}

export async function disconnectNetwork(store: LabStore, arg?: unknown): Promise<boolean> {
  const input = commandInput(arg);
  if (input.via !== 'args') return ask(store, { container: containerOf(input), network: networkOf(input) });
  const network = textArg(input.args, 'network');
  const container = textArg(input.args, 'container');
  if (!network || !container)
    return missingArgument('netlab.disconnectNetwork', network ? 'container' : 'network') ?? false;
  return (
    runDocker(store, networkDisconnectArgv({ network, container, force: boolArg(input.args, 'force') })) !== undefined
  );
}
