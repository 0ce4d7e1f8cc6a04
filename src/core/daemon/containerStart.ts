// Starting a container: join or create its network namespace, attach endpoints, publish ports.
// Everything is checked before anything is taken, and taken resources are given back on failure.
import { DockerError, daemonError } from '../lab/errors';
import type { Lab } from '../lab/lab';
import { HOST_NETNS } from '../lab/lab';
import type { Container, Endpoint, Network } from '../lab/model';
import { containerModeTarget, isContainerMode } from './networkMode';
import { PortConflict, programPorts } from './portBindings';
import { parseIPv4 } from '../net/ipv4';
import { own, setOwn } from '../lab/own';
import { type Ipv6Assignment, allocateIpv6 } from './ipv6Addresses';
import { ENDPOINT_IFNAME } from './endpointSettings';

const SETUP = 'failed to set up container networking: ';

/**
 * getNetworkedContainer: the namespace owner for container:<x>, checked at start (moby daemon/container_operations.go).
 */
function networkedContainer(lab: Lab, c: Container): Container {
  const ref = containerModeTarget(c.networkMode);
  const target = lab.findContainer(ref);
  if (!target) throw daemonError(`joining network namespace of container: No such container: ${ref}`);
  if (target.id === c.id) throw daemonError('cannot join own network namespace');
  if (target.state === 'restarting') {
    throw daemonError(
      `cannot join network namespace of container: Container ${target.id} is restarting, wait until the container is running`,
    );
  }
  if (target.state !== 'running') {
    throw daemonError(
      `cannot join network namespace of a non running container: container ${target.name} is ${target.state}`,
    );
  }
  return target;
}

/** Lowest unused ethN in a namespace (generateIfaceName). */
export function nextIfname(used: Iterable<string>): string {
  const taken = new Set(used);
  for (let i = 0; ; i++) if (!taken.has(`eth${i}`)) return `eth${i}`;
}

function allocateAddress(
  lab: Lab,
  net: Network,
  wanted: string,
): { ip: number | null; prefix: number; gateway: number | null } {
  const books = lab.addresses.get(net.id) ?? [];
  // An IPv6-only network (--ipv4=false) has no IPv4 pool: the endpoint gets no IPv4 address at all.
  if (books.length === 0 && !wanted && net.ipv6 && net.subnets.every((sn) => sn.subnet.includes(':')))
    return { ip: null, prefix: 0, gateway: null };
  if (wanted) {
    const ip = parseIPv4(wanted)!;
    const book = books.find((b) => b.contains(ip));
    if (!book)
      throw daemonError(`${SETUP}invalid endpoint settings:\nno configured subnet contains IP address ${wanted}`);
    if (!book.reserve(ip)) throw daemonError(`${SETUP}Address already in use`);
    return { ip, prefix: book.subnet.prefix, gateway: gatewayOf(net, books.indexOf(book)) };
  }
  for (const [i, book] of books.entries()) {
    const ip = book.allocate();
    if (ip !== undefined) return { ip, prefix: book.subnet.prefix, gateway: gatewayOf(net, i) };
  }
  throw daemonError(`${SETUP}no available IPv4 addresses on this network's address pools: ${net.name} (${net.id})`);
}

function gatewayOf(net: Network, index: number): number | null {
  const gw = net.subnets[index]?.gateway;
  return gw ? (parseIPv4(gw) ?? null) : null;
}

/** Gives back a container's addresses (not its ports). */
export function releaseAddresses(lab: Lab, c: Container): void {
  for (const ep of Object.values(c.endpoints)) {
    if (ep.ip === null) continue;
    const book = (lab.addresses.get(ep.networkId) ?? []).find((b) => b.contains(ep.ip!));
    book?.release(ep.ip);
  }
}

