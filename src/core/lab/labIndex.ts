// Lookups derived from the lab state (DNS names, address holders), built once per revision so
// that a query at 10,000 containers does not walk them all.
import type { Lab } from './lab';
import type { Container } from './model';
import { shortId } from './shortId';

interface Cached<T> {
  revision: number;
  value: T;
}

function derived<T>(build: (lab: Lab) => T): (lab: Lab) => T {
  const cache = new WeakMap<Lab, Cached<T>>();
  return (lab) => {
    const hit = cache.get(lab);
    if (hit && hit.revision === lab.revision) return hit.value;
    const value = build(lab);
    cache.set(lab, { revision: lab.revision, value });
    return value;
  };
}

/** buildEndpointDNSNames: name, aliases, short ID, hostname (de-duplicated, in that order). */
export function dnsNames(c: Container, networkName: string): string[] {
  const aliases = c.networks[networkName]?.aliases ?? [];
  return [...new Set([c.name, ...aliases, shortId(c.id), c.hostname].filter((n) => n !== ''))];
}

/**
 * Embedded-DNS records per network name, from running containers' endpoints (moby libnetwork
 * network.go addSvcRecords, addNameToIP): every DNS name of an endpoint (container name, aliases,
 * short ID, hostname) in one map keyed by its lower-case form, so a name answers with every
 * container holding it, alias or name alike, each address once (ResolveName's noDup).
 */
export const dnsRecords = derived((lab) => {
  const byNetwork = new Map<string, Map<string, number[]>>();
  for (const c of lab.containers.values()) {
    if (c.state !== 'running') continue;
    for (const [net, ep] of Object.entries(c.endpoints)) {
      if (ep.ip === null) continue;
      let records = byNetwork.get(net);
      if (!records) byNetwork.set(net, (records = new Map<string, number[]>()));
      for (const n of dnsNames(c, net)) {
        const key = n.toLowerCase();
        const list = records.get(key);
        if (!list) records.set(key, [ep.ip]);
        else if (!list.includes(ep.ip)) list.push(ep.ip);
      }
    }
  }
  return byNetwork;
});

/** Which running container holds an address on a network: network name → ip → container. */
export const addressHolders = derived((lab) => {
  const byNetwork = new Map<string, Map<number, Container>>();
  for (const c of lab.containers.values()) {
    if (c.state !== 'running' || c.netnsId === null) continue;
    for (const [net, ep] of Object.entries(c.endpoints)) {
      if (ep.ip === null) continue;
      let holders = byNetwork.get(net);
      if (!holders) byNetwork.set(net, (holders = new Map<number, Container>()));
      holders.set(ep.ip, c);
    }
  }
  return byNetwork;
});
