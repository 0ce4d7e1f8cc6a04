// Endpoint settings as the daemon validates them (src/core/daemon/endpointSettings.ts): moby
// daemon/container_operations.go validateEndpointSettings — static addresses and aliases only on
// user-defined networks, the address parsed and inside a configured subnet, interface sysctls in
// the `net.X.Y.IFNAME.Z=V` form — and the daemon's framing of one error or a `* ` list.
import * as assert from 'node:assert/strict';
import {
  ENDPOINT_SYSCTLS,
  endpointConfig,
  endpointSettingsErrors,
  endpointSettingsMessage,
  endpointSysctlErrors,
} from '../../src/core/daemon/endpointSettings';
import type { EndpointConfig } from '../../src/core/lab/model';
import { replay } from './transcript';

const NOT_USER_IP = 'user-specified IP address is supported on user-defined networks only';
const NOT_USER_ALIAS = 'network-scoped aliases are only supported for user-defined networks';
const badSysctl = (s: string) =>
  `unrecognised network interface sysctl '${s}'; represent 'net.X.Y.ethN.Z=V' as 'net.X.Y.IFNAME.Z=V', 'X' must be 'ipv4', 'ipv6' or 'mpls'`;

describe('endpoint settings (daemon/endpointSettings)', () => {
  const { lab } = replay(['docker network create app', 'docker network create --ipv6 --subnet fd00:5::/64 v6']);
  const bridgeId = lab.findNetwork('bridge')!.id;

  const ROWS: Array<{ id: string; mode: string; cfg: Partial<EndpointConfig>; want: string[] }> = [
    { id: 'an address on the default bridge', mode: 'bridge', cfg: { ipv4Address: '172.17.0.5' }, want: [NOT_USER_IP] },
    { id: 'an alias on the default bridge', mode: 'bridge', cfg: { aliases: ['x'] }, want: [NOT_USER_ALIAS] },
    {
      id: 'both on the default bridge, in that order',
      mode: 'bridge',
      cfg: { ipv4Address: '172.17.0.5', aliases: ['x'] },
      want: [NOT_USER_IP, NOT_USER_ALIAS],
    },
    { id: 'an IPv6 address in host mode', mode: 'host', cfg: { ipv6Address: 'fd00::5' }, want: [NOT_USER_IP] },
    { id: 'an alias in container mode', mode: 'container:web', cfg: { aliases: ['x'] }, want: [NOT_USER_ALIAS] },
    {
      id: 'the default bridge named by its ID is still predefined',
      mode: bridgeId,
      cfg: { aliases: ['x'] },
      want: [NOT_USER_ALIAS],
    },
    { id: 'an empty alias list is no alias', mode: 'bridge', cfg: { aliases: [] }, want: [] },
    { id: 'an address inside a user-defined subnet', mode: 'app', cfg: { ipv4Address: '172.18.0.9' }, want: [] },
    {
      id: 'an IPv4 address that does not parse',
      mode: 'app',
      cfg: { ipv4Address: '172.18.0.300' },
      want: ['invalid IPv4 address: 172.18.0.300'],
    },
    {
      id: 'an IPv4 address outside every subnet',
      mode: 'app',
      cfg: { ipv4Address: '10.0.0.1' },
      want: ['no configured subnet contains IP address 10.0.0.1'],
    },
    {
      id: 'an IPv6 address on a network without IPv6',
      mode: 'app',
      cfg: { ipv6Address: 'fd00::1' },
      want: ['no configured subnet contains IP address fd00::1'],
    },
    { id: 'an IPv6 address inside the IPv6 subnet', mode: 'v6', cfg: { ipv6Address: 'fd00:5::9' }, want: [] },
    {
      id: 'an IPv4-mapped IPv6 address is not taken',
      mode: 'v6',
      cfg: { ipv6Address: '::ffff:1.2.3.4' },
      want: ['invalid IPv6 address: ::ffff:1.2.3.4'],
    },
    {
      id: 'an IPv6 address that does not parse',
      mode: 'v6',
      cfg: { ipv6Address: 'zz' },
      want: ['invalid IPv6 address: zz'],
    },
    {
      id: 'an IPv6 address outside the subnet',
      mode: 'v6',
      cfg: { ipv6Address: 'fd00:6::9' },
      want: ['no configured subnet contains IP address fd00:6::9'],
    },
    {
      id: 'a network the daemon does not know yet: no subnet to check against',
      mode: 'ghost',
      cfg: { ipv4Address: '10.0.0.1', ipv6Address: 'fd00:9::1' },
      want: [],
    },
  ];
  for (const r of ROWS) {
    it(r.id, () => {
      assert.deepEqual(endpointSettingsErrors(lab, r.mode, lab.findNetwork(r.mode), r.cfg), r.want);
    });
  }

  const SYSCTLS: Array<{ value: string; bad: string[] }> = [
    { value: 'net.ipv4.conf.IFNAME.forwarding=1', bad: [] },
    { value: 'net.ipv6.conf.ifname.disable_ipv6=0', bad: [] },
    { value: 'net.mpls.conf.IFNAME.input=1', bad: [] },
    { value: 'net.ipv4.neigh.IFNAME.default.gc_thresh1=64', bad: [] },
    { value: 'net.ipv5.conf.IFNAME.x=1', bad: ['net.ipv5.conf.IFNAME.x=1'] },
    { value: 'net.ipv4.conf.eth0.forwarding=1', bad: ['net.ipv4.conf.eth0.forwarding=1'] },
    { value: 'net.ipv4.IFNAME', bad: ['net.ipv4.IFNAME'] },
    {
      value: 'net.ipv4.conf.IFNAME.forwarding=1,net.ipv4.conf.Ifname.x=1',
      bad: ['net.ipv4.conf.Ifname.x=1'],
    },
  ];
  for (const s of SYSCTLS) {
    it(`sysctls ${s.value}`, () => {
      assert.deepEqual(endpointSysctlErrors({ [ENDPOINT_SYSCTLS]: s.value }), s.bad.map(badSysctl));
    });
  }

  it('sysctl errors follow the address errors; no sysctl option, no sysctl error', () => {
    assert.deepEqual(
      endpointSettingsErrors(lab, 'bridge', lab.findNetwork('bridge'), {
        ipv4Address: '172.17.0.5',
        driverOpts: { [ENDPOINT_SYSCTLS]: 'x' },
      }),
      [NOT_USER_IP, badSysctl('x')],
    );
    assert.deepEqual(endpointSysctlErrors({ 'com.docker.network.endpoint.ifname': 'x' }), []);
  });

  it("the daemon's framing: one error as it is, several as a * list", () => {
    assert.deepEqual(
      [endpointSettingsMessage(['a']), endpointSettingsMessage(['a', 'b'])],
      ['invalid endpoint settings:\na', 'invalid endpoint settings:\n* a\n* b'],
    );
  });

  it('a request without fields decodes to empty ones; options and gw-priority only when set', () => {
    assert.deepEqual(endpointConfig({}), { aliases: [], ipv4Address: '', ipv6Address: '', macAddress: '', links: [] });
    assert.deepEqual(endpointConfig({ driverOpts: {}, gwPriority: 0 }), {
      aliases: [],
      ipv4Address: '',
      ipv6Address: '',
      macAddress: '',
      links: [],
    });
    assert.deepEqual(
      endpointConfig({ aliases: ['a'], ipv4Address: '1.2.3.4', driverOpts: { k: 'v' }, gwPriority: 5, links: ['x:y'] }),
      {
        aliases: ['a'],
        ipv4Address: '1.2.3.4',
        ipv6Address: '',
        macAddress: '',
        links: ['x:y'],
        driverOpts: { k: 'v' },
        gwPriority: 5,
      },
    );
  });
});
