// Network Lab: Connect to Network… — `docker network connect`: one more interface (ethN) in the
// container's namespace, on that network; on a user-defined network with aliases and a static
// address if wanted. Containers in host, none or container: mode cannot be connected (Docker says why).
// Called with:
// - nothing (palette): asks for the container, the network, then (user-defined networks) aliases
//   and a static address, each checked as it is typed
// - a container row or name ('web'): asks for the network and the rest
// - a network row: asks for the container and the rest
// - { network, container, aliases?, ip? } (aliases: array or comma-separated): no prompts
// Resolves to true when connected; Docker's error is shown and nothing changes otherwise.
import * as vscode from 'vscode';
import { modeKind } from '../../core/daemon/networkMode';
import type { Container, Network } from '../../core/lab/model';
import { type ConnectRequest, networkConnectArgv } from '../../viewModels/networkArgs';
import type { LabStore } from '../state/labStore';
import { commandInput, containerOf, listArg, networkOf, textArg } from './nodeArgs';
import { hasNetwork, isUserNetwork } from './pickers';
import { type PairSpec, pickPair } from './pickPair';
import { askAliases, askStaticIp } from './endpointPrompts';
import { missingArgument, runDocker } from './runDocker';
import { findQuietly } from '../../viewModels/lookups';

/** Only a container with a namespace of its own on bridge networks can gain interfaces. */
const connectable = (c: Container) => ['bridge', 'user-defined'].includes(modeKind(c.networkMode));
const joinable = (n: Network) => n.driver !== 'host' && n.driver !== 'null';

function connect(store: LabStore, request: ConnectRequest): boolean {
  return runDocker(store, networkConnectArgv(request)) !== undefined;
}

const CONNECT = (): PairSpec => ({
  title: vscode.l10n.t('Connect to Network'),
  // Aliases and an address are asked on user-defined networks only; until the network is picked, count them.
  stepsAfter: (known) => (known && !isUserNetwork(known) ? 0 : 2),
  container: {
    placeHolder: vscode.l10n.t('Container to connect'),
    none: vscode.l10n.t('No container that can be connected (host, none and container: modes cannot).'),
    offers: (c, known) => connectable(c) && (!known || !hasNetwork(c, known)),
  },
  network: {
    placeHolder: (container) => vscode.l10n.t('Network to connect {0} to', container),
    none: (container) => vscode.l10n.t('No other network to connect {0} to.', container),
    offers: (n, c) => joinable(n) && (!c || !hasNetwork(c, n)),
  },
});

async function ask(store: LabStore, given: { container?: string; network?: string }): Promise<boolean> {
  const pair = await pickPair(store, given, CONNECT());
  if (!pair) return false;
  const { container, network } = pair;
  const net = findQuietly(() => store.current.findNetwork(network));
  if (!net || !isUserNetwork(net)) return connect(store, { network, container });
  const aliases = await askAliases(pair.next(), network);
  if (aliases === undefined) return false;
  const ip = await askStaticIp(pair.next(), store.current, net);
  if (ip === undefined) return false;
  return connect(store, { network, container, aliases, ip });
}

export async function connectNetwork(store: LabStore, arg?: unknown): Promise<boolean> {
  const input = commandInput(arg);
  if (input.via !== 'args') return ask(store, { container: containerOf(input), network: networkOf(input) });
  const network = textArg(input.args, 'network');
  const container = textArg(input.args, 'container');
  if (!network || !container)
    return missingArgument('netlab.connectNetwork', network ? 'container' : 'network') ?? false;
  return connect(store, {
    network,
    container,
    aliases: listArg(input.args, 'aliases'),
    ip: textArg(input.args, 'ip'),
  });
}
