// Hovers on a compose file's network and volume keys: what Docker does with the key (and the value under the
// cursor), what it conflicts with, and what it means in this file, from the simulation's facts
// when there are some. Everything taken from the file is escaped (../markdown.ts).
import type { PortSource, ServiceSource } from '../../compose/model';
import { PortSpecError, parsePublish } from '../../core/net/portSpec';
import { COMPOSE_KEYS, type ComposeKeyPath } from '../../knowledge/composeKeys';
import {
  HOVER_TEXTS,
  NETWORK_DRIVERS,
  NETWORK_MODE_VALUES,
  type NetworkModeKind,
  PORT_REACH,
} from '../../knowledge/composeValues';
import { type Locale, type Localized, pick } from '../../knowledge/localized';
import { fill, inlineCode } from '../../core/text/markdown';
import type { Range as PositionRange, Position } from '../position';
import type { ComposeModel, NodeAt } from './composeModel';
import type { SimulationFacts } from './simulationFacts';
import { isLoopbackAddress } from '../../core/net/loopback';

export interface ComposeHover {
  /** The extension's Markdown; values from the file are escaped in it. */
  markdown: string;
  link: string;
  range: PositionRange;
}

/** Keys of a service's `networks.<name>` entry that have their own text. */
const SERVICE_NETWORK_KEYS = new Set([
  'aliases',
  'ipv4_address',
  'ipv6_address',
  'interface_name',
  'priority',
  'gw_priority',
  'mac_address',
]);
const SERVICE_KEYS = new Set([
  'network_mode',
  'networks',
  'ports',
  'expose',
  'links',
  'external_links',
  'hostname',
  'domainname',
  'dns',
  'dns_search',
  'dns_opt',
  'extra_hosts',
  'mac_address',
  'volumes',
]);
const NETWORK_KEYS = new Set([
  'driver',
  'driver_opts',
  'ipam',
  'external',
  'internal',
  'attachable',
  'enable_ipv4',
  'enable_ipv6',
  'name',
  'labels',
]);
const IPAM_CONFIG_KEYS = new Set(['subnet', 'ip_range', 'gateway', 'aux_addresses']);
const VOLUME_KEYS = new Set(['name', 'external', 'driver', 'driver_opts', 'labels']);

/** Which text a path gets, and the names it is about. */
interface Target {
  key: ComposeKeyPath;
  service?: string;
  network?: string;
}

const isKeyPath = (k: string): k is ComposeKeyPath => k in COMPOSE_KEYS;

function serviceTarget(p: NodeAt['path'], at: NodeAt): Target | undefined {
  const service = String(p[1]);
  const k = p[2];
  if (k === 'build' && p[3] === 'network') return { key: 'service.build.network', service };
  if (typeof k !== 'string' || !SERVICE_KEYS.has(k)) return undefined;
  if (k === 'networks' && p.length >= 4) {
    // A list item names the network in its value; a map entry in its key.
    const network = typeof p[3] === 'number' ? at.text : p[3];
    if (network === undefined) return undefined;
    const sub = p[4];
    if (typeof sub === 'string' && SERVICE_NETWORK_KEYS.has(sub)) {
      const key = `service.networks.${sub}`;
      return isKeyPath(key) ? { key, service, network } : undefined;
    }
    return { key: 'service.networks.entry', service, network };
  }
  const key = `service.${k}`;
  return isKeyPath(key) ? { key, service } : undefined;
}

function networkTarget(p: NodeAt['path']): Target | undefined {
  if (p.length === 1) return { key: 'networks' };
  const network = String(p[1]);
  if (p.length === 2) return { key: 'network.entry', network };
  const k = p[2];
  if (typeof k !== 'string' || !NETWORK_KEYS.has(k)) return undefined;
  if (k === 'ipam') {
    if (p[3] === 'driver') return { key: 'network.ipam.driver', network };
    if (p[3] !== 'config') return { key: 'network.ipam', network };
    const sub = p[5];
    if (typeof sub === 'string' && IPAM_CONFIG_KEYS.has(sub)) {
      const key = `network.ipam.${sub}`;
      return isKeyPath(key) ? { key, network } : undefined;
    }
    return { key: 'network.ipam.config', network };
  }
  const key = `network.${k}`;
  return isKeyPath(key) ? { key, network } : undefined;
}

/** Top-level `volumes`, one of its entries, or a key of an entry. */
function volumeTarget(p: NodeAt['path']): Target | undefined {
  if (p.length === 1) return { key: 'volumes' };
  if (p.length === 2) return { key: 'volume.entry' };
  const k = p[2];
  const key = `volume.${String(k)}`;
  return typeof k === 'string' && VOLUME_KEYS.has(k) && isKeyPath(key) ? { key } : undefined;
}

