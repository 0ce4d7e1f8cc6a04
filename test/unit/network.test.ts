// docker/cli cli/command/network, moby daemon/network.go, defaultipam and the macvlan/ipvlan drivers: user-defined
// networks replayed through `docker network ...` command lines.
import * as assert from 'node:assert/strict';
import { DEFAULT_HOST_PROFILE } from '../../src/core/lab/hostProfile';
import { Lab } from '../../src/core/lab/lab';
import { Session } from '../../src/commandLine/session';
import { type ReplayCase, itReplaysLast, last, replay } from './transcript';

type Case = ReplayCase;

const TOP = 'busybox top';
const RUN_WW = `docker run -d --name ww ${TOP}`;
const PREFIX = 'Error response from daemon: ';

const CASES: Case[] = [
  // --- create / rm: daemon (moby daemon/network.go) ---
  {
    id: 'create bridge',
    lines: ['docker network create bridge'],
    exitCode: 1,
    stderr: `${PREFIX}operation is not permitted on predefined bridge network \n`,
  },
  {
    id: 'create host',
    lines: ['docker network create host'],
    exitCode: 1,
    stderr: 'operation is not permitted on predefined host network ',
  },
  {
    id: 'create none',
    lines: ['docker network create none'],
    exitCode: 1,
    stderr: 'operation is not permitted on predefined none network ',
  },
  {
    id: 'create default',
    lines: ['docker network create default'],
    exitCode: 1,
    stderr: 'operation is not permitted on predefined default network ',
  },
  {
    id: 'rm bridge',
    lines: ['docker network rm bridge'],
    exitCode: 1,
    stderr: `${PREFIX}bridge is a pre-defined network and cannot be removed\n`,
  },
  {
    id: 'rm host',
    lines: ['docker network rm host'],
    exitCode: 1,
    stderr: 'host is a pre-defined network and cannot be removed',
  },
  {
    id: 'rm none',
    lines: ['docker network rm none'],
    exitCode: 1,
    stderr: 'none is a pre-defined network and cannot be removed',
  },
  {
    id: 'rm of a missing network',
    lines: ['docker network rm nosuch'],
    exitCode: 1,
    stderr: `${PREFIX}network nosuch not found\nexit status 1\n`,
  },
  { id: 'rm -f of a missing network', lines: ['docker network rm -f nosuch'], exitCode: 0 },
  {
    id: 'duplicate name',
    lines: ['docker network create n1', 'docker network create n1'],
    exitCode: 1,
    stderr: `${PREFIX}network with name n1 already exists`,
  },
  {
    id: 'overlapping --subnet',
    lines: ['docker network create --subnet 172.28.0.0/16 a1', 'docker network create --subnet 172.28.5.0/24 b1'],
    exitCode: 1,
    stderr: `${PREFIX}invalid pool request: Pool overlaps with other one on this address space`,
  },
  {
    id: '--subnet overlapping docker0',
    lines: ['docker network create --subnet 172.17.3.0/24 b1'],
    exitCode: 1,
    stderr: 'Pool overlaps with other one on this address space',
  },
  {
    id: 'host bits set',
    lines: ['docker network create --subnet 172.28.5.1/24 b1'],
    exitCode: 1,
    stderr: `${PREFIX}invalid network config:\ninvalid subnet 172.28.5.1/24: it should be 172.28.5.0/24\n`,
  },
  {
    id: 'ip-range bigger than its subnet',
    lines: ['docker network create --subnet 10.1.0.0/24 --ip-range 10.1.0.0/16 b1'],
    exitCode: 1,
    stderr:
      'invalid network config:\ninvalid ip-range 10.1.0.0/16: CIDR block is bigger than its parent subnet 10.1.0.0/24',
  },
  {
    id: 'overlay needs a swarm',
    lines: ['docker network create -d overlay ov'],
    exitCode: 1,
    stderr: `${PREFIX}This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.`,
  },
  {
    id: 'a second host network',
    lines: ['docker network create -d host h2'],
    exitCode: 1,
    stderr: 'only one instance of "host" network is allowed',
  },
  {
    id: 'a second null network',
    lines: ['docker network create -d null z2'],
    exitCode: 1,
    stderr: 'only one instance of "null" network is allowed',
  },
  { id: 'unknown driver', lines: ['docker network create -d frob f1'], exitCode: 1, stderr: 'plugin "frob" not found' },
  {
    id: 'rm with an active endpoint',
    lines: ['docker network create x1', `docker run -d --name cc --network x1 ${TOP}`, 'docker network rm x1'],
    exitCode: 1,
    stderr: `${PREFIX}error while removing network: network x1 has active endpoints (name:"cc" id:"`,
  },
  // --- create: CLI (docker/cli cli/command/network/create.go createIPAMConfig) ---
  {
    id: 'gateway without subnet',
    lines: ['docker network create --gateway 10.1.0.1 b1'],
    exitCode: 1,
    stderr: 'every ip-range or gateway must have a corresponding subnet\n',
  },
  {
    id: 'ip-range without subnet',
    lines: ['docker network create --ip-range 10.1.0.0/25 b1'],
    exitCode: 1,
    stderr: 'every ip-range or gateway must have a corresponding subnet',
  },
  {
    id: 'overlapping subnets in one request',
    lines: ['docker network create --subnet 10.1.0.0/16 --subnet 10.1.2.0/24 b1'],
    exitCode: 1,
    stderr: 'multiple overlapping subnet configuration is not supported',
  },
  {
    id: 'gateway outside the subnet',
    lines: ['docker network create --subnet 10.2.0.0/16 --gateway 10.1.0.1 b1'],
    exitCode: 1,
    stderr: 'no matching subnet for gateway 10.1.0.1',
  },
  {
    id: 'range outside the subnet',
    lines: ['docker network create --subnet 10.2.0.0/16 --ip-range 10.1.0.0/24 b1'],
    exitCode: 1,
    stderr: 'no matching subnet for range 10.1.0.0/24',
  },
  {
    id: 'aux address outside the subnet',
    lines: ['docker network create --subnet 10.2.0.0/16 --aux-address a=10.1.0.9 b1'],
    exitCode: 1,
    stderr: 'no matching subnet for aux-address 10.1.0.9',
  },
  {
    id: 'two ranges on one subnet',
    lines: [
      'docker network create --subnet 10.2.0.0/16 --subnet 10.3.0.0/16 --ip-range 10.2.1.0/24 --ip-range 10.2.2.0/24 b1',
    ],
    exitCode: 1,
    stderr: 'cannot configure multiple ranges (10.2.2.0/24, 10.2.1.0/24) on the same subnet (10.2.0.0/16)',
  },
  {
    id: 'two gateways on one subnet',
    lines: ['docker network create --subnet 10.2.0.0/16 --subnet 10.3.0.0/16 --gateway 10.2.0.1 --gateway 10.2.0.2 b1'],
    exitCode: 1,
    stderr: 'cannot configure multiple gateways (10.2.0.2, 10.2.0.1) for the same subnet (10.2.0.0/16)',
  },
  {
    id: 'bad --gateway',
    lines: ['docker network create --subnet 10.2.0.0/16 --gateway nope b1'],
    exitCode: 125,
    stderr: 'invalid argument "nope" for "--gateway" flag: invalid string being converted to IP address: nope',
  },
  {
    id: 'bad --subnet',
    lines: ['docker network create --subnet nope b1'],
    exitCode: 1,
    stderr: `netip.ParsePrefix("nope"): no '/'`,
  },
  {
    id: 'missing name',
    lines: ['docker network create'],
    exitCode: 1,
    stderr: "docker: 'docker network create' requires 1 argument\n\nUsage:  docker network create [OPTIONS] NETWORK",
  },
  {
    id: 'unknown flag',
    lines: ['docker network create --bogus b1'],
    exitCode: 125,
    stderr:
      "unknown flag: --bogus\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nRun 'docker network create --help' for more information",
  },
  {
    id: 'unknown subcommand',
    lines: ['docker network frob'],
    exitCode: 1,
    stderr: 'docker: unknown command: docker network frob',
  },
  {
    id: 'ls takes no arguments',
    lines: ['docker network ls x'],
    exitCode: 1,
    stderr: "docker: 'docker network ls' accepts no arguments",
  },
  // --- macvlan / ipvlan (moby macvlan_network.go, ipvlan_network.go) ---
  {
    id: 'macvlan on lo',
    lines: ['docker network create -d macvlan -o parent=lo mv'],
    exitCode: 1,
    stderr: 'loopback interface is not a valid macvlan parent link',
  },
  {
    id: 'macvlan mode',
    lines: ['docker network create -d macvlan -o parent=eth0 -o macvlan_mode=bogus mv'],
    exitCode: 1,
    stderr: "requested macvlan mode 'bogus' is not valid, 'bridge' mode is the macvlan driver default",
  },
  {
    id: 'ipvlan mode',
    lines: ['docker network create -d ipvlan -o parent=eth0 -o ipvlan_mode=l4 iv'],
    exitCode: 1,
    stderr: "requested ipvlan mode 'l4' is not valid, 'l2' mode is the ipvlan driver default",
  },
  {
    id: 'ipvlan parent in use',
    lines: ['docker network create -d ipvlan -o parent=eth0 iv1', 'docker network create -d ipvlan -o parent=eth0 iv2'],
    exitCode: 1,
    stderr: 'is already using parent interface eth0',
  },
  {
    id: 'macvlan on a missing parent',
    lines: ['docker network create -d macvlan -o parent=eth7 mv'],
    exitCode: 1,
    stderr: 'invalid subinterface vlan name eth7, example formatting is eth0.10',
  },
  {
    id: 'macvlan VLAN on a missing parent',
    lines: ['docker network create -d macvlan -o parent=eth7.10 mv'],
    exitCode: 1,
    stderr: '-o parent interface was not found on the host: eth7',
  },
  {
    id: 'macvlan VLAN id out of range',
    lines: ['docker network create -d macvlan -o parent=eth0.5000 mv'],
    exitCode: 1,
    stderr: 'vlan id must be between 1-4094, received: 5000',
  },
  { id: 'macvlan VLAN sub-interface', lines: ['docker network create -d macvlan -o parent=eth0.10 mv'], exitCode: 0 },
  // --- connect / disconnect (moby ConnectToNetwork, DisconnectFromNetwork) ---
  {
    id: 'none-mode container',
    lines: [`docker run -d --net=none --name nn ${TOP}`, 'docker network create t2', 'docker network connect t2 nn'],
    exitCode: 1,
    stderr: `${PREFIX}container cannot be connected to multiple networks with one of the networks in private (none) mode`,
  },
  {
    id: 'connect to none',
    lines: [RUN_WW, 'docker network connect none ww'],
    exitCode: 1,
    stderr: 'container cannot be connected to multiple networks with one of the networks in private (none) mode',
  },
  {
    id: 'disconnect host from host',
    lines: [`docker run -d --net=host --name hh ${TOP}`, 'docker network disconnect host hh'],
    exitCode: 1,
    stderr: `${PREFIX}cannot disconnect container from host network - container was created in host network mode`,
  },
  {
    id: 'connect a host-mode container',
    lines: [`docker run -d --net=host --name hh ${TOP}`, 'docker network create t2', 'docker network connect t2 hh'],
    exitCode: 1,
    stderr:
      'container sharing network namespace with another container or host cannot be connected to any other network',
  },
  {
    id: 'connect to host',
    lines: [RUN_WW, 'docker network connect host ww'],
    exitCode: 1,
    stderr: 'cannot connect container to host network - container must be created in host network mode',
  },
  {
    id: 'connect a container-mode container',
    lines: [
      RUN_WW,
      `docker run -d --name jj --net container:ww ${TOP}`,
      'docker network create t2',
      'docker network connect t2 jj',
    ],
    exitCode: 1,
    stderr:
      'container sharing network namespace with another container or host cannot be connected to any other network',
  },
  {
    id: 'already on the network',
    lines: [`docker run -d --name cc ${TOP}`, 'docker network connect bridge cc'],
    exitCode: 1,
    stderr: `${PREFIX}endpoint with name cc already exists in network bridge`,
  },
  {
    id: 'connect --ip to bridge',
    lines: [RUN_WW, 'docker network disconnect bridge ww', 'docker network connect --ip 172.17.0.9 bridge ww'],
    exitCode: 1,
    stderr: `${PREFIX}invalid endpoint settings:\nuser-specified IP address is supported on user-defined networks only`,
  },
  {
    id: 'connect --alias to bridge',
    lines: [RUN_WW, 'docker network disconnect bridge ww', 'docker network connect --alias web bridge ww'],
    exitCode: 1,
    stderr: 'invalid endpoint settings:\nnetwork-scoped aliases are only supported for user-defined networks',
  },
  {
    id: 'connect to a missing network',
    lines: [RUN_WW, 'docker network connect nosuch ww'],
    exitCode: 1,
    stderr: `${PREFIX}network nosuch not found`,
  },
  {
    id: 'connect a missing container',
    lines: ['docker network create t2', 'docker network connect t2 nope'],
    exitCode: 1,
    stderr: `${PREFIX}No such container: nope`,
  },
  {
    id: 'connect with a taken --ip',
    lines: [
      'docker network create --subnet 10.9.0.0/24 t2',
      `docker run -d --name aa --network t2 --ip 10.9.0.7 ${TOP}`,
      RUN_WW,
      'docker network connect --ip 10.9.0.7 t2 ww',
    ],
    exitCode: 1,
    stderr: `${PREFIX}Address already in use`,
  },
  {
    id: 'connect with an --ip outside the subnet',
    lines: ['docker network create t2', RUN_WW, 'docker network connect --ip 10.0.0.5 t2 ww'],
    exitCode: 1,
    stderr: 'invalid endpoint settings:\nno configured subnet contains IP address 10.0.0.5',
  },
  {
    id: 'disconnect a running container not on it',
    lines: [RUN_WW, 'docker network create t2', 'docker network disconnect t2 ww'],
    exitCode: 1,
    stderr: `${PREFIX}container `,
  },
  {
    id: 'disconnect a stopped container not on it',
    lines: ['docker create --name ss busybox', 'docker network create t2', 'docker network disconnect t2 ss'],
    exitCode: 1,
    stderr: ' is not connected to the network t2',
  },
  {
    id: 'disconnect from a missing network',
    lines: [RUN_WW, 'docker network disconnect nosuch ww'],
    exitCode: 1,
    stderr: 'network nosuch not found',
  },
  {
    id: 'connect needs two arguments',
    lines: ['docker network connect t2'],
    exitCode: 1,
    stderr: "docker: 'docker network connect' requires 2 arguments",
  },
  // --- addressing (moby libnetwork defaultipam, validateEndpointSettings) ---
  {
    id: 'static IP in an auto-allocated subnet',
    lines: ['docker network create nn', 'docker run --network nn --ip 172.18.0.50 busybox ip -o addr show eth0'],
    exitCode: 0,
    stdout: 'inet 172.18.0.50/16',
  },
  {
    id: 'static IP outside every subnet',
    lines: ['docker network create nn', 'docker run --network nn --ip 10.10.0.50 busybox true'],
    exitCode: 125,
    stderr: 'no configured subnet contains IP address 10.10.0.50',
  },
];

