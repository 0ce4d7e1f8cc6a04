// Sockets bound inside namespaces. A second bind of one port in one namespace fails (EADDRINUSE),
// and in the host's namespace a port held by docker-proxy for a published port is taken too.
import type { Lab } from '../lab/lab';
import { HOST_NETNS } from '../lab/lab';
import type { Listener, Protocol } from '../lab/model';

export function portBusy(lab: Lab, netnsId: number, proto: Protocol, port: number): boolean {
  if (lab.listeners.some((l) => l.netnsId === netnsId && l.proto === proto && l.port === port)) return true;
  return netnsId === HOST_NETNS && lab.hostPorts.has(`${proto}/${port}`);
}

/** Binds or reports false (the program then prints its own "address in use" message). */
export function bindListener(lab: Lab, l: Listener): boolean {
  if (portBusy(lab, l.netnsId, l.proto, l.port)) return false;
  lab.listeners.push(l);
  lab.markChanged();
  return true;
}
