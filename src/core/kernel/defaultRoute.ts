// Which endpoint carries a container's default route (libnetwork sandbox.go Endpoint.Less, default_gateway.go
// getGatewayEndpoint): the highest gw-priority first, non-internal before internal, dual-stack before single, then
// network name ascending; the first with a gateway wins.
import type { Lab } from '../lab/lab';
import type { Container, Endpoint } from '../lab/model';

export function gatewayEndpoint(lab: Lab, c: Container): [string, Endpoint] | undefined {
  const candidates = Object.entries(c.endpoints).filter(([, ep]) => {
    const net = lab.networks.get(ep.networkId);
    return ep.gateway !== null && net !== undefined && net.driver !== 'host' && net.driver !== 'null' && !net.internal;
  });
  const priority = (name: string) => c.networks[name]?.gwPriority ?? 0;
  const gwCount = (ep: Endpoint) => (ep.gateway !== null ? 1 : 0) + (ep.ipv6Gateway ? 1 : 0);
  candidates.sort(
    ([a, ea], [b, eb]) => priority(b) - priority(a) || gwCount(eb) - gwCount(ea) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return candidates[0];
}
