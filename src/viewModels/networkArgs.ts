// `docker network create|connect|disconnect` argv from what a command was given.
import { flagEach } from './runArgs';

export interface NetworkCreateRequest {
  name: string;
  /** Default bridge. */
  driver?: string;
  subnet?: string;
  gateway?: string;
  /** No way out: no default route, no published ports. */
  internal?: boolean;
}

export function networkCreateArgv(r: NetworkCreateRequest): string[] {
  return [
    'docker',
    'network',
    'create',
    ...(r.driver ? ['--driver', r.driver] : []),
    ...(r.subnet ? ['--subnet', r.subnet] : []),
    ...(r.gateway ? ['--gateway', r.gateway] : []),
    ...(r.internal ? ['--internal'] : []),
    r.name,
  ];
}

export interface ConnectRequest {
  network: string;
  container: string;
  aliases?: readonly string[];
  ip?: string;
}

export function networkConnectArgv(r: ConnectRequest): string[] {
  return [
    'docker',
    'network',
    'connect',
    ...flagEach('--alias', r.aliases),
    ...(r.ip ? ['--ip', r.ip] : []),
    r.network,
    r.container,
  ];
}

export interface DisconnectRequest {
  network: string;
  container: string;
  force?: boolean;
}

export function networkDisconnectArgv(r: DisconnectRequest): string[] {
  return ['docker', 'network', 'disconnect', ...(r.force ? ['--force'] : []), r.network, r.container];
}
