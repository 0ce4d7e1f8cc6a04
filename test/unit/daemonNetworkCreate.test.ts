// Creating, removing and pruning networks (src/core/daemon/networkCreate.ts): moby
// daemon/network.go (createNetwork's predefined and duplicate names, deleteNetwork's refusals),
// the bridge driver's CreateNetwork (bridgeInterfaceExists, checkConflict, then netlink: a name over
// IFNAMSIZ-1 is ERANGE, an MTU outside 68..65535 EINVAL) and localNetworkPrune.
import * as assert from 'node:assert/strict';
import { Lab } from '../../src/core/lab/lab';
import { createNetwork, removeNetwork } from '../../src/core/daemon/networkCreate';
import { replay } from './transcript';

const daemon = (text: string) => `Error response from daemon: ${text}\n`;
const MTU = 'com.docker.network.driver.mtu';
const NAME = 'com.docker.network.bridge.name';

const ROWS: Array<{ id: string; lines: string[]; want: [number, string, string] | [number, RegExp, string] }> = [
  {
    id: 'the predefined bridge',
    lines: ['docker network create bridge'],
    want: [1, '', daemon('operation is not permitted on predefined bridge network ')],
  },
  {
    id: 'default, which only the engine may name',
    lines: ['docker network create default'],
    want: [1, '', daemon('operation is not permitted on predefined default network ')],
  },
  {
    id: 'a name another network has',
    lines: ['docker network create keep', 'docker network create keep'],
    want: [1, '', daemon('network with name keep already exists')],
  },
  {
    id: 'a name of blanks (libnetwork controller.go NewNetwork trims it)',
    lines: ["docker network create ' '"],
    want: [1, '', daemon('invalid name: name is empty')],
  },
  {
    id: 'gateway_mode_ipv6=isolated on a network that is not internal (bridge parseNetworkOptions)',
    lines: ['docker network create -o com.docker.network.bridge.gateway_mode_ipv6=isolated g6'],
    want: [1, '', daemon("gateway mode 'isolated' can only be used for an internal network")],
  },
  {
    id: 'neither IPv4 nor IPv6 (bridge driver)',
    lines: ['docker network create --ipv4=false v0'],
    want: [1, '', daemon('IPv4 or IPv6 must be enabled')],
  },
  {
    id: 'two IPv4 subnets on a bridge (bridge_linux.go processIPAM)',
    lines: ['docker network create --subnet 10.1.0.0/24 --subnet 10.2.0.0/24 two'],
    want: [1, '', daemon("bridge driver doesn't support multiple subnets")],
  },
  {
    id: 'two IPv6 subnets on a bridge (bridge_linux.go processIPAM)',
    lines: ['docker network create --ipv6 --subnet fd01::/64 --subnet fd02::/64 two6'],
    want: [1, '', daemon("bridge driver doesn't support multiple subnets")],
  },
  {
    id: 'one IPv4 and one IPv6 subnet on a bridge',
    lines: ['docker network create --ipv6 --subnet 10.1.0.0/24 --subnet fd01::/64 dual'],
    want: [0, /^[0-9a-f]{64}\n$/, ''],
  },
  {
    id: 'MTU 68, the least the kernel takes',
    lines: [`docker network create -o ${MTU}=68 ok68`],
    want: [0, /^[0-9a-f]{64}\n$/, ''],
  },
  { id: 'MTU 67', lines: [`docker network create -o ${MTU}=67 small`], want: [1, '', daemon('invalid argument')] },
  { id: 'MTU 65535', lines: [`docker network create -o ${MTU}=65535 max`], want: [0, /^[0-9a-f]{64}\n$/, ''] },
  { id: 'MTU 65536', lines: [`docker network create -o ${MTU}=65536 big`], want: [1, '', daemon('invalid argument')] },
  { id: 'MTU -1', lines: [`docker network create -o ${MTU}=-1 neg`], want: [1, '', daemon('invalid MTU number: -1')] },
  {
    id: 'a bridge name of 15 characters',
    lines: [`docker network create -o ${NAME}=abcdefghijklmno long15`],
    want: [0, /^[0-9a-f]{64}\n$/, ''],
  },
  {
    id: 'a bridge name of 16 characters',
    lines: [`docker network create -o ${NAME}=abcdefghijklmnop long`],
    want: [1, '', daemon('numerical result out of range')],
  },
  {
    id: "the host's eth0 as the bridge name",
    lines: [`docker network create -o ${NAME}=eth0 e0`],
    want: [1, '', daemon('existing interface eth0 is not a bridge')],
  },
  {
    id: 'rm of a network with running containers names each endpoint',
    lines: [
      'docker network create keep',
      'docker run -d --name k1 --network keep busybox top',
      'docker run -d --name k2 --network keep busybox top',
      'docker network rm keep',
    ],
    want: [
      1,
      '',
      daemon(
        'error while removing network: network keep has active endpoints (name:"k1" id:"{k1}", name:"k2" id:"{k2}")',
      ) + 'exit status 1\n',
    ],
  },
  {
    id: 'rm of the predefined networks, each refused',
    lines: ['docker network rm bridge host none'],
    want: [
      1,
      '',
      daemon('bridge is a pre-defined network and cannot be removed') +
        daemon('host is a pre-defined network and cannot be removed') +
        daemon('none is a pre-defined network and cannot be removed') +
        'exit status 1\n',
    ],
  },
  {
    id: 'prune removes networks without running containers, a stopped one does not count',
    lines: [
      'docker network create app',
      'docker network create keep',
      'docker network create idle',
      'docker run -d --name k1 --network keep busybox top',
      'docker run -d --name s1 --network idle busybox top',
      'docker stop s1',
      'docker network prune -f',
    ],
    want: [0, 'Deleted Networks:\napp\nidle\n\n', ''],
  },
  {
    id: 'after the prune: the predefined ones and the one in use',
    lines: [
      'docker network create app',
      'docker network create keep',
      'docker run -d --name k1 --network keep busybox top',
      'docker network prune -f',
      "docker network ls --format '{{.Name}}'",
    ],
    want: [0, 'bridge\nhost\nkeep\nnone\n', ''],
  },
];

