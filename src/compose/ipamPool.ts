// docker/compose pkg/compose/create.go parseIPAMPool: compose parses each `ipam.config` entry itself
// before it asks the engine for the network, so text that is not a prefix or an address fails there,
// with Go's netip error, before the ` Network x Creating` line.
import type { IpamConfigRequest } from '../core/daemon/networkCreateRequest';
import { parseAddrError, parsePrefixError } from '../core/net/netipErrors';

const addrError = (text: string) => {
  const err = parseAddrError(text);
  return err === undefined ? undefined : `netip.${err}`;
};

/** Which field of the pool an error is about, and the auxiliary address's name for `aux`. */
export interface IpamPoolError {
  field: 'subnet' | 'ipRange' | 'gateway' | 'aux';
  auxName?: string;
  message: string;
}

/** The error parseIPAMPool returns for one pool, in its order (subnet, ip_range, gateway, aux), or undefined. */
export function ipamPoolError(pool: IpamConfigRequest): IpamPoolError | undefined {
  const subnet = pool.subnet ? parsePrefixError(pool.subnet) : undefined;
  if (subnet) return { field: 'subnet', message: `invalid subnet: ${subnet}` };
  const range = pool.ipRange ? parsePrefixError(pool.ipRange) : undefined;
  if (range) return { field: 'ipRange', message: `invalid ip-range: ${range}` };
  const gateway = pool.gateway ? addrError(pool.gateway) : undefined;
  if (gateway) return { field: 'gateway', message: `invalid gateway address: ${gateway}` };
  for (const [auxName, addr] of Object.entries(pool.auxAddresses ?? {})) {
    const aux = addrError(addr);
    if (aux) return { field: 'aux', auxName, message: `invalid auxiliary address: ${aux}` };
  }
  return undefined;
}
