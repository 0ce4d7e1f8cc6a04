// The interfaces each namespace shows (src/core/kernel/interfaces.ts), as busybox `ip addr` and
// `ip link` print them (networking/libiproute/ipaddress.c print_linkinfo, print_addrinfo): the host's
// lo, eth0, bridges (the network's MTU, carrier only with a port, IPv6 gateway and link-local),
// VLAN sub-interfaces and dummy links of macvlan/ipvlan networks (moby macvlan_setup.go
// createVlanLink, createDummyLink; one per link however many networks share it), the host ends of
// veth pairs (master, peer index, MAC); a container's lo and ethN; only lo for none and dead namespaces.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const LO = [
  '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000',
  '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
  '    inet 127.0.0.1/8 scope host lo',
  '       valid_lft forever preferred_lft forever',
  '    inet6 ::1/128 scope host ',
  '       valid_lft forever preferred_lft forever',
];

const SETUP = [
  'docker network create --ipv6 --subnet fd00:1::/64 -o com.docker.network.driver.mtu=1400 v6net',
  'docker network create -d macvlan -o parent=eth0.10 --subnet 10.10.0.0/24 vlan10',
  'docker network create -d ipvlan -o parent=eth0.10 --subnet 10.11.0.0/24 vlan10b',
  'docker network create -d macvlan --subnet 10.12.0.0/24 dum',
  'docker run -dit --name v6 --network v6net busybox',
  'docker run -dit --name b4 busybox',
];

