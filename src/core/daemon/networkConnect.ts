// `docker network connect` / `disconnect` (moby ConnectToNetwork, DisconnectFromNetwork): stopped containers only have
// their
// settings stored (applied at next start); running ones get or lose an endpoint at once.
import { attachEndpoint } from './containerStart';
import { endpointConfig, endpointSettingsErrors, endpointSettingsMessage } from './endpointSettings';
import { DockerError, daemonError } from '../lab/errors';
import type { Lab } from '../lab/lab';
import type { Container, EndpointConfig, Network } from '../lab/model';
import { parseIPv4 } from '../net/ipv4';
import { endpointOn, settingsKeysFor } from './networkLookup';
import { isContainerMode } from './networkMode';

/** What `docker network connect` asks for: the endpoint settings it names. */
export type ConnectRequest = Partial<EndpointConfig>;

const SHARED =
  'container sharing network namespace with another container or host cannot be connected to any other network';
const SETUP = 'failed to set up container networking: ';

const removalError = (c: Container) =>
  daemonError(`Container ${c.id} is marked for removal and cannot be connected or disconnected to the network`);

export const ADDRESS_IN_USE = 'Address already in use';

/** A running endpoint or the gateway holds the address on this network (IPAM RequestAddress refuses it). */
export function addressInUse(lab: Lab, net: Network, ip: number): boolean {
  return (lab.addresses.get(net.id) ?? []).some((b) => b.contains(ip) && b.isUsed(ip));
}

/** NetworkMode(type).IsPrivate(): not the host's namespace (nor another container's). */
const isPrivateDriver = (driver: string) => driver !== 'host';

/**
 * updateNetworkConfig: validateEndpointSettings, then updateNetworkSettings. Stores the settings
 * and returns true, or returns false when the container already has this network.
 */
function updateNetworkConfig(lab: Lab, c: Container, net: Network, cfg: EndpointConfig): boolean {
  const errors = endpointSettingsErrors(lab, net.name, net, cfg);
  if (errors.length > 0) throw daemonError(endpointSettingsMessage(errors));
  if (c.networkMode !== 'host' && net.driver === 'host') {
    throw daemonError('cannot connect container to host network - container must be created in host network mode');
  }
  for (const key of Object.keys(c.networks)) {
    const other = lab.findNetwork(key);
    if (!other) continue;
    if (other.name === net.name) return false;
    if (!isPrivateDriver(other.driver) || !isPrivateDriver(net.driver)) throw daemonError(SHARED);
    if (other.name === 'none' || net.name === 'none') {
      throw daemonError(
        'container cannot be connected to multiple networks with one of the networks in private (none) mode',
      );
    }
  }
  for (const key of settingsKeysFor(lab, c, net)) delete c.networks[key];
  c.networks[net.name] = cfg;
  return true;
}

/** connectToNetwork for a running container: a new endpoint with the lowest free ethN. */
function connectRunning(lab: Lab, c: Container, netRef: string, cfg: EndpointConfig): void {
  if (isContainerMode(c.networkMode)) throw daemonError(SHARED);
  const net = lab.getNetwork(netRef);
  const previous = { ...c.networks };
  updateNetworkConfig(lab, c, net, cfg);
  try {
    // CreateEndpoint: one endpoint per container name and network.
    if (endpointOn(c, net) !== undefined)
      throw daemonError(`endpoint with name ${c.name} already exists in network ${net.name}`);
    const ip = cfg.ipv4Address ? parseIPv4(cfg.ipv4Address) : undefined;
    if (ip !== undefined && addressInUse(lab, net, ip)) throw daemonError(ADDRESS_IN_USE);
    const ep = attachEndpoint(
      lab,
      c,
      net,
      Object.values(c.endpoints).map((e) => e.ifname),
    );
    c.endpoints[net.name] = ep;
  } catch (e) {
    c.networks = previous;
    // attachEndpoint speaks for container start; connect reports the bare IPAM error.
    if (e instanceof DockerError && e.message.startsWith(SETUP)) throw daemonError(e.message.slice(SETUP.length));
    throw e;
  }
}

export function connectContainer(lab: Lab, netRef: string, ctrRef: string, req: ConnectRequest = {}): void {
  const c = lab.getContainer(ctrRef);
  const cfg = endpointConfig(req);
  lab.batch(() => {
    if (c.state === 'running') connectRunning(lab, c, netRef, cfg);
    else {
      if (c.state === 'removing' || c.state === 'dead') throw removalError(c);
      const net = lab.findNetwork(netRef);
      // An unknown network is stored as named; the next start fails with "network ... not found".
      if (net) updateNetworkConfig(lab, c, net, cfg);
      else c.networks[netRef] = cfg;
    }
    lab.markChanged();
  });
}

/** Gives back the endpoint's address and drops it. */
function dropEndpoint(lab: Lab, c: Container, key: string): void {
  const ep = c.endpoints[key];
  if (!ep) return;
  if (ep.ip !== null) (lab.addresses.get(ep.networkId) ?? []).find((b) => b.contains(ep.ip!))?.release(ep.ip);
  delete c.endpoints[key];
}

export function disconnectContainer(lab: Lab, netRef: string, ctrRef: string, force = false): void {
  const c = lab.findContainer(ctrRef);
  if (!c) {
    if (!force) throw daemonError(`No such container: ${ctrRef}`);
    // ForceEndpointDelete: the lab keeps no endpoint without its container.
    lab.getNetwork(netRef);
    throw daemonError(`endpoint ${ctrRef} not found`);
  }
  const net = lab.findNetwork(netRef);
  lab.batch(() => {
    if (c.state !== 'running' || (!net && force)) {
      if (c.state === 'removing' || c.state === 'dead') throw removalError(c);
      const name = net?.name ?? netRef;
      const keys = net ? settingsKeysFor(lab, c, net) : Object.keys(c.networks).filter((k) => k === netRef);
      if (keys.length === 0) throw daemonError(`container ${c.id} is not connected to the network ${name}`);
      for (const k of keys) delete c.networks[k];
    } else {
      const found = net ?? lab.getNetwork(netRef);
      if (c.networkMode === 'host' && found.driver === 'host') {
        throw daemonError('cannot disconnect container from host network - container was created in host network mode');
      }
      const key = endpointOn(c, found);
      if (key === undefined) throw daemonError(`container ${c.id} is not connected to network ${found.name}`);
      dropEndpoint(lab, c, key);
      for (const k of settingsKeysFor(lab, c, found)) delete c.networks[k];
    }
    lab.markChanged();
  });
}