/** Builds one endpoint; the network must exist. */
export function attachEndpoint(lab: Lab, c: Container, net: Network, usedIfnames: Iterable<string>): Endpoint {
  const cfg = own(c.networks, net.name) ?? own(c.networks, net.id);
  const special = net.driver === 'host' || net.driver === 'null';
  const ifindex = special ? 0 : lab.nextIfindex;
  if (!special) lab.nextIfindex += 2;
  const addr = special ? { ip: null, prefix: 0, gateway: null } : allocateAddress(lab, net, cfg?.ipv4Address ?? '');
  let v6: Ipv6Assignment | undefined;
  try {
    v6 = special ? undefined : allocateIpv6(lab, net, cfg?.ipv6Address ?? '');
  } catch (e) {
    // The IPv4 address was taken first: give it back before reporting.
    const ip = addr.ip;
    if (ip !== null) (lab.addresses.get(net.id) ?? []).find((b) => b.contains(ip))?.release(ip);
    // Both families come from the endpoint's IPAM requests: the same wrapping as the IPv4 errors.
    if (e instanceof DockerError && !e.message.startsWith(SETUP)) throw daemonError(`${SETUP}${e.message}`);
    throw e;
  }
  return {
    networkId: net.id,
    endpointId: lab.newId(),
    ip: addr.ip,
    prefix: addr.prefix,
    gateway: addr.gateway,
    mac: special ? '' : cfg?.macAddress || lab.rng.mac(),
    // SetNames: the endpoint's com.docker.network.endpoint.ifname takes precedence over the next free ethN.
    ifname: special ? '' : (own(cfg?.driverOpts ?? {}, ENDPOINT_IFNAME) ?? nextIfname(usedIfnames)),
    ifindex,
    // macvlan/ipvlan: a sub-interface of the parent link (`eth0@if2`), no veth peer on the host (moby macvlan/ipvlan
    // Join).
    hostVeth: special || net.driver !== 'bridge' ? '' : `veth${lab.rng.hex(7)}`,
    hostIfindex: special ? 0 : net.driver === 'bridge' ? ifindex + 1 : net.bridgeIfindex,
    ...(v6 ? { ipv6: v6.address, ipv6Prefix: v6.prefix, ipv6Gateway: v6.gateway } : {}),
  };
}

/**
 * updateNetworkSettings as allocateNetwork connects each stored network in turn (moby
 * daemon/container_operations.go): host's namespace does not mix with another network, nor does none.
 */
function checkNetworkMix(nets: readonly Network[]): void {
  for (const [i, n] of nets.entries()) {
    for (const prev of nets.slice(0, i)) {
      if (prev.id === n.id) continue;
      if (prev.driver === 'host' || n.driver === 'host') {
        throw daemonError(
          `${SETUP}container sharing network namespace with another container or host cannot be connected to any other network`,
        );
      }
      if (prev.name === 'none' || n.name === 'none') {
        throw daemonError(
          `${SETUP}container cannot be connected to multiple networks with one of the networks in private (none) mode`,
        );
      }
    }
  }
}

function startOwnNamespace(lab: Lab, c: Container): void {
  const nets = Object.keys(c.networks).map((name) => {
    const net = lab.findNetwork(name);
    if (!net) throw daemonError(`${SETUP}network ${name} not found`);
    return net;
  });
  checkNetworkMix(nets);
  const endpoints: Record<string, Endpoint> = {};
  try {
    for (const net of nets) {
      setOwn(
        endpoints,
        net.name,
        attachEndpoint(
          lab,
          c,
          net,
          Object.values(endpoints).map((e) => e.ifname),
        ),
      );
    }
    c.endpoints = endpoints;
    const publishes = nets.some((n) => n.driver === 'bridge' && !n.internal);
    try {
      c.ports = publishes ? programPorts(lab, c) : {};
    } catch (e) {
      if (e instanceof PortConflict) {
        const first = Object.values(endpoints)[0];
        throw daemonError(
          `${SETUP}driver failed programming external connectivity on endpoint ${c.name} (${first?.endpointId ?? ''}): ${e.message}`,
        );
      }
      throw e;
    }
  } catch (e) {
    c.endpoints = endpoints;
    releaseAddresses(lab, c);
    c.endpoints = {};
    throw e;
  }
  c.netnsId = c.networkMode === 'host' ? HOST_NETNS : lab.newNamespace(c.id).id;
}

/** Sets up networking and marks the container running. Throws, changing nothing, on failure. */
export function startNetworking(lab: Lab, c: Container): void {
  if (isContainerMode(c.networkMode)) {
    const owner = networkedContainer(lab, c);
    c.networkMode = `container:${owner.id}`;
    c.netnsId = owner.netnsId;
    c.hostname = owner.hostname;
    c.domainname = owner.domainname;
    c.endpoints = {};
    c.ports = {};
    return;
  }
  startOwnNamespace(lab, c);
}

export function markRunning(lab: Lab, c: Container): void {
  c.state = 'running';
  c.startedAt = lab.now;
  c.exitCode = 0;
}
