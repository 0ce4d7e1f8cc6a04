// Hover texts, built when VS Code asks for one (resolveTreeItem), as Markdown whose every lab value
// is escaped (markdown.ts). A container's says what its mode means, in the display language, and
// for one that exited on start, why: its exit code and last log lines.
import { type ModeKind, modeKind } from '../../core/daemon/networkMode';
import { type NetInterface, namespaceInterfaces } from '../../core/kernel/interfaces';
import { HOST_NETNS } from '../../core/lab/lab';
import { dnsNames } from '../../core/lab/labIndex';
import type { Container, Network } from '../../core/lab/model';
import { shortId } from '../../core/lab/shortId';
import { pick } from '../../knowledge/localized';
import { NETWORK_MODE_SUMMARY } from '../../knowledge/networkModes';
import { dnsNetworks } from './containerDetails';
import { exitedOnStart, stateText } from './containerState';
import { type TreeContext, containerName, modeLabel } from './context';
import { addressText, interfacesIn } from './interfaces';
import { Markdown } from './markdown';
import { networkDescription } from './networksSection';
import { publishedText } from './ports';
import type { InterfaceNode, LabNode } from './rows';

const LOG_LINES = 5;

export function containerTooltip(ctx: TreeContext, c: Container): string {
  const { words } = ctx;
  const md = new Markdown()
    .heading(c.name, stateText(c) || c.state)
    .field(words.image, c.image)
    .field(words.id, shortId(c.id))
    .field(words.hostname, c.hostname)
    .field(words.networkMode, modeLabel(ctx.lab, c))
    .field(words.ports, publishedText(c))
    .field(
      words.dnsNames,
      dnsNetworks(ctx, c)
        .map((net) => `${dnsNames(c, net).join(', ')} (${net})`)
        .join('; '),
    )
    .paragraph()
    .text(pick(NETWORK_MODE_SUMMARY[modeKind(c.networkMode)], ctx.locale));
  if (exitedOnStart(c)) {
    md.paragraph().text(words.exitedOnStart(c.exitCode));
    const lines = c.logs.slice(-LOG_LINES);
    if (lines.length > 0) md.text(words.lastLogLines).quote(lines);
  }
  return md.toString();
}

/** Whose meaning a network's tooltip tells: the predefined bridge's, host's, none's, or a user-defined one's. */
function networkKind(net: Network): ModeKind {
  if (net.driver === 'null') return 'none';
  if (net.name === 'bridge' || net.name === 'host') return net.name;
  return 'user-defined';
}

function networkTooltip(ctx: TreeContext, net: Network): string {
  const { words } = ctx;
  return new Markdown()
    .heading(net.name, networkDescription(net))
    .field(words.id, shortId(net.id))
    .field(words.driver, net.driver)
    .field(words.subnet, net.subnets.map((s) => s.subnet).join(', '))
    .field(
      words.gateway,
      net.subnets
        .map((s) => s.gateway)
        .filter((g) => g !== '')
        .join(', '),
    )
    .field(words.internal, net.internal ? 'true' : '')
    .paragraph()
    .text(pick(NETWORK_MODE_SUMMARY[networkKind(net)], ctx.locale))
    .toString();
}

function hostTooltip(ctx: TreeContext): string {
  const { eth0, hostname } = ctx.lab.hostProfile;
  return new Markdown()
    .heading(hostname)
    .field('eth0', `${eth0.address}/${eth0.prefix}`)
    .field(ctx.words.gateway, eth0.gateway)
    .toString();
}

function interfaceTooltip(ctx: TreeContext, node: InterfaceNode): string | undefined {
  const find = (list: readonly NetInterface[]) => list.find((x) => x.name === node.name);
  // A host veth end is built only when one is pointed at.
  const i = find(interfacesIn(ctx, node.netnsId)) ?? find(namespaceInterfaces(ctx.lab, node.netnsId));
  if (!i) return undefined;
  const { words } = ctx;
  const md = new Markdown()
    .heading(i.peerIndex > 0 ? `${i.name}@if${i.peerIndex}` : i.name, addressText(ctx, i))
    .field(words.ipv6, i.ipv6.map((a) => `${a.address}/${a.prefix}`).join(', '))
    .field(words.mac, i.mac)
    .field(words.mtu, String(i.mtu))
    .field(words.master, i.master ?? '');
  const ns = ctx.lab.namespaces.get(node.netnsId);
  if (node.containerId !== undefined && ns && node.netnsId !== HOST_NETNS && ns.owner !== node.containerId) {
    md.paragraph().text(words.inNamespaceOf(containerName(ctx, ns.owner)));
  }
  return md.toString();
}

/** The hover text of a row, or undefined for rows whose label says it all. */
export function treeTooltip(ctx: TreeContext, node: LabNode): string | undefined {
  switch (node.kind) {
    case 'container': {
      const c = ctx.lab.containers.get(node.containerId);
      return c && containerTooltip(ctx, c);
    }
    case 'network': {
      const net = ctx.lab.networks.get(node.networkId);
      return net && networkTooltip(ctx, net);
    }
    case 'section':
      return node.section === 'host' ? hostTooltip(ctx) : undefined;
    case 'interface':
      return interfaceTooltip(ctx, node);
    default:
      return undefined;
  }
}
