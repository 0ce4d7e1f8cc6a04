// The flag table of `docker run` / `docker create`. Flags the lab does not model are accepted
// and ignored, so real command lines from tutorials parse.
import type { FlagSpec } from './flags';

const bool = (name: string, short?: string): FlagSpec => ({ name, short, type: 'bool' });
const str = (name: string, short?: string, aliases?: string[]): FlagSpec => ({ name, short, type: 'string', aliases });
const list = (name: string, short?: string, aliases?: string[]): FlagSpec => ({ name, short, type: 'list', aliases });

export const CREATE_FLAGS: readonly FlagSpec[] = [
  bool('interactive', 'i'),
  bool('tty', 't'),
  bool('rm'),
  str('name'),
  list('network', undefined, ['net']),
  list('network-alias', undefined, ['net-alias']),
  str('ip'),
  str('ip6'),
  list('link-local-ip'),
  str('hostname', 'h'),
  str('domainname'),
  list('dns'),
  list('dns-search'),
  list('dns-option', undefined, ['dns-opt']),
  list('add-host'),
  list('publish', 'p'),
  bool('publish-all', 'P'),
  list('expose'),
  list('link'),
  str('mac-address'),
  // Accepted, not modelled.
  list('env', 'e'),
  list('env-file'),
  list('volume', 'v'),
  list('mount'),
  list('label', 'l'),
  str('workdir', 'w'),
  str('entrypoint'),
  str('restart'),
  str('user', 'u'),
  str('platform'),
  str('pull'),
  str('memory', 'm'),
  str('cpus'),
  str('stop-signal'),
  str('stop-timeout'),
  str('uts'),
  str('pid'),
  str('ipc'),
  str('log-driver'),
  list('log-opt'),
  list('cap-add'),
  list('cap-drop'),
  list('device'),
  list('security-opt'),
  list('sysctl'),
  list('tmpfs'),
  list('ulimit'),
  bool('privileged'),
  bool('init'),
  bool('read-only'),
  bool('quiet', 'q'),
];

export const RUN_FLAGS: readonly FlagSpec[] = [
  bool('detach', 'd'),
  str('detach-keys'),
  bool('sig-proxy'),
  list('attach', 'a'),
  ...CREATE_FLAGS,
];
