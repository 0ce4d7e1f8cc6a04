// Who sits where, computed in one pass over the containers and kept for the lab's revision, so
// that each section and each expanded row reads a map instead of walking 10,000 containers.
import { containerModeTarget } from '../../core/daemon/networkMode';
import type { Lab } from '../../core/lab/lab';
import type { Container, Endpoint } from '../../core/lab/model';

export interface VethPort {
  container: Container;
  endpoint: Endpoint;
}

export interface TreeIndex {
  /** container:<x> joiners by the ID of the container whose namespace they share. */
  joiners: Map<string, Container[]>;
  /** Containers by the name of each network they are configured on (host and none included). */
  members: Map<string, Container[]>;
  /** Host-side veth ends by the ID of the bridge network they are enslaved to. */
  veths: Map<string, VethPort[]>;
  /** Containers that sit at the top of Containers: not joiners, or joiners whose owner is gone. */
  roots: Container[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const target = (lab: Lab, c: Container): Container | undefined => {
  const ref = containerModeTarget(c.networkMode);
  return ref === '' ? undefined : (lab.containers.get(ref) ?? lab.containerByName(ref));
};

/**
 * The container a joiner's `container:<ref>` names (its full ID once started, else the name given),
 * or undefined. Two never-started containers may name each other: neither then sits under the other.
 */
function ownerOf(lab: Lab, c: Container): Container | undefined {
  const owner = target(lab, c);
  for (let up = owner, hops = 0; up && hops < 16; up = target(lab, up), hops++) if (up === c) return undefined;
  return owner;
}

function build(lab: Lab): TreeIndex {
  const index: TreeIndex = { joiners: new Map(), members: new Map(), veths: new Map(), roots: [] };
  for (const c of lab.containers.values()) {
    const owner = ownerOf(lab, c);
    if (owner) push(index.joiners, owner.id, c);
    else index.roots.push(c);
    // `default` is the default bridge (moby runconfig IsDefault).
    for (const net of Object.keys(c.networks)) push(index.members, net === 'default' ? 'bridge' : net, c);
    for (const ep of Object.values(c.endpoints))
      if (ep.hostVeth) push(index.veths, ep.networkId, { container: c, endpoint: ep });
  }
  return index;
}

const cache = new WeakMap<Lab, { revision: number; index: TreeIndex }>();

export function treeIndex(lab: Lab): TreeIndex {
  const hit = cache.get(lab);
  if (hit && hit.revision === lab.revision) return hit.index;
  const index = build(lab);
  cache.set(lab, { revision: lab.revision, index });
  return index;
}
