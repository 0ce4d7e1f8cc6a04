// The Containers tree as plain data: one node per container with its mode and address; containers
// that joined another's namespace (container:<x>) sit under the namespace owner. The VS Code
// provider only turns these nodes into TreeItems.
import { containerModeTarget, isContainerMode, modeKind } from '../core/daemon/networkMode';
import type { Lab } from '../core/lab/lab';
import type { Container } from '../core/lab/model';
import { formatIPv4 } from '../core/net/ipv4';
import { shortId } from '../core/lab/shortId';

export interface ContainerNode {
  /** Unique in the view; changes when the row gains joiners, so VS Code shows it expanded. */
  id: string;
  containerId: string;
  label: string;
  description: string;
  /** Plain text: the provider escapes it into an untrusted Markdown tooltip. */
  tooltip: string;
  /** `container.<state>`: menus match on it. */
  contextValue: string;
  icon: 'vm-running' | 'vm-outline';
  children: ContainerNode[];
}

/** A container's name, or the short ID of one that no longer exists. */
const nameIn = (lab: Lab) => (id: string) => lab.containers.get(id)?.name ?? shortId(id);

/** `bridge · 172.17.0.2`, `host`, `none`, `container:web`, `app · 172.18.0.2`. */
export function describeContainer(c: Container, nameOf: (id: string) => string): string {
  const kind = modeKind(c.networkMode);
  if (kind === 'container') return `container:${nameOf(containerModeTarget(c.networkMode))}`;
  if (kind === 'host' || kind === 'none') return c.state === 'running' ? kind : `${kind} · ${c.state}`;
  const ips = Object.entries(c.endpoints).flatMap(([net, ep]) =>
    ep.ip === null ? [] : [net === 'bridge' ? formatIPv4(ep.ip) : `${net} ${formatIPv4(ep.ip)}`],
  );
  const mode = kind === 'bridge' ? 'bridge' : c.networkMode;
  if (c.state !== 'running') return `${mode} · ${c.state}`;
  return [mode, ...ips].join(' · ');
}

export function containerTooltip(c: Container, nameOf: (id: string) => string): string {
  const mode = isContainerMode(c.networkMode)
    ? `container:${nameOf(containerModeTarget(c.networkMode))}`
    : c.networkMode;
  return `${c.name} (${shortId(c.id)})\nimage: ${c.image}\nnetwork mode: ${mode}\nstate: ${c.state}`;
}

/** container:<x> joiners by owner ID, in one pass over the lab. */
function joinersByOwner(lab: Lab): Map<string, Container[]> {
  const byOwner = new Map<string, Container[]>();
  for (const c of lab.containers.values()) {
    const owner = containerModeTarget(c.networkMode);
    if (owner === '') continue;
    const list = byOwner.get(owner);
    if (list) list.push(c);
    else byOwner.set(owner, [c]);
  }
  return byOwner;
}

export function containerTree(lab: Lab): ContainerNode[] {
  const nameOf = nameIn(lab);
  const joiners = joinersByOwner(lab);
  const node = (c: Container): ContainerNode => {
    const children = (joiners.get(c.id) ?? []).map(node);
    return {
      id: children.length > 0 ? `${c.id}/joined` : c.id,
      containerId: c.id,
      label: c.name,
      description: describeContainer(c, nameOf),
      tooltip: containerTooltip(c, nameOf),
      contextValue: `container.${c.state}`,
      icon: c.state === 'running' ? 'vm-running' : 'vm-outline',
      children,
    };
  };
  // A joiner whose owner is gone has nobody to sit under: it shows at the top level.
  const roots = [...lab.containers.values()].filter((c) => {
    const owner = containerModeTarget(c.networkMode);
    return owner === '' || !lab.containers.has(owner);
  });
  return roots.map(node);
}
