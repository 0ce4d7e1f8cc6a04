// One container's row: name, then mode and address (`bridge · 172.17.0.2`, `host · host's
// namespace`, `container:web · 172.17.0.2`, `app · 172.18.0.2 · exited (0)`).
import { containerModeTarget, modeKind } from '../../core/daemon/networkMode';
import type { Lab } from '../../core/lab/lab';
import { HOST_NETNS } from '../../core/lab/lab';
import type { Container } from '../../core/lab/model';
import { formatIPv4 } from '../../core/net/ipv4';
import { containerContextValue, containerIcon, stateText } from './containerState';
import { type TreeContext, containerName, networkName } from './context';
import { type Expansion, type TreeRow, rowId } from './rows';

/** The running container whose namespace c's processes are in (itself, its owner), not the host. */
function namespaceOwner(lab: Lab, c: Container): Container | undefined {
  if (c.netnsId === null || c.netnsId === HOST_NETNS) return undefined;
  const ns = lab.namespaces.get(c.netnsId);
  return ns?.alive ? lab.containers.get(ns.owner) : undefined;
}

/** The network its mode names: `bridge` for the default, the network's name for a user-defined one. */
function modeNetwork(lab: Lab, c: Container): string {
  return modeKind(c.networkMode) === 'bridge' ? 'bridge' : networkName(lab, c.networkMode);
}

/** `172.17.0.2` on the mode's network, `app 172.18.0.2` on the others. */
function addresses(lab: Lab, owner: Container): string[] {
  const primary = modeNetwork(lab, owner);
  return Object.entries(owner.endpoints).flatMap(([net, ep]) =>
    ep.ip === null ? [] : [net === primary ? formatIPv4(ep.ip) : `${net} ${formatIPv4(ep.ip)}`],
  );
}

type ModeParts = (ctx: TreeContext, c: Container, ips: string[]) => string[];

const MODE_PARTS: Readonly<Record<ReturnType<typeof modeKind>, ModeParts>> = {
  container: (ctx, c, ips) => [`container:${containerName(ctx, containerModeTarget(c.networkMode))}`, ...ips],
  host: (ctx) => ['host', ctx.words.hostNamespace],
  none: () => ['none'],
  bridge: (_ctx, _c, ips) => ['bridge', ...ips],
  'user-defined': (ctx, c, ips) => [networkName(ctx.lab, c.networkMode), ...ips],
};

export function containerDescription(ctx: TreeContext, c: Container): string {
  const owner = namespaceOwner(ctx.lab, c);
  const state = stateText(c);
  const parts = MODE_PARTS[modeKind(c.networkMode)](ctx, c, owner ? addresses(ctx.lab, owner) : []);
  return [...parts, ...(state ? [state] : [])].join(' · ');
}

/** A container row; `base` places it (`containers/<id>`, `networks/<net>/<id>`). */
export function containerRow(
  ctx: TreeContext,
  c: Container,
  base: string,
  expansion: Expansion,
  description = containerDescription(ctx, c),
): TreeRow {
  return {
    id: rowId(base, expansion),
    label: c.name,
    description,
    contextValue: containerContextValue(c),
    icon: containerIcon(c),
    expansion,
    node: { kind: 'container', containerId: c.id, name: c.name },
  };
}
