// `POST /networks/create`, `DELETE /networks/{id}` and `POST /networks/prune`: the daemon's checks
// in their order (moby daemon/network.go createNetwork, defaultipam, macvlan/ipvlan), then the record and its address
// books.
import { daemonError } from '../lab/errors';
import type { Lab } from '../lab/lab';
import type { Network } from '../lab/model';
import { isPredefinedName } from './networkMode';
import { allocateSubnets, isV6, validateIpamConfig } from './networkSubnets';
import type { NetworkCreateRequest } from './networkCreateRequest';

export { POOL_OVERLAPS, v4PoolOverlaps, validateIpamConfig } from './networkSubnets';
import { shortId } from '../lab/shortId';
import { type BridgeConfig, parseBridgeOptions } from './bridgeOptions';

const OVERLAY_NOT_MANAGER =
  'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';
const KNOWN_DRIVERS = ['bridge', 'host', 'null', 'macvlan', 'ipvlan'];
/** The host's eth0 and docker0 keep their indexes (lab.ts). */
const HOST_ETH0_IFINDEX = 2;

// --- drivers ----------------------------------------------------------------------------------

/** Interfaces on the host a macvlan/ipvlan parent may name: eth0, bridges, earlier VLAN links. */
function hostLinkIndex(lab: Lab, name: string): number | undefined {
  if (name === 'eth0') return HOST_ETH0_IFINDEX;
  for (const n of lab.networks.values()) {
    if (n.bridgeName === name) return n.bridgeIfindex;
    if ((n.driver === 'macvlan' || n.driver === 'ipvlan') && n.options['parent'] === name) return n.bridgeIfindex;
  }
  return undefined;
}

/**
 * The host links that are not bridges: lo, eth0, and the VLAN and dummy links macvlan/ipvlan networks created
 * (macvlan_setup.go createVlanLink, createDummyLink).
 */
export function hostNonBridgeLinks(lab: Lab): string[] {
  const names = ['lo', 'eth0'];
  for (const n of lab.networks.values()) {
    const link = subinterfaceLinkName(n);
    if (link !== undefined) names.push(link);
  }
  return names;
}

/** The link a macvlan/ipvlan network created on the host: `eth0.10`, or `dm-<id12>` without a parent. */
export function subinterfaceLinkName(net: Network): string | undefined {
  if (net.driver !== 'macvlan' && net.driver !== 'ipvlan') return undefined;
  const parent = net.options['parent'] ?? '';
  if (parent === '') return `dm-${shortId(net.id)}`;
  return parent.includes('.') ? parent : undefined;
}

/** createVlanLink: only `parent.vid` names on an existing parent can be created. */
function createVlanLink(lab: Lab, parent: string): number {
  if (!parent.includes('.'))
    throw daemonError(`invalid subinterface vlan name ${parent}, example formatting is eth0.10`);
  const parts = parent.split('.');
  if (parts.length !== 2) {
    throw daemonError(
      `required interface name format is: name.vlan_id, ex. eth0.10 for vlan 10, instead received ${parent}`,
    );
  }
  const [link, vidText] = parts as [string, string];
  const vid = /^[+-]?\d+$/.test(vidText) ? Number(vidText) : NaN;
  if (Number.isNaN(vid))
    throw daemonError(`unable to parse a valid vlan id from: ${vidText} (ex. eth0.10 for vlan 10)`);
  if (hostLinkIndex(lab, link) === undefined)
    throw daemonError(`-o parent interface was not found on the host: ${link}`);
  if (vid > 4094 || vid < 1) throw daemonError(`vlan id must be between 1-4094, received: ${vid}`);
  return lab.nextIfindex++;
}

/**
 * macvlan/ipvlan CreateNetwork checks (moby macvlan_network.go, ipvlan_network.go); returns the parent link's interface
 * index.
 */