describe('the interfaces a namespace shows (kernel/interfaces)', () => {
  it("the host: lo, eth0, bridges with their MTU and IPv6, one VLAN link for two networks, a dummy, the veths' host ends", () => {
    const { steps } = replay([...SETUP, 'ip addr']);
    assert.deepEqual(
      steps.map((s) => s.exitCode),
      [0, 0, 0, 0, 0, 0, 0],
    );
    assert.equal(
      steps[6]!.stdout,
      [
        ...LO,
        '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP qlen 1000',
        '    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff',
        '    inet 192.168.1.10/24 brd 192.168.1.255 scope global eth0',
        '       valid_lft forever preferred_lft forever',
        '    inet6 fe80::5054:ff:fe12:3456/64 scope link ',
        '       valid_lft forever preferred_lft forever',
        '3: docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP ',
        '    link/ether 02:92:ca:2f:0e:3c brd ff:ff:ff:ff:ff:ff',
        '    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0',
        '       valid_lft forever preferred_lft forever',
        '    inet6 fe80::92:caff:fe2f:e3c/64 scope link ',
        '       valid_lft forever preferred_lft forever',
        '4: br-33469494a65d: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 qdisc noqueue state UP ',
        '    link/ether 02:33:46:94:94:a6 brd ff:ff:ff:ff:ff:ff',
        '    inet 172.18.0.1/16 brd 172.18.255.255 scope global br-33469494a65d',
        '       valid_lft forever preferred_lft forever',
        '    inet6 fd00:1::1/64 scope global flags 02 ',
        '       valid_lft forever preferred_lft forever',
        '    inet6 fe80::33:46ff:fe94:94a6/64 scope link ',
        '       valid_lft forever preferred_lft forever',
        '5: eth0.10@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP qlen 1000',
        '    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff',
        '    inet6 fe80::5054:ff:fe12:3456/64 scope link ',
        '       valid_lft forever preferred_lft forever',
        '6: dm-d0f0e17a5139: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP qlen 1000',
        '    link/ether 02:d0:f0:e1:7a:51 brd ff:ff:ff:ff:ff:ff',
        '    inet6 fe80::d0:f0ff:fee1:7a51/64 scope link ',
        '       valid_lft forever preferred_lft forever',
        '8: vethc661216@if7: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1400 qdisc noqueue master br-33469494a65d state UP ',
        '    link/ether 12:94:c2:60:97:89 brd ff:ff:ff:ff:ff:ff',
        '    inet6 fe80::1094:c2ff:fe60:9789/64 scope link ',
        '       valid_lft forever preferred_lft forever',
        '10: veth40f455e@if9: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue master docker0 state UP ',
        '    link/ether 32:7e:a2:c7:c0:9e brd ff:ff:ff:ff:ff:ff',
        '    inet6 fe80::307e:a2ff:fec7:c09e/64 scope link ',
        '       valid_lft forever preferred_lft forever',
        '',
      ].join('\n'),
    );
  });

  it("a container on an IPv6 network: eth0 with the network's MTU, its global and link-local addresses", () => {
    const { steps } = replay([...SETUP, 'docker exec v6 ip addr']);
    assert.equal(
      steps[6]!.stdout,
      [
        ...LO,
        '7: eth0@if8: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1400 qdisc noqueue state UP ',
        '    link/ether 12:94:c2:60:32:d3 brd ff:ff:ff:ff:ff:ff',
        '    inet 172.18.0.2/16 brd 172.18.255.255 scope global eth0',
        '       valid_lft forever preferred_lft forever',
        '    inet6 fd00:1::2/64 scope global flags 02 ',
        '       valid_lft forever preferred_lft forever',
        '    inet6 fe80::1094:c2ff:fe60:32d3/64 scope link ',
        '       valid_lft forever preferred_lft forever',
        '',
      ].join('\n'),
    );
  });

  it('a container on an IPv4-only network has no IPv6 at all, not even link-local (Engine 26 and later)', () => {
    const { steps } = replay([...SETUP, 'docker exec b4 ip addr']);
    assert.equal(
      steps[6]!.stdout,
      [
        ...LO,
        '9: eth0@if10: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue state UP ',
        '    link/ether 32:7e:a2:c7:65:c4 brd ff:ff:ff:ff:ff:ff',
        '    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0',
        '       valid_lft forever preferred_lft forever',
        '',
      ].join('\n'),
    );
  });

  it('a bridge whose last port left loses its carrier; its veth goes with the container', () => {
    const { steps } = replay([...SETUP, 'docker stop b4', 'ip link']);
    assert.equal(
      steps[7]!.stdout,
      [
        '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000',
        '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
        '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP qlen 1000',
        '    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff',
        '3: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN ',
        '    link/ether 02:92:ca:2f:0e:3c brd ff:ff:ff:ff:ff:ff',
        '4: br-33469494a65d: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 qdisc noqueue state UP ',
        '    link/ether 02:33:46:94:94:a6 brd ff:ff:ff:ff:ff:ff',
        '5: eth0.10@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP qlen 1000',
        '    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff',
        '6: dm-d0f0e17a5139: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP qlen 1000',
        '    link/ether 02:d0:f0:e1:7a:51 brd ff:ff:ff:ff:ff:ff',
        '8: vethc661216@if7: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1400 qdisc noqueue master br-33469494a65d state UP ',
        '    link/ether 12:94:c2:60:97:89 brd ff:ff:ff:ff:ff:ff',
        '',
      ].join('\n'),
    );
  });

  it('the host lists its links by index: a bridge created after a VLAN link, a veth added to an older container', () => {
    const { steps } = replay([
      'docker network create -d macvlan -o parent=eth0.10 --subnet 10.10.0.0/24 vlan10',
      'docker network create late',
      'docker run -dit --name c1 busybox',
      // The host end's MAC flips bytes 4 and 5 of the container's: a5:5a gives 00:00, printed with two digits.
      'docker run -dit --name c2 --mac-address 02:42:ac:11:a5:5a busybox',
      'docker network connect late c1',
      'ip link',
    ]);
    assert.equal(
      steps[5]!.stdout,
      [
        '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000',
        '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
        '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP qlen 1000',
        '    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff',
        '3: docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP ',
        '    link/ether 02:92:ca:2f:0e:3c brd ff:ff:ff:ff:ff:ff',
        '4: eth0.10@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP qlen 1000',
        '    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff',
        '5: br-a452933a1e71: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP ',
        '    link/ether 02:a4:52:93:3a:1e brd ff:ff:ff:ff:ff:ff',
        '7: veth2f16c17@if6: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue master docker0 state UP ',
        '    link/ether fa:7f:92:4e:6a:a9 brd ff:ff:ff:ff:ff:ff',
        '9: vethb1a0ebc@if8: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue master docker0 state UP ',
        '    link/ether 02:42:ac:11:00:00 brd ff:ff:ff:ff:ff:ff',
        '11: vethe7a5e85@if10: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue master br-a452933a1e71 state UP ',
        '    link/ether ea:10:97:bc:c8:0b brd ff:ff:ff:ff:ff:ff',
        '',
      ].join('\n'),
    );
  });

  it('an IPv4-only bridge without ports has no link-local address on the host', () => {
    const { steps } = replay(['ip addr show docker0']);
    assert.equal(
      steps[0]!.stdout,
      [
        '3: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN ',
        '    link/ether 02:92:ca:2f:0e:3c brd ff:ff:ff:ff:ff:ff',
        '    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0',
        '       valid_lft forever preferred_lft forever',
        '',
      ].join('\n'),
    );
  });

  it('a bridge with gateway_mode_ipv4=isolated has no address on the host (bridge GetSkipGwAlloc)', () => {
    const { steps } = replay([
      'docker network create --internal -o com.docker.network.bridge.gateway_mode_ipv4=isolated iso',
      'ip addr show br-33469494a65d',
    ]);
    assert.equal(
      steps[1]!.stdout,
      [
        '4: br-33469494a65d: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN ',
        '    link/ether 02:33:46:94:94:a6 brd ff:ff:ff:ff:ff:ff',
        '',
      ].join('\n'),
    );
  });

  // Docker's docs for --network none: no IPv6 loopback address is configured; every other namespace's lo
  // keeps ::1, the dead one a joiner is left in too.
  const LO_V4 = [...LO.slice(0, 4), ''].join('\n');
  const ONLY_LO: Array<{ id: string; lines: string[]; exec: string; want: string }> = [
    {
      id: 'a none container',
      want: LO_V4,
      lines: ['docker run -dit --name nonec --network none busybox'],
      exec: 'docker exec nonec ip addr',
    },
    {
      id: 'a joiner whose namespace owner stopped (the namespace lost its interfaces)',
      lines: [
        'docker run -dit --name owner busybox',
        'docker run -dit --name joiner --network container:owner busybox',
        'docker stop owner',
      ],
      exec: 'docker exec joiner ip addr',
      want: [...LO, ''].join('\n'),
    },
  ];
  for (const c of ONLY_LO) {
    it(`${c.id} shows only lo`, () => {
      const { steps } = replay([...c.lines, c.exec]);
      const last = steps[steps.length - 1]!;
      assert.deepEqual([last.exitCode, last.stdout, last.stderr], [0, c.want, '']);
    });
  }
});
