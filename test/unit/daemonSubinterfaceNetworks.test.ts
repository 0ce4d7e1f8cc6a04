// The parent link of a macvlan/ipvlan network (src/core/daemon/networkCreate.ts): moby
// libnetwork/drivers/macvlan macvlan_network.go createNetwork and macvlan_setup.go
// (parentExists, parseVlanLink, createVlanLink); ipvlan the same. A parent the host already has
// (eth0, a bridge, a VLAN link an earlier network made) is used as it is; `name.vid` creates a
// VLAN link once. A container's eth0 shows its parent's index (`eth0@ifN`).
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const MACVLAN_SETUP = 'moby libnetwork/drivers/macvlan/macvlan_setup.go';

const MACVLAN_NETWORK = 'moby libnetwork/drivers/macvlan/macvlan_network.go';
const IPVLAN_NETWORK = 'moby libnetwork/drivers/ipvlan/ipvlan_network.go';

describe('macvlan/ipvlan modes, flags and shared parents (daemon/networkCreate)', () => {
  it('every mode and flag the drivers know is taken', () => {
    const modes = [
      '-d macvlan -o parent=eth0.7 -o macvlan_mode=bridge',
      '-d macvlan -o parent=eth0.7 -o macvlan_mode=private',
      '-d macvlan -o parent=eth0.7 -o macvlan_mode=vepa',
      '-d macvlan -o parent=eth0.8 -o macvlan_mode=passthru',
      '-d ipvlan -o parent=eth0.9 -o ipvlan_mode=l2 -o ipvlan_flag=bridge',
      '-d ipvlan -o parent=eth0.10 -o ipvlan_mode=l3 -o ipvlan_flag=private',
      '-d ipvlan -o parent=eth0.11 -o ipvlan_mode=l3s -o ipvlan_flag=vepa',
    ];
    const { steps } = replay([
      ...modes.map((m, i) => `docker network create ${m} n${i}`),
      "docker network ls -f driver=macvlan -f driver=ipvlan --format '{{.Name}} {{.Driver}}'",
    ]);
    assert.deepEqual(
      steps.map((s) => [s.exitCode, s.stderr]),
      steps.map(() => [0, '']),
    );
    assert.equal(
      steps[modes.length]!.stdout,
      'n0 macvlan\nn1 macvlan\nn2 macvlan\nn3 macvlan\nn4 ipvlan\nn5 ipvlan\nn6 ipvlan\n',
    );
  });

  const ROWS: Array<{ id: string; source: string; lines: string[]; stderr: string }> = [
    {
      id: 'passthru on a parent a macvlan network uses',
      source: `${MACVLAN_NETWORK} createNetwork`,
      lines: [
        'docker network create -d macvlan -o parent=eth0.5 first',
        'docker network create -d macvlan -o parent=eth0.5 -o macvlan_mode=passthru second',
      ],
      stderr: 'cannot use mode passthru, macvlan network {first} is already using parent interface eth0.5',
    },
    {
      id: 'any mode on a parent a passthru network uses',
      source: `${MACVLAN_NETWORK} createNetwork`,
      lines: [
        'docker network create -d macvlan -o parent=eth0 -o macvlan_mode=passthru first',
        'docker network create -d macvlan -o parent=eth0 second',
      ],
      stderr: 'macvlan network {first} is already using parent interface eth0 in mode passthru',
    },
    {
      id: 'an ipvlan flag the driver does not know',
      source: `${IPVLAN_NETWORK} parseNetworkOptions`,
      lines: ['docker network create -d ipvlan -o parent=eth0.6 -o ipvlan_flag=bogus iv'],
      stderr: "requested ipvlan flag 'bogus' is not valid, 'bridge' is the ipvlan driver default",
    },
    {
      id: 'ipvlan on the loopback',
      source: `${IPVLAN_NETWORK} createNetwork`,
      lines: ['docker network create -d ipvlan -o parent=lo iv'],
      stderr: 'loopback interface is not a valid ipvlan parent link',
    },
  ];
  for (const r of ROWS) {
    it(`${r.id} (${r.source})`, () => {
      const { steps, lab } = replay(r.lines);
      const last = steps[steps.length - 1]!;
      const stderr = r.stderr.replace(/\{(\w+)\}/g, (_, n: string) => lab.getNetwork(n).id);
      assert.deepEqual([last.exitCode, last.stdout, last.stderr], [1, '', `Error response from daemon: ${stderr}\n`]);
    });
  }
});

