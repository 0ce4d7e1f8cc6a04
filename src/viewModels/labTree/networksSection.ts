// The Networks section: each network with driver, subnet and gateway (`bridge · 172.17.0.0/16 ·
// gw 172.17.0.1`), and under it the containers attached to it with their address on it; under
// host and none the containers in that mode; a joiner follows its owner, sharing its address.
import { isPredefinedName } from '../../core/daemon/networkMode';
import type { Container, Network } from '../../core/lab/model';
import { formatIPv4 } from '../../core/net/ipv4';
import { containerRow } from './containerRow';
import { stateText } from './containerState';
import type { TreeContext } from './context';
import { type TreeRow, rowId } from './rows';
import { treeIndex } from './treeIndex';

const DRIVER_ICONS: Readonly<Record<string, string>> = {
  bridge: 'type-hierarchy-sub',
  host: 'home',
  null: 'circle-slash',
};

export function networkDescription(net: Network): string {
  const subnets = net.subnets.flatMap((s) => [s.subnet, ...(s.gateway ? [`gw ${s.gateway}`] : [])]);
  return [net.driver, ...subnets, ...(net.internal ? ['internal'] : [])].join(' · ');
}

const networkContextValue = (net: Network): string =>
  isPredefinedName(net.name) ? 'network.predefined' : 'network.user';

/** Attached containers, each followed by the containers sharing its namespace (depth first). */
function members(ctx: TreeContext, net: Network): Array<{ c: Container; owner?: Container }> {
  const index = treeIndex(ctx.lab);
  const out: Array<{ c: Container; owner?: Container }> = [];
  const seen = new Set<string>();
  const visit = (c: Container, owner?: Container): void => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    out.push(owner ? { c, owner } : { c });
    for (const j of index.joiners.get(c.id) ?? []) visit(j, owner ?? c);
  };
  for (const c of index.members.get(net.name) ?? []) visit(c);
  return out;
}

export function networksSectionRows(ctx: TreeContext): TreeRow[] {
  const index = treeIndex(ctx.lab);
  return [...ctx.lab.networks.values()].map((net) => {
    const expansion = index.members.has(net.name) ? 'expanded' : 'none';
    return {
      id: rowId(`networks/${net.id}`, expansion),
      label: net.name,
      description: networkDescription(net),
      contextValue: networkContextValue(net),
      icon: { id: DRIVER_ICONS[net.driver] ?? 'globe' },
      expansion,
      node: { kind: 'network', networkId: net.id, name: net.name },
    };
  });
}

/** `172.18.0.2`, `host's namespace`, `lo only`, `172.17.0.2 · web's namespace`, `exited (0)`. */
function memberDescription(ctx: TreeContext, net: Network, c: Container, owner?: Container): string {
  const where = net.driver === 'host' ? ctx.words.hostNamespace : net.driver === 'null' ? ctx.words.loopbackOnly : '';
  const ip = (owner ?? c).endpoints[net.name]?.ip;
  const address = c.state === 'running' && ip !== undefined && ip !== null ? formatIPv4(ip) : '';
  const shared = owner ? ctx.words.namespaceOf(owner.name) : '';
  return [where, address, shared, stateText(c)].filter((p) => p !== '').join(' · ');
}

export function networkChildRows(ctx: TreeContext, networkId: string): TreeRow[] {
  const net = ctx.lab.networks.get(networkId);
  if (!net) return [];
  return members(ctx, net).map(({ c, owner }) =>
    containerRow(ctx, c, `networks/${net.id}/${c.id}`, 'none', memberDescription(ctx, net, c, owner)),
  );
}