function targetOf(at: NodeAt): Target | undefined {
  const p = at.path;
  if (p[0] === 'services' && p.length >= 3) return serviceTarget(p, at);
  if (p[0] === 'networks') return networkTarget(p);
  if (p[0] === 'volumes') return volumeTarget(p);
  return undefined;
}

/** What the hover says "in this file", as Markdown lines. */
interface Context {
  model: ComposeModel;
  locale: Locale;
  facts: SimulationFacts | undefined;
  at: NodeAt;
  offset: number;
}

const say = (ctx: Context, text: Localized, values: Record<string, string> = {}) =>
  fill(pick(text, ctx.locale), values);

function networkFacts(ctx: Context, network: string, service?: string): string[] {
  const facts = ctx.facts;
  if (!facts) return [];
  const out: string[] = [];
  const net = facts.networks.find((n) => n.key === network);
  if (net) {
    const values = { key: inlineCode(network), name: inlineCode(net.name) };
    out.push(say(ctx, net.external ? HOVER_TEXTS.networkExternal : HOVER_TEXTS.networkName, values));
    if (net.subnets.length > 0) {
      out.push(
        say(ctx, HOVER_TEXTS.networkSubnet, {
          subnet: net.subnets.map(inlineCode).join(', '),
          gateway: net.gateways.map(inlineCode).join(', ') || '-',
        }),
      );
    }
  }
  if (service) {
    const attachment = facts.services.find((s) => s.name === service)?.attachments.find((a) => a.network === network);
    const address = [attachment?.ipv4, attachment?.ipv6].filter((a): a is string => !!a);
    if (address.length > 0)
      out.push(
        say(ctx, HOVER_TEXTS.serviceAddress, {
          service: inlineCode(service),
          address: address.map(inlineCode).join(', '),
        }),
      );
  } else {
    const members = facts.services.filter((s) => s.attachments.some((a) => a.network === network)).map((s) => s.name);
    if (members.length > 0)
      out.push(say(ctx, HOVER_TEXTS.networkMembers, { services: members.map(inlineCode).join(', ') }));
  }
  return out;
}

function modeKind(value: string): NetworkModeKind | undefined {
  if (value === 'bridge' || value === 'host' || value === 'none') return value;
  if (value.startsWith('service:')) return 'service';
  if (value.startsWith('container:')) return 'container';
  return undefined;
}

/** Ports a joiner reaches on `localhost`: what the owner's text publishes and exposes, and what it listens on. */
function ownerPorts(owner: ServiceSource): string[] {
  const ports = owner.ports.map((p) => `${p.target}/${p.protocol}`);
  for (const e of owner.expose) ports.push(e.value.includes('/') ? e.value : `${e.value}/tcp`);
  return [...new Set(ports)];
}

function networkModeFacts(ctx: Context, service: string, value: string): string[] {
  const kind = modeKind(value);
  if (kind === 'host') return [say(ctx, HOVER_TEXTS.hostMode, { service: inlineCode(service) })];
  if (kind !== 'service') return [];
  const target = value.slice('service:'.length);
  const owner = ctx.model.service(target);
  if (!owner) return [say(ctx, HOVER_TEXTS.undefinedService, { target: inlineCode(target) })];
  const out = [say(ctx, HOVER_TEXTS.joins, { service: inlineCode(service), target: inlineCode(target) })];
  const simulated = ctx.facts?.services.find((s) => s.name === target);
  const address = simulated?.attachments.flatMap((a) => [a.ipv4, a.ipv6]).filter((a): a is string => !!a) ?? [];
  if (simulated && address.length > 0) {
    out.push(
      say(ctx, HOVER_TEXTS.sharedAddress, {
        address: address.map(inlineCode).join(', '),
        hostname: inlineCode(simulated.hostname),
      }),
    );
  }
  const ports = ownerPorts(owner);
  if (ports.length > 0) out.push(say(ctx, HOVER_TEXTS.targetPorts, { ports: ports.map(inlineCode).join(', ') }));
  return out;
}

/** The port entry's parts and from where it is reachable. */
/** The addresses a port without a host IP is bound to. */
const ANY_ADDRESS = new Set(['', '0.0.0.0', '::']);
/** 127.0.0.0/8 and ::1 in its spellings, bracketed or not. */

