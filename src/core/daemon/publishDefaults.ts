// What `-p PORT:PORT` without a host address means on the network that publishes it (moby bridge
// port_mapping_linux.go sortAndNormPBs, configurePortBindingIPv4/IPv6, portmappers/routed MapPorts).
import type { Lab } from '../lab/lab';
import type { Container } from '../lab/model';
import { gatewayEndpoint } from '../kernel/defaultRoute';
import { bridgeConfig } from './bridgeOptions';

export interface PublishDefaults {
  /** The host addresses a binding without one gets: 0.0.0.0 and ::, or the network's host_binding_ipv4. */
  hostIps: string[];
  /**
   * gateway_mode_ipv4=routed: the IPv4 binding gets no host port (the routed mapper clears it, getEndpointPortMapInfo
   * reports it empty) and 0.0.0.0; the container's port is only opened for direct routing.
   */
  routed: boolean;
}

/** The publishing network: the container's gateway endpoint's (ProgramExternalConnectivity on gw4). */
export function publishDefaults(lab: Lab, c: Container): PublishDefaults {
  const exit = gatewayEndpoint(lab, c);
  const net = exit ? lab.networks.get(exit[1].networkId) : undefined;
  const cfg = net && net.driver === 'bridge' ? bridgeConfig(net) : undefined;
  const def = cfg?.defaultBindingIp ?? '0.0.0.0';
  const routed = cfg?.gwModeIpv4 === 'routed';
  // An IPv4 default other than 0.0.0.0 binds IPv4 only; an IPv6 default binds IPv6 only (configurePortBindingIPv6).
  // Routed IPv4 leaves the NATed IPv6 binding on [::] (the userland proxy forwards it to the IPv4 address).
  const nat = def === '0.0.0.0' ? ['0.0.0.0', '::'] : [def];
  return { hostIps: routed ? nat.filter((ip) => ip.includes(':')) : nat, routed };
}
