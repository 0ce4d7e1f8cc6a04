// Address allocation inside a subnet (src/core/daemon/ipam.ts SubnetAddresses, after libnetwork
// ipams/defaultipam address space: the network and broadcast addresses are reserved except on /31
// and /32, RFC 3021) and IPv6 endpoint addresses (src/core/daemon/ipv6Addresses.ts: ::1 the gateway,
// the first free address from ::2, --ip6 checked as the daemon checks it, EUI-64 link-local).
import * as assert from 'node:assert/strict';
import { SubnetAddresses } from '../../src/core/daemon/ipam';
import { linkLocal } from '../../src/core/daemon/ipv6Addresses';
import { formatIPv4, parseCidr, parseIPv4 } from '../../src/core/net/ipv4';
import { replay } from './transcript';

const cidr = (text: string) => parseCidr(text)!;
const ip = (text: string) => parseIPv4(text)!;
/** Allocates until the subnet is full, as dotted addresses. */
const drain = (a: SubnetAddresses) => {
  const out: string[] = [];
  for (let got = a.allocate(); got !== undefined; got = a.allocate()) out.push(formatIPv4(got));
  return out;
};

describe('addresses in a subnet (daemon/ipam SubnetAddresses)', () => {
  const SIZES: Array<{ subnet: string; range?: string; all: string[] }> = [
    { subnet: '10.0.0.0/30', all: ['10.0.0.1', '10.0.0.2'] },
    { subnet: '10.0.0.0/31', all: ['10.0.0.0', '10.0.0.1'] },
    { subnet: '10.0.0.7/32', all: ['10.0.0.7'] },
    { subnet: '10.0.0.0/29', range: '10.0.0.4/30', all: ['10.0.0.4', '10.0.0.5', '10.0.0.6'] },
    { subnet: '10.0.0.0/29', range: '10.0.0.0/30', all: ['10.0.0.1', '10.0.0.2', '10.0.0.3'] },
  ];
  for (const s of SIZES) {
    it(`${s.subnet}${s.range ? ` with range ${s.range}` : ''} hands out ${s.all.join(', ')}`, () => {
      const a = new SubnetAddresses(cidr(s.subnet), s.range ? cidr(s.range) : undefined);
      assert.deepEqual([a.label, drain(a), a.usedCount], [s.subnet, s.all, s.all.length]);
      assert.equal(a.allocate(), undefined);
    });
  }

  it('inRange: the dynamic range without the reserved edges', () => {
    const a = new SubnetAddresses(cidr('10.0.0.0/29'), cidr('10.0.0.4/30'));
    assert.deepEqual(
      ['10.0.0.3', '10.0.0.4', '10.0.0.6', '10.0.0.7', '10.0.0.0'].map((x) => a.inRange(ip(x))),
      [false, true, true, false, false],
    );
    assert.deepEqual([a.contains(ip('10.0.0.7')), a.contains(ip('10.0.0.8'))], [true, false]);
  });

  it('a released address below the next free one is handed out first; one above it waits its turn', () => {
    const a = new SubnetAddresses(cidr('10.0.0.0/28'));
    assert.deepEqual(
      [a.allocate(), a.allocate(), a.allocate(), a.allocate()].map((x) => formatIPv4(x!)),
      ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'],
    );
    a.release(ip('10.0.0.2'));
    assert.deepEqual([a.isUsed(ip('10.0.0.2')), a.usedCount], [false, 3]);
    assert.equal(formatIPv4(a.allocate()!), '10.0.0.2');
    assert.equal(formatIPv4(a.allocate()!), '10.0.0.5');
    // A static address above the hint, released, does not pull the next allocation up to it.
    assert.equal(a.reserve(ip('10.0.0.9')), true);
    assert.equal(a.reserve(ip('10.0.0.9')), false);
    a.release(ip('10.0.0.9'));
    assert.equal(formatIPv4(a.allocate()!), '10.0.0.6');
    // Releasing what was never held changes nothing.
    a.release(ip('10.0.0.12'));
    assert.equal(formatIPv4(a.allocate()!), '10.0.0.7');
  });

  it('a full range reports no address until one is released', () => {
    const a = new SubnetAddresses(cidr('10.0.0.0/30'));
    drain(a);
    a.release(ip('10.0.0.1'));
    assert.equal(formatIPv4(a.allocate()!), '10.0.0.1');
    assert.equal(a.allocate(), undefined);
  });
});