describe('macvlan/ipvlan parent links (daemon/networkCreate)', () => {
  it('eth0@ifN names the parent: a VLAN link another driver made, docker0, a new VLAN link', () => {
    // host links: 1 lo, 2 eth0, 3 docker0; eth0.10 (4) is made by the ipvlan network and reused
    // by the macvlan one (parentExists), eth0.20 is a new link (5).
    const { steps } = replay([
      'docker network create -d ipvlan -o parent=eth0.10 --subnet 10.11.0.0/24 iv',
      'docker network create -d macvlan -o parent=eth0.10 --subnet 10.10.0.0/24 mv',
      'docker network create -d macvlan -o parent=docker0 --subnet 10.12.0.0/24 md',
      'docker network create -d macvlan -o parent=eth0.20 --subnet 10.13.0.0/24 m20',
      'docker run -d --name onvlan --network mv busybox top',
      'docker run -d --name onbridge --network md busybox top',
      'docker run -d --name onvlan20 --network m20 busybox top',
      'docker exec onvlan ip link | grep @if',
      'docker exec onbridge ip link | grep @if',
      'docker exec onvlan20 ip link | grep @if',
      "ip link | grep -v '^ '",
    ]);
    const out = steps.slice(7).map((s) => [s.exitCode, s.stdout, s.stderr]);
    const eth0 = (index: number, parent: number) =>
      `${index}: eth0@if${parent}: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue state UP \n`;
    assert.deepEqual(out, [
      [0, eth0(6, 4), ''],
      [0, eth0(8, 3), ''],
      [0, eth0(10, 5), ''],
      [
        0,
        '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n' +
          '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP qlen 1000\n' +
          '3: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN \n' +
          '4: eth0.10@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP qlen 1000\n' +
          '5: eth0.20@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP qlen 1000\n',
        '',
      ],
    ]);
  });

  it('a macvlan on eth0 itself adds no link to the host; one without a parent adds its dummy link', () => {
    const { steps } = replay([
      'docker network create -d macvlan -o parent=eth0 --subnet 10.12.0.0/24 mv',
      'docker network create -d macvlan --subnet 10.13.0.0/24 dm',
      "ip link | grep -v '^ '",
      "docker network inspect -f '{{.Id}}' dm",
    ]);
    const dm = steps[3]!.stdout.slice(0, 12);
    assert.equal(
      steps[2]!.stdout,
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n' +
        '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP qlen 1000\n' +
        '3: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN \n' +
        `4: dm-${dm}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP qlen 1000\n`,
    );
  });

  // moby libnetwork/drivers/bridge/bridge_linux.go bridgeInterfaceExists: a bridge name the host
  // already has for another kind of link.
  const NOT_A_BRIDGE: Array<{ id: string; lines: string[]; link: string }> = [
    { id: 'the loopback', lines: [], link: 'lo' },
    {
      id: 'a VLAN link an ipvlan network made',
      lines: ['docker network create -d ipvlan -o parent=eth0.10 --subnet 10.11.0.0/24 iv'],
      link: 'eth0.10',
    },
    {
      id: 'a VLAN link a macvlan network made',
      lines: ['docker network create -d macvlan -o parent=eth0.30 --subnet 10.11.0.0/24 mv'],
      link: 'eth0.30',
    },
  ];
  for (const r of NOT_A_BRIDGE) {
    it(`bridge name ${r.link}: ${r.id} (bridge_linux.go bridgeInterfaceExists)`, () => {
      const { steps } = replay([...r.lines, `docker network create -o com.docker.network.bridge.name=${r.link} br`]);
      const last = steps[steps.length - 1]!;
      assert.deepEqual(
        [last.exitCode, last.stdout, last.stderr],
        [1, '', `Error response from daemon: existing interface ${r.link} is not a bridge\n`],
      );
    });
  }

  it('VLAN ids 1 and 4094 are the range createVlanLink takes', () => {
    const { steps } = replay([
      'docker network create -d macvlan -o parent=eth0.1 --subnet 10.11.0.0/24 low',
      'docker network create -d macvlan -o parent=eth0.4094 --subnet 10.12.0.0/24 high',
      "ip link | grep 'eth0[.]'",
    ]);
    assert.deepEqual(
      steps.map((s) => [s.exitCode, s.stderr]),
      [
        [0, ''],
        [0, ''],
        [0, ''],
      ],
    );
    assert.equal(
      steps[2]!.stdout,
      '4: eth0.1@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP qlen 1000\n' +
        '5: eth0.4094@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP qlen 1000\n',
    );
  });

  const ERRORS: Array<{ parent: string; source: string; stderr: string }> = [
    {
      parent: 'eth0.10.3',
      source: `${MACVLAN_SETUP} parseVlanLink (two parts)`,
      stderr: 'required interface name format is: name.vlan_id, ex. eth0.10 for vlan 10, instead received eth0.10.3',
    },
    {
      parent: 'eth0.1x',
      source: `${MACVLAN_SETUP} parseVlanLink (strconv.Atoi)`,
      stderr: 'unable to parse a valid vlan id from: 1x (ex. eth0.10 for vlan 10)',
    },
    {
      parent: 'eth0.1e3',
      source: `${MACVLAN_SETUP} parseVlanLink (strconv.Atoi takes no exponent)`,
      stderr: 'unable to parse a valid vlan id from: 1e3 (ex. eth0.10 for vlan 10)',
    },
    {
      parent: 'eth0.0x10',
      source: `${MACVLAN_SETUP} parseVlanLink (strconv.Atoi base 10)`,
      stderr: 'unable to parse a valid vlan id from: 0x10 (ex. eth0.10 for vlan 10)',
    },
    {
      parent: 'eth0.4095',
      source: `${MACVLAN_SETUP} createVlanLink (vidInt range)`,
      stderr: 'vlan id must be between 1-4094, received: 4095',
    },
    {
      parent: 'eth0.0',
      source: `${MACVLAN_SETUP} createVlanLink (vidInt range)`,
      stderr: 'vlan id must be between 1-4094, received: 0',
    },
  ];
  for (const r of ERRORS) {
    it(`parent=${r.parent} (${r.source})`, () => {
      const { steps } = replay([`docker network create -d macvlan -o parent=${r.parent} mv`]);
      assert.deepEqual(
        [steps[0]!.exitCode, steps[0]!.stdout, steps[0]!.stderr],
        [1, '', `Error response from daemon: ${r.stderr}\n`],
      );
    });
  }
});
