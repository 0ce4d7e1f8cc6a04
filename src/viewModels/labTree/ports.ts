// Port rows: the host's listening sockets and published ports (`0.0.0.0:8080 → web:80/tcp`,
// `*:80/tcp  nginx · hostnet (host mode)`), and a container's ports (`80/tcp  nginx listening ·
// published on 0.0.0.0:8080, [::]:8080`).
import { modeKind } from '../../core/daemon/networkMode';
import { HOST_NETNS } from '../../core/lab/lab';
import type { Container, PortBinding } from '../../core/lab/model';
import { type TreeContext, containerName } from './context';
import { type TreeRow, rowId } from './rows';

/** `0.0.0.0:8080`, `[::]:8080`, as docker ps and docker port print a binding. */
export function bindingText(hostIp: string, hostPort: string): string {
  const ip = hostIp === '' ? '0.0.0.0' : hostIp;
  return ip.includes(':') ? `[${ip}]:${hostPort}` : `${ip}:${hostPort}`;
}

/** `80/tcp` → [80, 'tcp']. */
function splitKey(key: string): [number, string] {
  const [port, proto] = key.split('/');
  return [Number(port), proto ?? 'tcp'];
}

/** By port, then by `order` (listeners, then IPv4 bindings, then IPv6). */
const byPort = (a: { port: number; order: string }, b: { port: number; order: string }): number =>
  a.port - b.port || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0);

function portRow(
  id: string,
  label: string,
  description: string,
  icon: string,
  port: number,
  proto: string,
  containerId?: string,
): TreeRow {
  return {
    id: rowId(id, 'none'),
    label,
    description,
    contextValue: 'port',
    icon: { id: icon },
    expansion: 'none',
    node: { kind: 'port', port, proto, ...(containerId === undefined ? {} : { containerId }) },
  };
}

/** The container port a host binding forwards to (`80/tcp`), from the container's programmed ports. */
function forwardedPort(c: Container | undefined, hostIp: string, hostPort: string): string {
  const hit = Object.entries(c?.ports ?? {}).find(([, bindings]) =>
    bindings.some((b) => b.hostIp === hostIp && b.hostPort === hostPort),
  );
  return hit?.[0] ?? '?';
}

/** What listens on the host: published ports (docker-proxy) and host-mode or host-shell servers. */
export function hostPortRows(ctx: TreeContext): TreeRow[] {
  const { lab, words } = ctx;
  const rows: Array<{ port: number; order: string; row: TreeRow }> = [];
  for (const [key, holders] of lab.hostPorts) {
    const [proto, portText = ''] = key.split('/');
    const port = Number(portText);
    for (const h of holders) {
      const c = lab.containers.get(h.containerId);
      const label = `${bindingText(h.hostIp, portText)} → ${containerName(ctx, h.containerId)}:${forwardedPort(c, h.hostIp, portText)}`;
      const id = `host/port/${proto}/${port}/${h.hostIp}`;
      rows.push({
        port,
        order: `${h.hostIp.includes(':') ? 2 : 1}${h.hostIp}`,
        row: portRow(id, label, '', 'export', port, proto ?? 'tcp', h.containerId),
      });
    }
  }
  for (const l of lab.listeners) {
    if (l.netnsId !== HOST_NETNS) continue;
    const c = lab.containers.get(l.containerId);
    const description = c ? words.hostModeListener(l.program, c.name) : words.hostProcess(l.program);
    const id = `host/listen/${l.proto}/${l.port}`;
    rows.push({
      port: l.port,
      order: '0',
      row: portRow(id, `*:${l.port}/${l.proto}`, description, 'radio-tower', l.port, l.proto, c?.id),
    });
  }
  return rows.sort(byPort).map((r) => r.row);
}

interface PortFacts {
  listening: string[];
  published: PortBinding[];
  exposed: boolean;
}

/** A running container's ports: who listens in its namespace, what is published, what only exposed. */
export function containerPortRows(ctx: TreeContext, c: Container, base: string): TreeRow[] {
  if (c.state !== 'running' || c.netnsId === null) return [];
  const { lab, words } = ctx;
  const facts = new Map<string, PortFacts>();
  const at = (key: string): PortFacts => {
    let f = facts.get(key);
    if (!f) facts.set(key, (f = { listening: [], published: [], exposed: false }));
    return f;
  };
  for (const l of lab.listeners) {
    if (l.netnsId !== c.netnsId) continue;
    const who =
      l.containerId === c.id
        ? words.listening(l.program)
        : words.listeningIn(l.program, containerName(ctx, l.containerId));
    at(`${l.port}/${l.proto}`).listening.push(who);
  }
  for (const [key, bindings] of Object.entries(c.ports)) at(key).published.push(...bindings);
  // Publishing happens on a bridge network's endpoint; host, none and joiners have nothing to publish.
  const kind = modeKind(c.networkMode);
  if (kind === 'bridge' || kind === 'user-defined') for (const key of c.exposedPorts) at(key).exposed = true;
  const rows = [...facts].map(([key, f]) => {
    const [port, proto] = splitKey(key);
    const parts = [...f.listening];
    if (f.published.length > 0)
      parts.push(words.publishedOn(f.published.map((b) => bindingText(b.hostIp, b.hostPort)).join(', ')));
    else if (f.exposed) parts.push(words.exposedOnly);
    const row = portRow(
      `${base}/port/${key}`,
      key,
      parts.join(' · '),
      f.published.length > 0 ? 'export' : 'radio-tower',
      port,
      proto,
      c.id,
    );
    return { port, order: proto, row };
  });
  return rows.sort(byPort).map((r) => r.row);
}

/** `80/tcp → 0.0.0.0:8080, [::]:8080` lines for a tooltip. */
export function publishedText(c: Container): string {
  return Object.entries(c.ports)
    .filter(([, bindings]) => bindings.length > 0)
    .map(([key, bindings]) => `${key} → ${bindings.map((b) => bindingText(b.hostIp, b.hostPort)).join(', ')}`)
    .join('; ');
}