describe('docker network (docker/cli, moby daemon/network.go)', () => {
  itReplaysLast(CASES);
});

const config = (lines: string[], net: string) =>
  last([...lines, `docker network inspect ${net} -f '{{json .IPAM.Config}}'`]).stdout.trim();

describe('network addressing and interfaces (moby defaultipam, bridge driver)', () => {
  it('create prints the full ID', () => {
    const { steps, lab } = replay(['docker network create n1']);
    assert.match(steps[0]!.stdout, /^[0-9a-f]{64}\n$/);
    assert.equal(steps[0]!.stdout.trim(), lab.findNetwork('n1')!.id);
  });

  it('the default bridge is 172.17.0.0/16 on docker0', () => {
    assert.equal(config([], 'bridge'), '[{"Subnet":"172.17.0.0/16","Gateway":"172.17.0.1"}]');
  });

  it('user networks take 172.18, 172.19, 172.20 with .1 gateways, on br-<id12>', () => {
    const lines = ['docker network create n1', 'docker network create n2', 'docker network create n3'];
    assert.equal(config(lines, 'n1'), '[{"Subnet":"172.18.0.0/16","Gateway":"172.18.0.1"}]');
    assert.equal(config(lines, 'n2'), '[{"Subnet":"172.19.0.0/16","Gateway":"172.19.0.1"}]');
    assert.equal(config(lines, 'n3'), '[{"Subnet":"172.20.0.0/16","Gateway":"172.20.0.1"}]');
    const { lab, steps } = replay([...lines, 'ip link']);
    const n1 = lab.findNetwork('n1')!;
    assert.equal(n1.bridgeName, `br-${n1.id.slice(0, 12)}`);
    assert.ok(steps[3]!.stdout.includes(`br-${n1.id.slice(0, 12)}`));
  });

  it('the 31st network finds the pools exhausted, after 192.168.0.0/20 (host off 192.168/16)', () => {
    // Keeps the host route out of the pools (InferReservedNetworks); the default lab host sits on 192.168.1.0/24.
    const lab = new Lab({
      hostProfile: {
        ...DEFAULT_HOST_PROFILE,
        eth0: { ...DEFAULT_HOST_PROFILE.eth0, address: '10.0.2.15', gateway: '10.0.2.2' },
      },
    });
    const session = new Session(lab);
    const run = (line: string) => session.execute(line).output;
    const outs = Array.from({ length: 31 }, (_, i) => run(`docker network create n${i + 1}`));
    assert.ok(outs.slice(0, 30).every((o) => o.exitCode === 0));
    assert.equal(
      run("docker network inspect n15 -f '{{json .IPAM.Config}}'").stdout,
      '[{"Subnet":"192.168.0.0/20","Gateway":"192.168.0.1"}]\n',
    );
    assert.equal(outs[30]!.exitCode, 1);
    assert.equal(
      outs[30]!.stderr,
      'Error response from daemon: all predefined address pools have been fully subnetted\n',
    );
  });

  it("InferReservedNetworks: dynamic allocation skips the host's on-link route (192.168.1.0/24 here)", () => {
    const lines = Array.from({ length: 15 }, (_, i) => `docker network create n${i + 1}`);
    assert.equal(config(lines, 'n15'), '[{"Subnet":"192.168.16.0/20","Gateway":"192.168.16.1"}]');
    assert.equal(
      config(['docker network create --subnet 192.168.0.0/20 n1'], 'n1'),
      '[{"Subnet":"192.168.0.0/20","Gateway":"192.168.0.1"}]',
    );
  });

  it('the subnet of a removed network is reused (first fit)', () => {
    const lines = [
      'docker network create n1',
      'docker network create n2',
      'docker network rm n1',
      'docker network create n3',
    ];
    const { steps } = replay(lines);
    assert.equal(steps[2]!.stdout, 'n1\n');
    assert.equal(config(lines, 'n3'), '[{"Subnet":"172.18.0.0/16","Gateway":"172.18.0.1"}]');
  });

  it('--subnet, --gateway and --ip-range are kept; 0.0.0.0/24 is carved from the pools', () => {
    assert.equal(
      config(['docker network create --subnet 10.5.0.0/24 --gateway 10.5.0.254 --ip-range 10.5.0.128/25 n1'], 'n1'),
      '[{"Subnet":"10.5.0.0/24","IPRange":"10.5.0.128/25","Gateway":"10.5.0.254"}]',
    );
    const { lab } = replay([
      'docker network create --subnet 10.5.0.0/24 --ip-range 10.5.0.128/25 n1',
      `docker run -d --name aa --network n1 ${TOP}`,
    ]);
    assert.equal(lab.containerByName('aa')!.endpoints['n1']!.ip, 0x0a050080);
    assert.equal(
      config(['docker network create --subnet 0.0.0.0/24 n1', 'docker network create --subnet 0.0.0.0/24 n2'], 'n2'),
      '[{"Subnet":"172.18.1.0/24","Gateway":"172.18.1.1"}]',
    );
  });

  it('--ipv6 adds a seed-derived ULA /64 with a ::1 gateway', () => {
    const a = config(['docker network create --ipv6 v6'], 'v6');
    const m = /\{"Subnet":"(fd[0-9a-f]{2}:[0-9a-f]{1,4}:[0-9a-f]{1,4})::\/64","Gateway":"(fd[0-9a-f:]+)"\}/.exec(a);
    assert.ok(m, a);
    assert.equal(m[2], `${m[1]}::1`);
    assert.equal(config(['docker network create --ipv6 v6'], 'v6'), a);
    const second = config(['docker network create --ipv6 v6', 'docker network create --ipv6 v7'], 'v7');
    assert.ok(second.includes(`${m[1]}:1::/64`), second);
  });

  it('two containers on a user network get .2 and .3 of 172.18.0.0/16', () => {
    const { lab } = replay([
      'docker network create nn',
      `docker run -d --name aa --network nn ${TOP}`,
      `docker run -d --name bb --network nn ${TOP}`,
    ]);
    assert.equal(lab.containerByName('aa')!.endpoints['nn']!.ip, 0xac120002);
    assert.equal(lab.containerByName('bb')!.endpoints['nn']!.ip, 0xac120003);
  });

  it('docker run --network n1 --network n2 gets eth0 and eth1', () => {
    const { lab } = replay([
      'docker network create n1',
      'docker network create n2',
      `docker run -d --name aa --network n1 --network n2 ${TOP}`,
    ]);
    const eps = lab.containerByName('aa')!.endpoints;
    assert.deepEqual([eps['n1']!.ifname, eps['n2']!.ifname].sort(), ['eth0', 'eth1']);
  });

  it('connect gives a running container eth1 at once; disconnect frees it and its address', () => {
    const { steps, lab } = replay([
      RUN_WW,
      'docker network create x2',
      'docker network connect x2 ww',
      'docker exec ww ls /sys/class/net',
      'docker exec ww ip -o addr show eth1',
      'docker network disconnect x2 ww',
      `docker run -d --name bb --network x2 ${TOP}`,
      'docker network connect x2 ww',
      'docker exec ww ls /sys/class/net',
    ]);
    assert.equal(steps[3]!.stdout, 'eth0\neth1\nlo\n');
    assert.ok(steps[4]!.stdout.includes('inet 172.18.0.2/16'), steps[4]!.stdout + steps[4]!.stderr);
    assert.equal(lab.containerByName('bb')!.endpoints['x2']!.ip, 0xac120002);
    assert.equal(lab.containerByName('ww')!.endpoints['x2']!.ip, 0xac120003);
    assert.equal(steps[8]!.stdout, 'eth0\neth1\nlo\n');
  });

  it('disconnecting eth0 and connecting another network reuses eth0', () => {
    const { lab } = replay([
      RUN_WW,
      'docker network create x2',
      'docker network disconnect bridge ww',
      'docker network connect x2 ww',
    ]);
    const ww = lab.containerByName('ww')!;
    assert.deepEqual(Object.keys(ww.endpoints), ['x2']);
    assert.equal(ww.endpoints['x2']!.ifname, 'eth0');
  });

  it('a stopped container only stores the settings; they apply at the next start', () => {
    const { steps, lab } = replay([
      'docker create --name ss busybox top',
      'docker network create x2',
      'docker network connect --ip 172.18.0.40 --alias web x2 ss',
      'docker network connect x2 ss',
      'docker start ss',
    ]);
    assert.equal(steps[2]!.exitCode, 0);
    assert.equal(steps[3]!.exitCode, 0, steps[3]!.stderr);
    const ss = lab.containerByName('ss')!;
    assert.deepEqual(ss.networks['x2']!.aliases, ['web']);
    assert.equal(ss.endpoints['x2']!.ip, 0xac120028);
    assert.equal(Object.keys(ss.endpoints).length, 2);
  });

  it('macvlan: addresses and interfaces on the parent, no veth on the host, no gateway unless given', () => {
    const { lab, steps } = replay([
      'docker network create -d macvlan -o parent=eth0 mv',
      `docker run -d --name aa --network mv ${TOP}`,
      'docker exec aa ip addr show eth0',
      "docker network inspect mv -f '{{json .IPAM.Config}} {{json .Options}}'",
    ]);
    const ep = lab.containerByName('aa')!.endpoints['mv']!;
    assert.equal(ep.hostVeth, '');
    assert.equal(ep.hostIfindex, 2);
    assert.ok(steps[2]!.stdout.includes('eth0@if2'), steps[2]!.stdout);
    assert.equal(steps[3]!.stdout, '[{"Subnet":"172.18.0.0/16"}] {"parent":"eth0"}\n');
  });
});

