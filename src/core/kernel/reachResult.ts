// What a reachability probe answers: the path as sentences and, hop for hop, as data naming the
// namespaces, interfaces, networks and containers passed (which the network diagram highlights).
import type { Container, Protocol } from '../lab/model';

export type ReachFailure = 'no-route' | 'timeout' | 'refused';

/** What a hop does: where it starts, a local delivery, crossing a veth or a bridge, a DNAT, the host, the internet. */
export type ReachHopKind = 'start' | 'loopback' | 'veth' | 'bridge' | 'nat' | 'host' | 'outside' | 'answer' | 'stop';

/** Why a path stops, for words in other languages than the hop's sentence. */
export type ReachStopCode =
  | 'paused'
  | 'refused'
  | 'no-address'
  | 'no-holder'
  | 'parent-link'
  | 'remote-closed'
  | 'lan-silent'
  | 'private-unknown'
  | 'none-mode'
  | 'dead-namespace'
  | 'no-default-route'
  | 'isolated'
  | 'no-bridge-address'
  | 'icc-disabled'
  | 'no-masquerade'
  | 'no-parent'
  | 'parent-hairpin';

/** One hop as data: the sentence of `path` at the same index, and the objects it passes. */
export interface ReachHop {
  text: string;
  kind: ReachHopKind;
  /** The namespace the hop happens in (for a veth or bridge crossing: the side it arrives at). */
  netnsId?: number;
  /** The interface in `netnsId` it passes (`eth0`, `lo`, `docker0`). */
  ifname?: string;
  /** The network (bridge, macvlan...) it crosses. */
  networkId?: string;
  /** The container it reaches or leaves. */
  containerId?: string;
  /** A bridge crossing from a container: the sender's interface, before `ifname` on the receiving side. */
  fromIfname?: string;
  fromNetnsId?: number;
  /** nat: the published binding the packet was forwarded through. */
  published?: { hostIp: string; hostPort: number; proto: Protocol; containerPort: number };
  /** answer or refused: the port asked for. */
  port?: { port: number; proto: Protocol };
  stop?: ReachStopCode;
}

export interface ReachResult {
  ok: boolean;
  failure?: ReachFailure;
  /** Hops and decisions, in order; the last one says where it ended. */
  path: string[];
  /** The same hops as data, index for index with `path`. */
  hops: ReachHop[];
  /** TTL of a ping reply. */
  ttl: number;
  /** The container that answered, if any. */
  answeredBy?: Container;
  /** What answered on the port (nginx, nc, docker-proxy → nginx, ...). */
  program?: string;
}

export interface Probe {
  port: number;
  proto: Protocol;
}

const texts = (hops: readonly ReachHop[]): string[] => hops.map((h) => h.text);

export function done(hops: ReachHop[], ttl: number, extra: Partial<ReachResult> = {}): ReachResult {
  return { ok: true, path: texts(hops), hops, ttl, ...extra };
}

export function fail(failure: ReachFailure, hops: ReachHop[]): ReachResult {
  return { ok: false, failure, path: texts(hops), hops, ttl: 0 };
}