function createSubinterfaceNetwork(lab: Lab, driver: 'macvlan' | 'ipvlan', options: Record<string, string>): number {
  const parent = options['parent'] ?? '';
  if (driver === 'macvlan') {
    const mode = options['macvlan_mode'] ?? '';
    if (!['', 'bridge', 'private', 'passthru', 'vepa'].includes(mode)) {
      throw daemonError(`requested macvlan mode '${mode}' is not valid, 'bridge' mode is the macvlan driver default`);
    }
    if (parent === 'lo') throw daemonError('loopback interface is not a valid macvlan parent link');
  } else {
    const mode = options['ipvlan_mode'] ?? '';
    if (!['', 'l2', 'l3', 'l3s'].includes(mode)) {
      throw daemonError(`requested ipvlan mode '${mode}' is not valid, 'l2' mode is the ipvlan driver default`);
    }
    const flag = options['ipvlan_flag'] ?? '';
    if (!['', 'bridge', 'private', 'vepa'].includes(flag)) {
      throw daemonError(`requested ipvlan flag '${flag}' is not valid, 'bridge' is the ipvlan driver default`);
    }
    if (parent === 'lo') throw daemonError('loopback interface is not a valid ipvlan parent link');
  }
  // Without a parent the driver makes a dummy link: containers only reach each other.
  if (parent === '') return lab.nextIfindex++;
  for (const other of lab.networks.values()) {
    if (other.driver !== driver || other.options['parent'] !== parent) continue;
    if (driver === 'ipvlan')
      throw daemonError(`network dm-${shortId(other.id)} is already using parent interface ${parent}`);
    if ((options['macvlan_mode'] ?? '') === 'passthru') {
      throw daemonError(
        `cannot use mode passthru, macvlan network ${other.id} is already using parent interface ${parent}`,
      );
    }
    if (other.options['macvlan_mode'] === 'passthru') {
      throw daemonError(`macvlan network ${other.id} is already using parent interface ${parent} in mode passthru`);
    }
  }
  return hostLinkIndex(lab, parent) ?? createVlanLink(lab, parent);
}

// --- create / remove / prune ------------------------------------------------------------------

/** The daemon refuses the predefined names first of all (moby daemon/network.go PredefinedNetworkError). */
const predefinedNameError = (name: string) =>
  isPredefinedName(name) ? `operation is not permitted on predefined ${name} network ` : undefined;

/** libnetwork's checks of a new network's name: empty, or already taken. */
const takenNameError = (lab: Lab, name: string) =>
  name.trim() === ''
    ? 'invalid name: name is empty'
    : lab.findNetwork(name)?.name === name
      ? `network with name ${name} already exists`
      : undefined;

/** What the daemon says against a new network's name, or undefined; also what a form checks as it is typed. */
export function networkNameError(lab: Lab, name: string): string | undefined {
  return predefinedNameError(name) ?? takenNameError(lab, name);
}

/** IFNAMSIZ - 1: the kernel refuses a longer interface name with ERANGE. */
const MAX_IFNAME = 15;

/**
 * The bridge driver's checks of its options before IPAM (GetSkipGwAlloc → parseNetworkOptions): values it cannot
 * parse, a bridge name that is another kind of link, `isolated` on a network that is not internal.
 */
function bridgeOptionsBeforeIpam(lab: Lab, options: Record<string, string>, internal: boolean): BridgeConfig {
  const cfg = parseBridgeOptions(options);
  if (typeof cfg === 'string') throw daemonError(cfg);
  // bridgeInterfaceExists: a name the host already has must be a bridge (docker0, br-*, ...).
  if (cfg.bridgeName !== '' && hostNonBridgeLinks(lab).includes(cfg.bridgeName)) {
    throw daemonError(`existing interface ${cfg.bridgeName} is not a bridge`);
  }
  if ((cfg.gwModeIpv4 === 'isolated' || cfg.gwModeIpv6 === 'isolated') && !internal) {
    throw daemonError("gateway mode 'isolated' can only be used for an internal network");
  }
  return cfg;
}

/**
 * The bridge driver's CreateNetwork after IPAM: Validate (a negative MTU), checkConflict (a bridge name another network
 * has), then the netlink calls that create the device (a name too long) and set its MTU (outside 68..65535).
 */
function bridgeChecksAfterIpam(lab: Lab, id: string, cfg: BridgeConfig): string {
  if (cfg.mtu < 0) throw daemonError(`invalid MTU number: ${cfg.mtu}`);
  const bridgeName = cfg.bridgeName || `br-${shortId(id)}`;
  for (const other of lab.networks.values()) {
    if (other.driver !== 'bridge' || other.bridgeName !== bridgeName) continue;
    throw daemonError(
      `cannot create network ${id} (${bridgeName}): conflicts with network ${other.id} (${other.bridgeName}): networks have same bridge name`,
    );
  }
  if (bridgeName.length > MAX_IFNAME) throw daemonError('numerical result out of range');
  if (cfg.mtu > 0 && (cfg.mtu < 68 || cfg.mtu > 65535)) throw daemonError('invalid argument');
  return bridgeName;
}