describe('docker network ls, inspect, prune', () => {
  it('ls is the CLI table, sorted by name naturally', () => {
    const { steps, lab } = replay(['docker network create n10', 'docker network create n9', 'docker network ls']);
    const lines = steps[2]!.stdout.split('\n');
    assert.equal(lines[0], 'NETWORK ID     NAME      DRIVER    SCOPE');
    assert.deepEqual(
      lines.slice(1, -1).map((l) => l.split(/\s+/)[1]),
      ['bridge', 'host', 'n9', 'n10', 'none'],
    );
    const n9 = lab.findNetwork('n9')!;
    assert.ok(lines.includes(`${n9.id.slice(0, 12)}   n9        bridge    local`), steps[2]!.stdout);
  });

  it('ls -q and --filter', () => {
    const { steps, lab } = replay([
      'docker network create n1',
      'docker network ls -q --filter driver=null',
      'docker network ls --filter type=custom --format "{{.Name}}"',
    ]);
    assert.equal(steps[1]!.stdout, `${lab.findNetwork('none')!.id.slice(0, 12)}\n`);
    assert.equal(steps[2]!.stdout, 'n1\n');
  });

  it('inspect prints the engine JSON with 4-space indent and the attached containers', () => {
    const { steps, lab } = replay([
      'docker network create n1',
      `docker run -d --name aa --network n1 ${TOP}`,
      'docker network inspect n1',
    ]);
    const out = steps[2]!.stdout;
    assert.ok(out.startsWith('[\n    {\n        "Name": "n1",\n        "Id": "'), out);
    const parsed = JSON.parse(out) as Array<Record<string, unknown>>;
    assert.deepEqual(Object.keys(parsed[0]!), [
      'Name',
      'Id',
      'Created',
      'Scope',
      'Driver',
      'EnableIPv4',
      'EnableIPv6',
      'IPAM',
      'Internal',
      'Attachable',
      'Ingress',
      'ConfigFrom',
      'ConfigOnly',
      'Containers',
      'Options',
      'Labels',
      'Status',
    ]);
    const aa = lab.containerByName('aa')!;
    const containers = parsed[0]!['Containers'] as Record<string, Record<string, string>>;
    assert.equal(containers[aa.id]!['Name'], 'aa');
    assert.equal(containers[aa.id]!['IPv4Address'], '172.18.0.2/16');
    assert.equal(containers[aa.id]!['IPv6Address'], '');
    assert.match(parsed[0]!['Created'] as string, /^2026-01-01T09:00:\d\d(\.\d+)?Z$/);
  });

  it('inspect of a missing network prints [] and the daemon error', () => {
    const step = last(['docker network inspect nosuch']);
    assert.equal(step.stdout, '[]\n');
    assert.equal(step.stderr, `${PREFIX}network nosuch not found\n`);
    assert.equal(step.exitCode, 1);
  });

  it('prune removes unused user networks and lists them', () => {
    const { steps, lab } = replay([
      'docker network create n1',
      'docker network create n2',
      `docker run -d --name aa --network n2 ${TOP}`,
      'docker network prune -f',
      'docker network prune -f',
    ]);
    assert.equal(steps[3]!.stdout, 'Deleted Networks:\nn1\n\n');
    assert.equal(steps[4]!.stdout, '');
    assert.ok(lab.findNetwork('n2'));
    assert.equal(lab.findNetwork('n1'), undefined);
  });

  it('labels, options, --internal and --attachable reach inspect', () => {
    const out = last([
      'docker network create --internal --attachable --label a=b -o com.docker.network.bridge.name=br-lab n1',
      "docker network inspect n1 -f '{{.Internal}} {{.Attachable}} {{json .Labels}} {{json .Options}}'",
    ]).stdout;
    assert.equal(out, 'true true {"a":"b"} {"com.docker.network.bridge.name":"br-lab"}\n');
  });

  it('is deterministic from the seed', () => {
    const lines = ['docker network create n1', 'docker network create --ipv6 n2', 'docker network inspect n1 n2'];
    assert.equal(replay(lines, 5).steps[2]!.stdout, replay(lines, 5).steps[2]!.stdout);
  });
});
