// A new network's subnets (src/core/daemon/networkSubnets.ts): moby daemon/network.go
// validateIpamConfig, validateIPRange and validateAddress; libnetwork ipams/defaultipam allocator.go
// RequestPool and address_space.go allocatePredefinedPool; libnetwork network.go ipamAllocateVersion's
// auxiliary addresses. Each row cites the function it follows.
import * as assert from 'node:assert/strict';
import { createNetwork, validateIpamConfig } from '../../src/core/daemon/networkCreate';
import type { IpamConfigRequest } from '../../src/core/daemon/networkCreateRequest';
import { Lab } from '../../src/core/lab/lab';
import { cidrContains, parseCidr, parseIPv4 } from '../../src/core/net/ipv4';
import { replay } from './transcript';

const pool = (subnet: string, more: Partial<IpamConfigRequest> = {}): IpamConfigRequest => ({
  subnet,
  ipRange: '',
  gateway: '',
  ...more,
});

/** The message validateIpamConfig throws, or '' when it accepts the configs. */
function validation(configs: IpamConfigRequest[], ipv6 = true): string {
  try {
    validateIpamConfig(configs, ipv6);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

const framed = (...errs: string[]) =>
  `invalid network config:\n${errs.length === 1 ? errs[0]! : errs.map((e) => `* ${e}`).join('\n')}`;

describe('validateIpamConfig (moby daemon/network.go)', () => {
  const ROWS: Array<{ id: string; configs: IpamConfigRequest[]; ipv6?: boolean; want: string }> = [
    {
      id: 'a masked subnet with its gateway and range',
      configs: [pool('10.1.0.0/24', { gateway: '10.1.0.1', ipRange: '10.1.0.128/25' })],
      want: '',
    },
    {
      id: 'validateIpamConfig: an unmasked subnet names the masked one',
      configs: [pool('10.1.0.5/24')],
      want: framed('invalid subnet 10.1.0.5/24: it should be 10.1.0.0/24'),
    },
    {
      id: 'validateIpamConfig: an unmasked IPv6 subnet, IPv6 on',
      configs: [pool('fd00:1::5/64')],
      want: framed('invalid subnet fd00:1::5/64: it should be fd00:1::/64'),
    },
    {
      id: 'validateIpamConfig: an IPv6 config is skipped while IPv6 is off',
      configs: [pool('fd00:1::5/64', { gateway: '10.0.0.1' })],
      ipv6: false,
      want: '',
    },
    {
      id: 'validateIPRange: a range of the other family',
      configs: [pool('10.1.0.0/24', { ipRange: 'fd00::/64' })],
      want: framed('invalid ip-range fd00::/64: parent subnet is an IPv4 block'),
    },
    {
      id: 'validateIPRange: an IPv4 range in an IPv6 subnet',
      configs: [pool('fd00:1::/64', { ipRange: '10.1.0.0/24' })],
      want: framed('invalid ip-range 10.1.0.0/24: parent subnet is an IPv6 block'),
    },
    {
      id: 'validateIPRange: a range wider than its subnet',
      configs: [pool('10.1.0.0/24', { ipRange: '10.1.0.0/16' })],
      want: framed('invalid ip-range 10.1.0.0/16: CIDR block is bigger than its parent subnet 10.1.0.0/24'),
    },
    {
      id: 'validateIPRange: a wider range elsewhere is both too big and outside (netip Prefix.Overlaps)',
      configs: [pool('10.1.0.0/24', { ipRange: '10.0.0.0/16' })],
      want: framed(
        'invalid ip-range 10.0.0.0/16: CIDR block is bigger than its parent subnet 10.1.0.0/24',
        "invalid ip-range 10.0.0.0/16: parent subnet 10.1.0.0/24 doesn't contain ip-range",
      ),
    },
    {
      id: 'validateIPRange: a range as wide as its subnet is accepted',
      configs: [pool('10.1.0.0/24', { ipRange: '10.1.0.0/24' })],
      want: '',
    },
    {
      id: 'validateIPRange: an unmasked range',
      configs: [pool('10.1.0.0/24', { ipRange: '10.1.0.130/25' })],
      want: framed('invalid ip-range 10.1.0.130/25: it should be 10.1.0.128/25'),
    },
    {
      id: 'validateIPRange: a range outside the subnet',
      configs: [pool('10.1.0.0/24', { ipRange: '10.2.0.0/25' })],
      want: framed("invalid ip-range 10.2.0.0/25: parent subnet 10.1.0.0/24 doesn't contain ip-range"),
    },
    {
      id: 'validateIPRange: an IPv6 range outside its subnet',
      configs: [pool('fd00:1::/64', { ipRange: 'fd00:2::/80' })],
      want: framed("invalid ip-range fd00:2::/80: parent subnet fd00:1::/64 doesn't contain ip-range"),
    },
    {
      id: 'validateAddress: a gateway outside the subnet',
      configs: [pool('10.1.0.0/24', { gateway: '10.2.0.1' })],
      want: framed("invalid gateway 10.2.0.1: parent subnet 10.1.0.0/24 doesn't contain this address"),
    },
    {
      id: 'validateAddress: an IPv6 gateway for an IPv4 subnet',
      configs: [pool('10.1.0.0/24', { gateway: 'fd00::1' })],
      want: framed('invalid gateway fd00::1: parent subnet is an IPv4 block'),
    },
    {
      id: 'validateAddress: an IPv4 gateway for an IPv6 subnet',
      configs: [pool('fd00:1::/64', { gateway: '10.0.0.1' })],
      want: framed('invalid gateway 10.0.0.1: parent subnet is an IPv6 block'),
    },
    {
      id: 'validateAddress: the gateway of an unmasked subnet is checked on its network bits (netip Prefix.Contains)',
      configs: [pool('10.1.0.5/24', { gateway: '10.1.0.1' })],
      want: framed('invalid subnet 10.1.0.5/24: it should be 10.1.0.0/24'),
    },
    {
      id: 'validateAddress: auxiliary addresses, each by its name',
      configs: [pool('10.1.0.0/24', { auxAddresses: { inside: '10.1.0.9', far: '10.9.0.1', six: 'fd00::9' } })],
      want: framed(
        "invalid auxiliary address far: parent subnet 10.1.0.0/24 doesn't contain this address",
        'invalid auxiliary address six: parent subnet is an IPv4 block',
      ),
    },
    {
      id: 'multierror.Join: every problem of every config, in order',
      configs: [pool('10.1.0.5/24', { ipRange: '10.2.0.0/25', gateway: '10.3.0.1' }), pool('fd00:1::5/64')],
      want: framed(
        'invalid subnet 10.1.0.5/24: it should be 10.1.0.0/24',
        "invalid ip-range 10.2.0.0/25: parent subnet 10.1.0.5/24 doesn't contain ip-range",
        "invalid gateway 10.3.0.1: parent subnet 10.1.0.5/24 doesn't contain this address",
        'invalid subnet fd00:1::5/64: it should be fd00:1::/64',
      ),
    },
  ];
  for (const row of ROWS) {
    it(row.id, () => assert.equal(validation(row.configs, row.ipv6 ?? true), row.want));
  }
});

const daemon = (text: string) => `Error response from daemon: ${text}\n`;
const CONFIG = (name: string) => `docker network inspect -f '{{json .IPAM.Config}}' ${name}`;

/** Every 172.16.0.0/12 subnet but docker0's 172.17.0.0/16. */
const FILL_172 = ['172.16.0.0/16', '172.18.0.0/15', '172.20.0.0/14', '172.24.0.0/13'].map(
  (s, i) => `docker network create --subnet ${s} f${i}`,
);

describe('subnet allocation (libnetwork ipams/defaultipam)', () => {
  // The lab's seed 0 host has docker0 on 172.17.0.0/16 and the ULA /48 fdf2:f8b2:d95e::/48.
  const ROWS: Array<{ id: string; lines: string[]; want: [number, string, string] }> = [
    {
      id: 'RequestPool: 0.0.0.0/24 asks only for a size, taken from the first free default pool',
      lines: ['docker network create --subnet 0.0.0.0/24 c24', CONFIG('c24')],
      want: [0, '[{"Subnet":"172.18.0.0/24","Gateway":"172.18.0.1"}]\n', ''],
    },
    {
      id: 'allocatePredefinedPool: a /15 comes from the first /14 base (172.20.0.0/14), not from the /16 ones',
      lines: ['docker network create --subnet 0.0.0.0/15 c15', CONFIG('c15')],
      want: [0, '[{"Subnet":"172.20.0.0/15","Gateway":"172.20.0.1"}]\n', ''],
    },
    {
      id: 'allocatePredefinedPool: a /14 takes a whole /14 base',
      lines: ['docker network create --subnet 0.0.0.0/14 c14', CONFIG('c14')],
      want: [0, '[{"Subnet":"172.20.0.0/14","Gateway":"172.20.0.1"}]\n', ''],
    },
    {
      id: 'allocatePredefinedPool: no default pool is as wide as a /13',
      lines: ['docker network create --subnet 0.0.0.0/13 c13'],
      want: [1, '', daemon('invalid address pool')],
    },
    {
      id: 'RequestPool: 0.0.0.0/0 asks for no size, so the next default subnet',
      lines: ['docker network create --subnet 0.0.0.0/0 c0', CONFIG('c0')],
      want: [0, '[{"Subnet":"172.18.0.0/16","Gateway":"172.18.0.1"}]\n', ''],
    },
    {
      id: 'allocatePredefinedPool: once the /14 bases are used, the next /15 is the second half of one',
      lines: [
        'docker network create --subnet 172.20.0.0/15 a',
        'docker network create --subnet 0.0.0.0/15 b',
        CONFIG('b'),
      ],
      want: [0, '[{"Subnet":"172.22.0.0/15","Gateway":"172.22.0.1"}]\n', ''],
    },
    {
      id: 'allocatePredefinedPool: a /17 may come from 192.168.0.0/16 (split /20 by default), past the host LAN 192.168.1.0/24 (InferReservedNetworks)',
      lines: [...FILL_172, 'docker network create --subnet 0.0.0.0/17 c17', CONFIG('c17')],
      want: [0, '[{"Subnet":"192.168.128.0/17","Gateway":"192.168.128.1"}]\n', ''],
    },
    {
      id: 'allocatePredefinedPool: 192.168.0.0/16 as a whole holds the host LAN, so no /16 is left',
      lines: [...FILL_172, 'docker network create --subnet 0.0.0.0/16 c16'],
      want: [1, '', daemon('all predefined address pools have been fully subnetted')],
    },
    {
      id: 'allocatePredefinedPool: nothing left of the size asked for',
      lines: [
        ...FILL_172,
        'docker network create --subnet 192.168.0.0/16 all192',
        'docker network create --subnet 0.0.0.0/24 last',
      ],
      want: [1, '', daemon('all predefined address pools have been fully subnetted')],
    },
    {
      id: "RequestPool (IPv6): ::/56 asks for a /56 of the host's ULA /48",
      lines: ['docker network create --ipv6 --subnet ::/56 v56', CONFIG('v56')],
      want: [
        0,
        '[{"Subnet":"172.18.0.0/16","Gateway":"172.18.0.1"},{"Subnet":"fdf2:f8b2:d95e::/56","Gateway":"fdf2:f8b2:d95e::1"}]\n',
        '',
      ],
    },
    {
      id: 'allocatePredefinedPool (IPv6): the next /64 after a /56 lies beyond it',
      lines: [
        'docker network create --ipv6 --subnet ::/56 v56',
        'docker network create --ipv6 v64',
        "docker network inspect -f '{{(index .IPAM.Config 1).Subnet}}' v64",
      ],
      want: [0, 'fdf2:f8b2:d95e:100::/64\n', ''],
    },
    {
      id: 'allocatePredefinedPool (IPv6): no pool wider than the ULA /48',
      lines: ['docker network create --ipv6 --subnet ::/40 v40'],
      want: [1, '', daemon('invalid address pool')],
    },
    {
      id: 'RequestPool (IPv6): a subnet overlapping an allocated one',
      lines: [
        'docker network create --ipv6 --subnet fd00:1::/64 a',
        'docker network create --ipv6 --subnet fd00:1::/48 b',
      ],
      want: [1, '', daemon('invalid pool request: Pool overlaps with other one on this address space')],
    },
    {
      id: 'CreateNetwork: no AuxiliaryAddresses key when none were given (omitempty)',
      lines: ['docker network create --subnet 10.9.0.0/24 plain', CONFIG('plain')],
      want: [0, '[{"Subnet":"10.9.0.0/24","Gateway":"10.9.0.1"}]\n', ''],
    },
  ];
  for (const row of ROWS) {
    it(row.id, () => {
      const { steps } = replay(row.lines);
      const got = steps[steps.length - 1]!;
      assert.deepEqual([got.exitCode, got.stdout, got.stderr], row.want);
    });
  }
});

describe('auxiliary addresses at allocation (libnetwork network.go ipamAllocateVersion)', () => {
  const create = (cfg: IpamConfigRequest) => {
    try {
      createNetwork(new Lab({ seed: 0 }), { name: 'aux', ipam: [cfg] });
      return '';
    } catch (e) {
      return (e as Error).message;
    }
  };
  const ROWS: Array<{ id: string; cfg: IpamConfigRequest; want: string }> = [
    {
      id: 'an address outside the pool the daemon chose (0.0.0.0/24 passes validation, then becomes 172.18.0.0/24)',
      cfg: pool('0.0.0.0/24', { auxAddresses: { a: '0.0.0.5' } }),
      want: 'auxiliary address: (a:0.0.0.5) must belong to the master pool: 172.18.0.0/24',
    },
    {
      id: 'the gateway holds its address: the same as an auxiliary one is in use',
      cfg: pool('10.0.0.0/24', { gateway: '10.0.0.9', auxAddresses: { a: '10.0.0.9' } }),
      want: 'failed to allocate secondary ip address (a:10.0.0.9): Address already in use',
    },
    {
      id: 'two auxiliary names for one address inside the range',
      cfg: pool('10.0.0.0/24', { auxAddresses: { a: '10.0.0.7', b: '10.0.0.7' } }),
      want: 'failed to allocate secondary ip address (b:10.0.0.7): Address already in use',
    },
    {
      id: 'outside the --ip-range nothing is reserved, so a repeat is no conflict',
      cfg: pool('10.0.0.0/24', { ipRange: '10.0.0.128/25', auxAddresses: { a: '10.0.0.7', b: '10.0.0.7' } }),
      want: '',
    },
    {
      id: 'the network and broadcast addresses are outside the dynamic range',
      cfg: pool('10.0.0.0/24', { auxAddresses: { a: '10.0.0.0', b: '10.0.0.0', c: '10.0.0.255', d: '10.0.0.255' } }),
      want: '',
    },
    {
      id: 'a /31 has no network or broadcast address: both of its addresses are in the range',
      cfg: pool('10.0.0.0/31', { gateway: '10.0.0.0', auxAddresses: { a: '10.0.0.0' } }),
      want: 'failed to allocate secondary ip address (a:10.0.0.0): Address already in use',
    },
    {
      id: 'the last address of a /31 is in its range too',
      cfg: pool('10.0.0.0/31', { gateway: '10.0.0.0', auxAddresses: { a: '10.0.0.1', b: '10.0.0.1' } }),
      want: 'failed to allocate secondary ip address (b:10.0.0.1): Address already in use',
    },
  ];
  for (const row of ROWS) it(row.id, () => assert.equal(create(row.cfg), row.want));
});

describe('IPv4 prefixes (core/net/ipv4)', () => {
  it('cidrContains compares network bits only, as netip Prefix.Contains does for an unmasked prefix', () => {
    assert.equal(cidrContains(parseCidr('10.1.0.5/24')!, parseIPv4('10.1.0.9')!), true);
    assert.equal(cidrContains(parseCidr('10.1.0.5/24')!, parseIPv4('10.1.1.9')!), false);
  });
});