describe('docker network create, rm and prune (daemon/networkCreate)', () => {
  for (const r of ROWS) {
    it(r.id, () => {
      const { steps, lab } = replay(r.lines);
      const shortId = (name: string) => lab.containerByName(name)!.endpoints['keep']?.endpointId?.slice(0, 12);
      const last = steps[steps.length - 1]!;
      const stderr = r.want[2].replace(/\{(\w+)\}/g, (_, n: string) => shortId(n) ?? `{${n}}`);
      assert.equal(last.exitCode, r.want[0], last.stderr);
      if (r.want[1] instanceof RegExp) assert.match(last.stdout, r.want[1]);
      else assert.equal(last.stdout, r.want[1]);
      assert.equal(last.stderr, stderr);
    });
  }
});

describe('POST /networks/create without the optional fields (daemon/networkCreate)', () => {
  // moby api/types/network CreateRequest: Driver "" is the bridge driver, Internal and Attachable
  // false, IPv4 on, IPv6 off (daemon/network.go createNetwork); the Create Network form sends only
  // what the user typed.
  it('is an attachable-false, non-internal bridge with one IPv4 subnet and a br- bridge', () => {
    const lab = new Lab({ seed: 0 });
    const net = createNetwork(lab, { name: 'plain' });
    assert.deepEqual(
      {
        driver: net.driver,
        internal: net.internal,
        attachable: net.attachable,
        ipv4: net.ipv4,
        ipv6: net.ipv6,
        subnets: net.subnets,
        bridgeName: net.bridgeName,
        labels: net.labels,
        composeProject: net.composeProject,
      },
      {
        driver: 'bridge',
        internal: false,
        attachable: false,
        ipv4: undefined,
        ipv6: false,
        subnets: [{ subnet: '172.18.0.0/16', gateway: '172.18.0.1', ipRange: '' }],
        bridgeName: `br-${net.id.slice(0, 12)}`,
        labels: {},
        composeProject: '',
      },
    );
  });
});

describe('IPAM.Config gateways by driver and gateway mode (daemon/networkCreate)', () => {
  // moby daemon/network.go createNetwork (v29): macvlan and ipvlan get a gateway only when one is
  // given; the bridge driver's GetSkipGwAlloc skips it for a family whose gateway mode is isolated.
  const ROWS: Array<{ id: string; create: string; config: string }> = [
    {
      id: 'macvlan with two IPv4 subnets (only the bridge driver refuses several)',
      create: 'docker network create -d macvlan -o parent=eth0 --subnet 10.1.0.0/24 --subnet 10.2.0.0/24 net',
      config: '[{"Subnet":"10.1.0.0/24"},{"Subnet":"10.2.0.0/24"}]',
    },
    {
      id: 'macvlan with IPv6: no gateway in either family',
      create: 'docker network create -d macvlan --ipv6 -o parent=eth0.5 net',
      config: '[{"Subnet":"172.18.0.0/16"},{"Subnet":"fdf2:f8b2:d95e::/64"}]',
    },
    {
      id: 'bridge with gateway_mode_ipv6=isolated: an IPv4 gateway only',
      create: 'docker network create --internal --ipv6 -o com.docker.network.bridge.gateway_mode_ipv6=isolated net',
      config: '[{"Subnet":"172.18.0.0/16","Gateway":"172.18.0.1"},{"Subnet":"fdf2:f8b2:d95e::/64"}]',
    },
    {
      id: 'bridge with IPv6: a gateway in both families',
      create: 'docker network create --ipv6 net',
      config:
        '[{"Subnet":"172.18.0.0/16","Gateway":"172.18.0.1"},{"Subnet":"fdf2:f8b2:d95e::/64","Gateway":"fdf2:f8b2:d95e::1"}]',
    },
  ];
  for (const r of ROWS) {
    it(r.id, () => {
      const { steps } = replay([r.create, "docker network inspect -f '{{json .IPAM.Config}}' net"]);
      assert.deepEqual(
        steps.map((s) => [s.exitCode, s.stderr]),
        [
          [0, ''],
          [0, ''],
        ],
      );
      assert.equal(steps[1]!.stdout, `${r.config}\n`);
    });
  }
});

describe('network changes tell the lab listeners (daemon/networkCreate)', () => {
  // The Network Lab tree and the diagram redraw on Lab.onDidChange; a network the user removes
  // from the tree must disappear from them.
  it('create and rm each notify once', () => {
    const lab = new Lab({ seed: 0 });
    let heard = 0;
    lab.onDidChange(() => heard++);
    createNetwork(lab, { name: 'app' });
    const afterCreate = heard;
    removeNetwork(lab, 'app');
    assert.deepEqual([afterCreate, heard, lab.findNetwork('app')], [1, 2, undefined]);
  });
});