function portLines(ctx: Context, service: string, port: PortSource): string[] {
  const hostIp = port.hostIp;
  const out: string[] = [];
  let hostPort = port.published;
  let containerPort = port.target;
  try {
    const parsed = parsePublish(port.spec);
    const first = parsed.exposed[0]!;
    const last = parsed.exposed[parsed.exposed.length - 1]!;
    containerPort = first === last ? first.split('/')[0]! : `${first.split('/')[0]!}-${last.split('/')[0]!}`;
    const bindings = parsed.exposed.map((k) => parsed.bindings[k]![0]!.hostPort);
    hostPort =
      bindings[0] === bindings[bindings.length - 1]
        ? bindings[0]!
        : `${bindings[0]!}-${bindings[bindings.length - 1]!}`;
  } catch (e) {
    if (!(e instanceof PortSpecError)) throw e;
    out.push(say(ctx, HOVER_TEXTS.portInvalid, { error: inlineCode(e.message) }));
  }
  out.unshift(
    say(ctx, HOVER_TEXTS.portParts, {
      hostIp: hostIp ? inlineCode(hostIp) : pick(HOVER_TEXTS.anyHostIp, ctx.locale),
      hostPort: hostPort ? inlineCode(hostPort) : pick(HOVER_TEXTS.randomHostPort, ctx.locale),
      containerPort: inlineCode(containerPort),
      protocol: inlineCode(port.protocol),
    }),
  );
  const reach =
    hostIp === '' || hostIp === '0.0.0.0' || hostIp === '::'
      ? 'all'
      : isLoopbackAddress(hostIp)
        ? 'loopback'
        : 'address';
  out.push(say(ctx, PORT_REACH[reach], { ip: inlineCode(hostIp) }));
  const published = ctx.facts?.services
    .find((s) => s.name === service)
    ?.ports.find(
      (p) =>
        p.containerPort === containerPort.split('-')[0] &&
        p.protocol === port.protocol &&
        (hostPort === '' || p.hostPort === hostPort.split('-')[0]) &&
        (reach === 'all' ? ANY_ADDRESS.has(p.hostIp) : p.hostIp === hostIp.replace(/^\[(.*)\]$/, '$1')),
    );
  if (published) {
    const ip = published.hostIp || '0.0.0.0';
    const address = ip.includes(':') ? `[${ip}]:${published.hostPort}` : `${ip}:${published.hostPort}`;
    out.push(say(ctx, HOVER_TEXTS.portPublishedAs, { address: inlineCode(address) }));
  }
  return out;
}

function portAt(service: ServiceSource | undefined, offset: number): PortSource | undefined {
  return service?.ports.find((p) => offset >= p.range[0] && offset <= p.range[1]);
}

/** The hover at position, or undefined where none of the network keys is. */
export function composeHover(
  model: ComposeModel,
  position: Position,
  locale: Locale,
  facts?: SimulationFacts,
): ComposeHover | undefined {
  const offset = model.offsetAt(position);
  const at = model.nodeAt(offset);
  if (!at) return undefined;
  const target = targetOf(at);
  if (!target) return undefined;
  const doc = COMPOSE_KEYS[target.key];
  const ctx: Context = { model, locale, facts, at, offset };
  const parts = [pick(doc.text, locale)];
  const here: string[] = [];
  let range = at.range;
  if (target.key === 'service.network_mode' && target.service) {
    const value = at.onKey ? model.serviceAt(offset)?.networkMode?.value : at.text;
    const kind = value === undefined ? undefined : modeKind(value);
    if (!at.onKey && kind) parts.push(pick(NETWORK_MODE_VALUES[kind], locale));
    if (value !== undefined) here.push(...networkModeFacts(ctx, target.service, value));
  } else if (target.key === 'service.ports' && target.service && at.path.length >= 4) {
    const service = model.serviceAt(offset);
    const port = portAt(service, offset);
    if (port) {
      range = port.range;
      here.push(...portLines(ctx, target.service, port));
    }
  } else if (target.key === 'network.driver' && !at.onKey && at.text && at.text in NETWORK_DRIVERS) {
    parts.push(pick(NETWORK_DRIVERS[at.text as keyof typeof NETWORK_DRIVERS], locale));
  }
  if (target.network && (target.key === 'service.networks.entry' || target.key.startsWith('service.networks.'))) {
    here.push(...networkFacts(ctx, target.network, target.service));
  } else if (target.network && target.key === 'network.entry') {
    here.push(...networkFacts(ctx, target.network));
  }
  if ('conflicts' in doc) parts.push(`**${pick(HOVER_TEXTS.conflicts, locale)}:** ${pick(doc.conflicts, locale)}`);
  if (here.length > 0) parts.push(`**${pick(HOVER_TEXTS.inThisFile, locale)}:** ${here.join(' ')}`);
  return { markdown: parts.join('\n\n'), link: doc.link, range: model.rangeAt(range) };
}
