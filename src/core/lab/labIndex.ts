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

/** One name's records on a network: its A and AAAA answers (moby libnetwork svcMap and svcIPv6Map). */
export interface DnsRecord {
  v4: number[];
  v6: string[];
}

/**
 * Embedded-DNS records per network name, from running containers' endpoints (moby libnetwork
 * network.go addSvcRecords, addNameToIP): every DNS name of an endpoint (container name, aliases,
 * short ID, hostname) in one map keyed by its lower-case form, so a name answers with every
 * container holding it, alias or name alike, each address once (ResolveName's noDup). An endpoint
 * of an IPv6-only network has AAAA records only.
 */
export const dnsRecords = derived((lab) => {
  const byNetwork = new Map<string, Map<string, DnsRecord>>();
  for (const c of lab.containers.values()) {
    if (c.state !== 'running') continue;
    for (const [net, ep] of Object.entries(c.endpoints)) {
      if (ep.ip === null && !ep.ipv6) continue;
      let records = byNetwork.get(net);
      if (!records) byNetwork.set(net, (records = new Map<string, DnsRecord>()));
      for (const n of dnsNames(c, net)) {
        const key = n.toLowerCase();
        let record = records.get(key);
        if (!record) records.set(key, (record = { v4: [], v6: [] }));
        if (ep.ip !== null && !record.v4.includes(ep.ip)) record.v4.push(ep.ip);
        if (ep.ipv6 && !record.v6.includes(ep.ipv6)) record.v6.push(ep.ipv6);
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

/** The same for IPv6: network name → the endpoint's global IPv6 address (Go's text form) → container. */
export const addressHolders6 = derived((lab) => {
  const byNetwork = new Map<string, Map<string, Container>>();
  for (const c of lab.containers.values()) {
    if (c.state !== 'running' || c.netnsId === null) continue;
    for (const [net, ep] of Object.entries(c.endpoints)) {
      if (!ep.ipv6) continue;
      let holders = byNetwork.get(net);
      if (!holders) byNetwork.set(net, (holders = new Map<string, Container>()));
      holders.set(ep.ipv6, c);
    }
  }
  return byNetwork;
});