describe('IPv6 endpoint addresses (daemon/ipv6Addresses)', () => {
  // EUI-64 (RFC 4291 appendix A): the universal/local bit flipped, ff:fe in the middle.
  const LINK_LOCAL: Array<[string, string]> = [
    ['02:42:ac:11:00:02', 'fe80::42:acff:fe11:2'],
    ['00:00:00:00:00:00', 'fe80::200:ff:fe00:0'],
    ['ff:ff:ff:ff:ff:ff', 'fe80::fdff:ffff:feff:ffff'],
    ['52:54:00:12:34:56', 'fe80::5054:ff:fe12:3456'],
  ];
  for (const [mac, want] of LINK_LOCAL) {
    it(`link-local of ${mac}: ${want}`, () => assert.equal(linkLocal(mac), want));
  }

  const NET = 'docker network create --ipv6 --subnet fd00:5::/64 --gateway fd00:5::1 v6';
  const addr =
    "docker inspect -f '{{range .NetworkSettings.Networks}}{{.GlobalIPv6Address}}/{{.GlobalIPv6PrefixLen}} {{.IPv6Gateway}}{{end}}'";
  const endpointError = (why: string) =>
    `docker: Error response from daemon: invalid config for network v6: invalid endpoint settings:\n${why}\n\nRun 'docker run --help' for more information\n`;

  const SETUP_FAILED = (why: string) =>
    `docker: Error response from daemon: failed to set up container networking: ${why}\n\nRun 'docker run --help' for more information\n`;
  const IP6: Array<{ id: string; lines: string[]; exitCode: number; stdout?: string; stderr?: string }> = [
    {
      id: 'the first container gets ::2, the gateway being ::1',
      lines: [NET, 'docker run -d --name a6 --network v6 busybox top', `${addr} a6`],
      exitCode: 0,
      stdout: 'fd00:5::2/64 fd00:5::1\n',
    },
    {
      id: '--ip6 in another spelling is stored in its canonical form',
      lines: [NET, 'docker run -d --name a4 --network v6 --ip6 fd00:5:0:0::9 busybox top', `${addr} a4`],
      exitCode: 0,
      stdout: 'fd00:5::9/64 fd00:5::1\n',
    },
    {
      id: '--ip6 that is not an address',
      lines: [NET, 'docker run -d --name a1 --network v6 --ip6 fd00:5::zz busybox top'],
      exitCode: 125,
      stderr: endpointError('invalid IPv6 address: fd00:5::zz'),
    },
    {
      id: '--ip6 outside the subnet',
      lines: [NET, 'docker run -d --name a2 --network v6 --ip6 fd00:6::5 busybox top'],
      exitCode: 125,
      stderr: endpointError('no configured subnet contains IP address fd00:6::5'),
    },
    {
      id: '--ip6 of the gateway',
      lines: [NET, 'docker run -d --name a3 --network v6 --ip6 fd00:5::1 busybox top'],
      exitCode: 125,
      stderr: SETUP_FAILED('Address already in use'),
    },
    {
      id: '--ip6 another container holds, written differently',
      lines: [
        NET,
        'docker run -d --name a4 --network v6 --ip6 fd00:5::9 busybox top',
        'docker run -d --name a5 --network v6 --ip6 fd00:5:0::9 busybox top',
      ],
      exitCode: 125,
      stderr: SETUP_FAILED('Address already in use'),
    },
    {
      id: 'an IPv6 --aux-address is skipped',
      lines: [
        "docker network create --ipv6 --subnet fd00:7::/64 --aux-address 'x=fd00:7::2' v7",
        'docker run -d --name b1 --network v7 busybox top',
        "docker inspect -f '{{range .NetworkSettings.Networks}}{{.GlobalIPv6Address}} {{.IPv6Gateway}}{{end}}' b1",
      ],
      exitCode: 0,
      stdout: 'fd00:7::3 fd00:7::1\n',
    },
    {
      id: 'a /126 has room for two containers after the gateway, and says so for the third',
      lines: [
        'docker network create --ipv6 --subnet fd00:8::/126 v6tiny',
        'docker run -d --name v1 --network v6tiny busybox top',
        'docker run -d --name v2 --network v6tiny busybox top',
        'docker run -d --name v3 --network v6tiny busybox top',
      ],
      exitCode: 125,
      stderr: SETUP_FAILED(
        "no available IPv6 addresses on this network's address pools: v6tiny (33469494a65d9b7a57dcb96b1b486183e411ddc13e2cf2419e2ea24fb7fbe3e5)",
      ),
    },
    {
      id: 'a stopped container gives its address back',
      lines: [
        NET,
        'docker run -d --name a6 --network v6 busybox top',
        'docker stop a6',
        'docker run -d --name a7 --network v6 busybox top',
        `${addr} a7`,
      ],
      exitCode: 0,
      stdout: 'fd00:5::2/64 fd00:5::1\n',
    },
  ];
  for (const c of IP6) {
    it(c.id, () => {
      const { steps } = replay(c.lines);
      const last = steps[steps.length - 1]!;
      assert.deepEqual(
        steps.slice(0, -1).filter((s) => s.exitCode !== 0),
        [],
      );
      assert.equal(last.exitCode, c.exitCode, last.stderr);
      if (c.stdout !== undefined) assert.equal(last.stdout, c.stdout);
      if (c.stderr !== undefined) assert.equal(last.stderr, c.stderr);
    });
  }
});
