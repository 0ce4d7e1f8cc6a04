// A network's `ipam.config` pools as `docker compose up` would meet them: compose's own parse of each
// pool (docker/compose pkg/compose/create.go parseIPAMPool, Go's netip errors), then the engine's checks
// of the pools it accepts (moby daemon/network.go validateIpamConfig), each at the key it is about.
import type { ComposeFileSource, IpamConfigSource, Range } from '../../compose/model';
import { ipamPoolError } from '../../compose/ipamPool';
import { ipamConfigErrors } from '../../core/daemon/networkSubnets';
import type { IpamConfigRequest } from '../../core/daemon/networkCreateRequest';

export type AddIpamProblem = (range: Range, message: string) => void;

function request(c: IpamConfigSource): IpamConfigRequest {
  const aux = c.auxAddresses ?? [];
  return {
    subnet: c.subnet?.value ?? '',
    ipRange: c.ipRange?.value ?? '',
    gateway: c.gateway?.value ?? '',
    ...(aux.length > 0 ? { auxAddresses: Object.fromEntries(aux.map((a) => [a.key, a.value])) } : {}),
  };
}

/** Where a validateIpamConfig line points: the key its words name, else the whole pool. */
function rangeOf(c: IpamConfigSource, message: string): Range {
  const aux = /^invalid auxiliary address (.*?): /.exec(message);
  if (aux) return c.auxAddresses?.find((a) => a.key === aux[1])?.range ?? c.range;
  if (message.startsWith('invalid ip-range ')) return c.ipRange?.range ?? c.range;
  if (message.startsWith('invalid gateway ')) return c.gateway?.range ?? c.range;
  return c.subnet?.range ?? c.range;
}

export function checkIpamPools(file: ComposeFileSource, add: AddIpamProblem): void {
  for (const n of file.networks) {
    if (n.external?.value === true) continue;
    const ipv6 = n.enableIpv6?.value ?? false;
    for (const c of n.ipam?.config ?? []) {
      const pool = request(c);
      const parsed = ipamPoolError(pool);
      if (parsed) {
        const at =
          parsed.field === 'aux'
            ? c.auxAddresses?.find((a) => a.key === parsed.auxName)?.range
            : c[parsed.field]?.range;
        add(at ?? c.range, parsed.message);
        continue;
      }
      // The lab's compose (plan.ts) sends only pools with a subnet, as a pool without one has nothing to check.
      if (pool.subnet === '') continue;
      for (const message of ipamConfigErrors(pool, ipv6)) add(rangeOf(c, message), message);
    }
  }
}
