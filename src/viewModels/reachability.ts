// "Can A reach B?" as the lab's own tools find out: resolve the name as a process in A would
// (commandLine/shell/target.ts, the same path ping, nc and curl take: IPv4 when the name has an
// IPv4 answer, else IPv6), then follow the packet (core/kernel/reach.ts or reach6.ts). The answer
// is the path taken, or where and why it stops.
import { probeAddress } from '../commandLine/shell/target';
import type { ReachFailure, ReachHop, ReachHopKind, ReachStopCode } from '../core/kernel/reach';
import type { Lab } from '../core/lab/lab';
import { HOST_NETNS } from '../core/lab/lab';
import type { Container, Protocol } from '../core/lab/model';

/** Where the probe starts: the host, or a container's processes. */
export const HOST = 'host';

export interface ReachQuery {
  /** A container's name or ID, or `host` (or nothing) for the host. */
  from?: string;
  /** A name (resolved as a process there would) or an address. */
  to: string;
  /** Without a port: a ping. */
  port?: number;
  /** Default tcp. */
  protocol?: Protocol;
}

export type StopReason = ReachFailure | 'unresolved' | 'no-such-container' | 'not-running' | 'paused';

export interface ReachAnswer {
  reachable: boolean;
  /** In order: where it starts, how the name resolved, each hop and decision, the last where it ended. */
  hops: string[];
  /** When not reachable: why, and the hop it stopped at. */
  stop?: { reason: StopReason; at: string };
}

/** Why a traced path stops: the kernel's reasons, and those before the first packet. */
export type TraceStopCode = ReachStopCode | 'unresolved' | 'no-such-container' | 'not-running';

/** One hop of the answer as data (core/kernel/reach.ts ReachHop), with the name resolution as a `dns` hop. */
export interface TraceHop extends Omit<ReachHop, 'kind' | 'stop'> {
  kind: ReachHopKind | 'dns';
  stop?: TraceStopCode;
}

/** The answer, and the same hops as data, index for index with `answer.hops`. */
export interface TracedReach {
  answer: ReachAnswer;
  hops: TraceHop[];
}

const stopped = (reason: StopReason, hops: TraceHop[]): TracedReach => {
  const texts = hops.map((h) => h.text);
  return { answer: { reachable: false, hops: texts, stop: { reason, at: texts[texts.length - 1] ?? '' } }, hops };
};

/** A probe cannot start in a container whose processes do not run (what `docker exec` refuses). */
function startProblem(c: Container): TracedReach | undefined {
  const start: TraceHop = { text: `from ${c.name}`, kind: 'start', containerId: c.id };
  if (c.state !== 'running' || c.netnsId === null)
    return stopped('not-running', [
      start,
      {
        text: `${c.name} is ${c.state}: nothing runs in it to send a packet`,
        kind: 'stop',
        stop: 'not-running',
        containerId: c.id,
      },
    ]);
  if (c.paused)
    return stopped('paused', [
      { ...start, netnsId: c.netnsId },
      {
        text: `${c.name} is paused: its processes are frozen`,
        kind: 'stop',
        stop: 'paused',
        containerId: c.id,
        netnsId: c.netnsId,
      },
    ]);
  return undefined;
}

export function checkReach(lab: Lab, q: ReachQuery): ReachAnswer {
  return traceReach(lab, q).answer;
}

/** checkReach, with each hop also as data: the namespaces, interfaces, networks and containers it passes. */
export function traceReach(lab: Lab, q: ReachQuery): TracedReach {
  const fromHost = q.from === undefined || q.from === '' || q.from === HOST;
  let container: Container | undefined;
  if (!fromHost) {
    try {
      container = lab.getContainer(q.from!);
    } catch (e) {
      // The daemon's words: no such container, or an ID prefix that matches several.
      const text = e instanceof Error ? e.message : String(e);
      return stopped('no-such-container', [{ text, kind: 'stop', stop: 'no-such-container' }]);
    }
  }
  const problem = container ? startProblem(container) : undefined;
  if (problem) return problem;
  const netnsId = container?.netnsId ?? HOST_NETNS;
  const probe = q.port === undefined ? undefined : { port: q.port, proto: q.protocol ?? 'tcp' };
  const sh = { lab, container, netnsId, dir: { cwd: '/', home: '/root', oldPwd: undefined } };
  const start: TraceHop = {
    text: `from ${container ? container.name : 'the host'}`,
    kind: 'start',
    netnsId,
    ...(container ? { containerId: container.id } : {}),
  };
  const target = probeAddress(sh, q.to, probe);
  if (!target.ok)
    return stopped('unresolved', [
      start,
      { text: `${q.to} does not resolve: ${target.reason}`, kind: 'stop', stop: 'unresolved', netnsId },
    ]);
  const { resolution, result } = target;
  const resolved: TraceHop[] =
    resolution.via === 'literal'
      ? []
      : [
          {
            text: `${q.to} → ${target.address}: ${resolution.explanation}`,
            kind: 'dns',
            netnsId,
            // Docker's embedded DNS answers on 127.0.0.11, on the namespace's lo (moby libnetwork resolver.go).
            ...(resolution.via === 'embedded' ? { ifname: 'lo' } : {}),
          },
        ];
  const [first, ...rest] = result.hops;
  const hops: TraceHop[] = [
    first ? { ...first, ...(container ? { containerId: container.id } : {}) } : start,
    ...resolved,
    ...rest,
  ];
  return result.ok
    ? { answer: { reachable: true, hops: hops.map((h) => h.text) }, hops }
    : stopped(result.failure ?? 'timeout', hops);
}