export function createNetwork(lab: Lab, req: NetworkCreateRequest): Network {
  const predefined = predefinedNameError(req.name);
  if (predefined !== undefined) throw daemonError(predefined);
  const driver = req.driver || 'bridge';
  if (driver === 'overlay') throw daemonError(OVERLAY_NOT_MANAGER);
  const ipv4 = req.ipv4 ?? true;
  const ipv6 = req.ipv6 ?? false;
  validateIpamConfig(req.ipam ?? [], ipv6);
  const taken = takenNameError(lab, req.name);
  if (taken !== undefined) throw daemonError(taken);
  if (!KNOWN_DRIVERS.includes(driver)) throw daemonError(`plugin "${driver}" not found`);
  const options = { ...(req.options ?? {}) };
  const internal = req.internal ?? false;
  const bridge = driver === 'bridge' ? bridgeOptionsBeforeIpam(lab, options, internal) : undefined;
  const special = driver === 'host' || driver === 'null';
  const skipGateway = {
    v4: driver !== 'bridge' || bridge?.gwModeIpv4 === 'isolated' || (bridge?.inhibitIpv4 === true && internal),
    v6: driver !== 'bridge' || bridge?.gwModeIpv6 === 'isolated',
  };
  const subnets = special ? [] : allocateSubnets(lab, req, skipGateway, ipv4, ipv6);
  if (special) throw daemonError(`only one instance of "${driver}" network is allowed`);
  if (driver === 'bridge') {
    if (!ipv4 && !ipv6) throw daemonError('IPv4 or IPv6 must be enabled');
    if (subnets.filter((s) => !isV6(s.subnet)).length > 1 || subnets.filter((s) => isV6(s.subnet)).length > 1) {
      throw daemonError("bridge driver doesn't support multiple subnets");
    }
  }
  const id = lab.newId();
  let bridgeName = '';
  let bridgeIfindex = 0;
  if (bridge) {
    bridgeName = bridgeChecksAfterIpam(lab, id, bridge);
    bridgeIfindex = lab.nextIfindex++;
  } else if (driver === 'macvlan' || driver === 'ipvlan') {
    bridgeIfindex = createSubinterfaceNetwork(lab, driver, options);
  }
  const net: Network = {
    id,
    name: req.name,
    driver,
    createdAt: lab.now,
    internal,
    attachable: req.attachable ?? false,
    ...(ipv4 ? {} : { ipv4: false }),
    ipv6,
    subnets,
    bridgeName,
    bridgeIfindex,
    options,
    labels: { ...(req.labels ?? {}) },
    composeProject: req.composeProject ?? '',
  };
  lab.batch(() => {
    lab.addNetwork(net);
    lab.markChanged();
  });
  return net;
}

/** Containers with a live endpoint on the network, as `name:"c" id:"<endpoint id12>"`. */
function activeEndpoints(lab: Lab, net: Network): string[] {
  const found: string[] = [];
  for (const c of lab.containers.values()) {
    for (const ep of Object.values(c.endpoints)) {
      if (ep.networkId === net.id) found.push(`name:"${c.name}" id:"${shortId(ep.endpointId)}"`);
    }
  }
  return found;
}

export function removeNetwork(lab: Lab, ref: string): Network {
  const net = lab.getNetwork(ref);
  if (isPredefinedName(net.name)) throw daemonError(`${net.name} is a pre-defined network and cannot be removed`);
  const active = activeEndpoints(lab, net);
  if (active.length > 0) {
    throw daemonError(`error while removing network: network ${net.name} has active endpoints (${active.join(', ')})`);
  }
  lab.batch(() => {
    lab.deleteNetwork(net);
    lab.markChanged();
  });
  return net;
}

/**
 * localNetworkPrune: user networks without live endpoints (stopped containers do not count), among
 * those the prune filter keeps (`label`, `until`; all when none is given).
 */
export function pruneNetworks(lab: Lab, kept: (net: Network) => boolean = () => true): string[] {
  const deleted: string[] = [];
  for (const net of [...lab.networks.values()]) {
    if (isPredefinedName(net.name) || !kept(net) || activeEndpoints(lab, net).length > 0) continue;
    removeNetwork(lab, net.id);
    deleted.push(net.name);
  }
  return deleted;
}
