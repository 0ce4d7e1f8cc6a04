// What simulating a compose file alone in a fresh lab showed: the facts hovers print under
// "in this file" and the information diagnostics report. Plain data, filled by composeSimulation.
import type { Range } from '../../compose/model';
import type { Localized } from '../../knowledge/localized';

export interface SimulatedNetwork {
  /** The key under top-level `networks:` (`default` for the one compose adds). */
  key: string;
  /** The engine's name: `<project>_<key>`, `name:`, or the external name. */
  name: string;
  driver: string;
  subnets: string[];
  gateways: string[];
  external: boolean;
}

export interface SimulatedAttachment {
  /** The network's key in the file. */
  network: string;
  networkName: string;
  ipv4?: string;
  ipv6?: string;
  mac?: string;
  /** DNS names other containers on the network resolve to this one. */
  aliases: string[];
}

export interface SimulatedPort {
  hostIp: string;
  hostPort: string;
  containerPort: string;
  protocol: string;
}

export interface SimulatedService {
  name: string;
  /** `<project>-<service>-1` or container_name. */
  container: string;
  /** The container's state after `up -d`; `missing` when up failed before creating it. */
  state: 'running' | 'exited' | 'created' | 'missing';
  exitCode?: number;
  hostname: string;
  /** The mode as the engine stored it: bridge, host, none, container:<name>, or a network name. */
  networkMode: string;
  /** `service:X` / `container:X`: whose namespace this one joins (the service's or container's name). */
  joins?: string;
  attachments: SimulatedAttachment[];
  ports: SimulatedPort[];
}

/** Something only running the file shows, said in the lab's words, at the place it is about. */
export interface SimulationNote {
  service?: string;
  message: string;
  range?: Range;
  /** Why, in English and Simplified Chinese (src/knowledge/composeSimulationNotes.ts). */
  explanation?: Localized;
}

export interface SimulationFacts {
  project: string;
  networks: SimulatedNetwork[];
  services: SimulatedService[];
  /** `docker compose up -d` failed: its last error line. */
  failure?: SimulationNote;
  /** Services that stopped at once, joiners that could not start, ports already taken. */
  notes: SimulationNote[];
}
