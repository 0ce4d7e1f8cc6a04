// netlab.trace's argument object `{ from, to, port?, protocol? }` made into the query the diagram
// traces, or refused with the reason (nothing runs then). `from` is `host` (the default) or an
// address of the host, a container's name or ID, or the address of one; `to` a container's name
// or ID, or an address.
// A name that is no container gets the engine's words (moby daemon/container.go GetContainer:
// "No such container: x", which the docker CLI prints after "Error response from daemon: ").
// No vscode here: the refusals are data, worded by the command.
import type { Lab } from '../../core/lab/lab';
import { DockerError } from '../../core/lab/errors';
import { parseIPv4 } from '../../core/net/ipv4';
import { parseIPv6 } from '../../core/net/ipv6';
import type { TraceQuery } from '../../protocol/diagramMessages';
import { sourceOf } from '../../viewModels/diagram/diagramTrace';
import { HOST } from '../../viewModels/reachability';

export type TraceArgProblem =
  /** A field the object must have. */
  | { missing: string }
  /** A field of the wrong kind: port not 1-65535, protocol not tcp or udp, an endpoint not text. */
  | { invalid: 'port' | 'protocol' | 'from' | 'to'; value: string }
  /** Docker's own words. */
  | { docker: string };

export type TraceArgs = { query: TraceQuery } | { problem: TraceArgProblem };

const DAEMON = 'Error response from daemon: ';

const isAddress = (ref: string): boolean => parseIPv4(ref) !== undefined || parseIPv6(ref) !== undefined;

const show = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));

/** A container, by name, ID or unique ID prefix; the engine's refusal otherwise. */
function containerRef(lab: Lab, ref: string): { name: string } | { problem: TraceArgProblem } {
  try {
    return { name: lab.getContainer(ref).name };
  } catch (e) {
    if (e instanceof DockerError) return { problem: { docker: DAEMON + e.message } };
    throw e;
  }
}

function source(lab: Lab, value: unknown): { name: string } | { problem: TraceArgProblem } {
  if (value === undefined || value === '') return { name: HOST };
  if (typeof value !== 'string') return { problem: { invalid: 'from', value: show(value) } };
  const ref = value.trim();
  // The host by name or by one of its addresses; a container by the address it holds (sourceOf).
  const resolved = sourceOf(lab, ref);
  if (resolved === HOST) return { name: HOST };
  const holder = resolved !== ref ? lab.containers.get(resolved ?? '') : undefined;
  if (holder) return { name: holder.name };
  if (isAddress(ref)) return { problem: { docker: `${DAEMON}No such container: ${ref}` } };
  return containerRef(lab, ref);
}

function destination(lab: Lab, value: unknown): { name: string } | { problem: TraceArgProblem } {
  if (value === undefined || value === '') return { problem: { missing: 'to' } };
  if (typeof value !== 'string') return { problem: { invalid: 'to', value: show(value) } };
  const ref = value.trim();
  return isAddress(ref) ? { name: ref } : containerRef(lab, ref);
}

function port(value: unknown): { port?: number } | { problem: TraceArgProblem } {
  if (value === undefined || value === '') return {};
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 65535
    ? { port: n }
    : { problem: { invalid: 'port', value: show(value) } };
}

function protocol(value: unknown): { protocol?: 'tcp' | 'udp' } | { problem: TraceArgProblem } {
  if (value === undefined || value === '') return {};
  return value === 'tcp' || value === 'udp'
    ? { protocol: value }
    : { problem: { invalid: 'protocol', value: show(value) } };
}

export function traceArgs(lab: Lab, args: Readonly<Record<string, unknown>>): TraceArgs {
  const to = destination(lab, args['to']);
  if ('problem' in to) return to;
  const from = source(lab, args['from']);
  if ('problem' in from) return from;
  const p = port(args['port']);
  if ('problem' in p) return p;
  const proto = protocol(args['protocol']);
  if ('problem' in proto) return proto;
  if (proto.protocol && p.port === undefined) return { problem: { missing: 'port' } };
  const query: TraceQuery = { from: from.name, to: to.name };
  if (p.port !== undefined) query.port = p.port;
  if (proto.protocol) query.protocol = proto.protocol;
  return { query };
}
