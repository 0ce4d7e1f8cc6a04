// The Host section: the simulated Docker host's interfaces (lo, eth0, docker0, br-<id>; each
// bridge holding its veth ends) and what listens on it.
import type { TreeContext } from './context';
import { hostInterfaceRows } from './interfaces';
import { hostPortRows } from './ports';
import type { TreeRow } from './rows';

export function hostSectionRows(ctx: TreeContext): TreeRow[] {
  return [...hostInterfaceRows(ctx), ...hostPortRows(ctx)];
}
