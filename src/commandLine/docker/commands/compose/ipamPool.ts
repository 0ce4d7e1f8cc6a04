// docker/compose pkg/compose/create.go parseIPAMPool: compose parses each `ipam.config` entry itself
// before it asks the engine for the network, so text that is not a prefix or an address fails there,
// with Go's netip error, before the ` Network x Creating` line.
import type { IpamConfigRequest } from '../../../../core/daemon/networkCreateRequest';
import { parseAddrError, parsePrefixError } from '../../networkIpamFlags';

const addrError = (text: string) => {
  const err = parseAddrError(text);
  return err === undefined ? undefined : `netip.${err}`;
};

/** The first error parseIPAMPool returns for these pools, in its order, or undefined. */
export function ipamPoolError(pools: readonly IpamConfigRequest[]): string | undefined {
  for (const pool of pools) {
    const subnet = pool.subnet ? parsePrefixError(pool.subnet) : undefined;
    if (subnet) return `invalid subnet: ${subnet}`;
    const range = pool.ipRange ? parsePrefixError(pool.ipRange) : undefined;
    if (range) return `invalid ip-range: ${range}`;
    const gateway = pool.gateway ? addrError(pool.gateway) : undefined;
    if (gateway) return `invalid gateway address: ${gateway}`;
    for (const addr of Object.values(pool.auxAddresses ?? {})) {
      const aux = addrError(addr);
      if (aux) return `invalid auxiliary address: ${aux}`;
    }
  }
  return undefined;
}
