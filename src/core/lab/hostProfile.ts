// The simulated Docker host: defaults that look like a small Linux server.
import type { HostProfile } from './model';

export const DEFAULT_HOST_PROFILE: HostProfile = {
  hostname: 'docker-host',
  eth0: { address: '192.168.1.10', prefix: 24, gateway: '192.168.1.1', mac: '52:54:00:12:34:56' },
  etcHosts:
    '127.0.0.1\tlocalhost\n127.0.1.1\tdocker-host\n::1\tlocalhost ip6-localhost ip6-loopback\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n',
  resolvConf: 'nameserver 192.168.1.1\n',
};

/** Merges a partial profile (e.g. from `--host-profile FILE`) over the defaults. */
export function hostProfileFrom(partial: Partial<HostProfile>): HostProfile {
  return {
    ...DEFAULT_HOST_PROFILE,
    ...partial,
    eth0: { ...DEFAULT_HOST_PROFILE.eth0, ...(partial.eth0 ?? {}) },
  };
}
