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
import { hasNetwork, isUserNetwork, pickContainer, pickNetwork } from './pickers';
import { askAliases, askStaticIp } from './endpointPrompts';
import type { Step } from './prompts';
import { missingArgument, runDocker } from './runDocker';

/** Only a container with a namespace of its own on bridge networks can gain interfaces. */
const connectable = (c: Container) => ['bridge', 'user-defined'].includes(modeKind(c.networkMode));
const joinable = (n: Network) => n.driver !== 'host' && n.driver !== 'null';

function connect(store: LabStore, request: ConnectRequest): boolean {
  return runDocker(store, networkConnectArgv(request)) !== undefined;
}

async function ask(store: LabStore, givenContainer?: string, givenNetwork?: string): Promise<boolean> {
  const lab = store.current;
  const title = vscode.l10n.t('Connect to Network');
  const known = givenNetwork ? lab.findNetwork(givenNetwork) : undefined;
  // Aliases and an address are asked on user-defined networks only; until the network is picked, count them.
  const count = (givenContainer ? 0 : 1) + (givenNetwork ? 0 : 1) + (known && !isUserNetwork(known) ? 0 : 2);
  let index = 0;
  const step = (): Step => ({ title, index: ++index, count });
  const container =
    givenContainer ??
    (await pickContainer(
      store,
      step(),
      vscode.l10n.t('Container to connect'),
      (c) => connectable(c) && (!known || !hasNetwork(c, known)),
      vscode.l10n.t('No container that can be connected (host, none and container: modes cannot).'),
    ));
  if (!container) return false;
  const c = lab.findContainer(container);
  const network =
    givenNetwork ??
    (await pickNetwork(
      store,
      step(),
      vscode.l10n.t('Network to connect {0} to', container),
      (n) => joinable(n) && (!c || !hasNetwork(c, n)),
      vscode.l10n.t('No other network to connect {0} to.', container),
    ));
  if (!network) return false;
  const net = lab.findNetwork(network);
  if (!net || !isUserNetwork(net)) return connect(store, { network, container });
  const aliases = await askAliases(step(), network);
  if (aliases === undefined) return false;
  const ip = await askStaticIp(step(), lab, net);
  if (ip === undefined) return false;
  return connect(store, { network, container, aliases, ip });
}

export async function connectNetwork(store: LabStore, arg?: unknown): Promise<boolean> {
  const input = commandInput(arg);
  if (input.via !== 'args') return ask(store, containerOf(input), networkOf(input));
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
