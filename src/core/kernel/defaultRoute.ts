// Which endpoint carries a container's default route (libnetwork sandbox Endpoint.Less):
// non-internal before internal, then network name ascending. gw-priority is not modelled.
import type { Lab } from '../lab/lab';
import type { Container, Endpoint } from '../lab/model';

export function gatewayEndpoint(lab: Lab, c: Container): [string, Endpoint] | undefined {
  const candidates = Object.entries(c.endpoints).filter(([, ep]) => {
    const net = lab.networks.get(ep.networkId);
    return ep.gateway !== null && net !== undefined && net.driver !== 'host' && net.driver !== 'null' && !net.internal;
  });
  candidates.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return candidates[0];
}
