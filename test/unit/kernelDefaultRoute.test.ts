// Which network carries a container's default route (src/core/kernel/defaultRoute.ts), through busybox
// `ip route` in the container: moby libnetwork sandbox.go Endpoint.Less and default_gateway.go
// getGatewayEndpoint order the endpoints by gw-priority (highest first), non-internal before internal,
// dual-stack before IPv4-only, then network name ascending.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const NETWORKS = [
  'docker network create bnet', // 172.18.0.0/16
  'docker network create anet', // 172.19.0.0/16
  'docker network create --ipv6 znet', // 172.20.0.0/16
  'docker network create --internal inet', // 172.21.0.0/16
];

const route = (dev: string, subnet: string, src: string) => `${subnet} dev ${dev} scope link  src ${src} `;

describe("a container's default route (kernel/defaultRoute)", () => {
  const CASES: Array<{ id: string; lines: string[]; exec: string; want: string[] }> = [
    {
      id: 'two plain networks: the name first in order wins, not the first connected (Endpoint.Less, by name)',
      lines: ['docker run -dit --name c1 --network bnet busybox', 'docker network connect anet c1'],
      exec: 'docker exec c1 ip route',
      want: [
        'default via 172.19.0.1 dev eth1 ',
        route('eth0', '172.18.0.0/16', '172.18.0.2'),
        route('eth1', '172.19.0.0/16', '172.19.0.2'),
      ],
    },
    {
      id: 'three plain networks connected in reverse name order: still the first name',
      lines: [
        'docker network create cnet',
        'docker run -dit --name c1 --network cnet busybox',
        'docker network connect bnet c1',
        'docker network connect anet c1',
      ],
      exec: 'docker exec c1 ip route',
      want: [
        'default via 172.19.0.1 dev eth2 ',
        route('eth0', '172.22.0.0/16', '172.22.0.2'),
        route('eth1', '172.18.0.0/16', '172.18.0.2'),
        route('eth2', '172.19.0.0/16', '172.19.0.2'),
      ],
    },
    {
      id: 'a dual-stack network before IPv4-only ones, whatever its name',
      lines: [
        'docker run -dit --name c1 --network bnet busybox',
        'docker network connect anet c1',
        'docker network connect znet c1',
      ],
      exec: 'docker exec c1 ip -4 route',
      want: [
        'default via 172.20.0.1 dev eth2 ',
        route('eth0', '172.18.0.0/16', '172.18.0.2'),
        route('eth1', '172.19.0.0/16', '172.19.0.2'),
        route('eth2', '172.20.0.0/16', '172.20.0.2'),
      ],
    },
    {
      id: 'an internal network never carries the default route, even first by name',
      lines: ['docker run -dit --name c2 --network inet busybox', 'docker network connect bnet c2'],
      exec: 'docker exec c2 ip route',
      want: [
        'default via 172.18.0.1 dev eth1 ',
        route('eth0', '172.21.0.0/16', '172.21.0.2'),
        route('eth1', '172.18.0.0/16', '172.18.0.2'),
      ],
    },
    {
      id: 'only an internal network: no default route at all',
      lines: ['docker run -dit --name c2 --network inet busybox'],
      exec: 'docker exec c2 ip route',
      want: [route('eth0', '172.21.0.0/16', '172.21.0.2')],
    },
    {
      id: '--gw-priority beats the name order (docker run --network name=X,gw-priority=N)',
      lines: ['docker run -dit --name c5 --network name=bnet,gw-priority=9 --network anet busybox'],
      exec: 'docker exec c5 ip route',
      want: [
        'default via 172.18.0.1 dev eth0 ',
        route('eth0', '172.18.0.0/16', '172.18.0.2'),
        route('eth1', '172.19.0.0/16', '172.19.0.2'),
      ],
    },
    {
      id: '--gw-priority beats dual-stack',
      lines: ['docker run -dit --name c6 --network znet --network name=bnet,gw-priority=1 busybox'],
      exec: 'docker exec c6 ip -4 route',
      want: [
        'default via 172.18.0.1 dev eth1 ',
        route('eth0', '172.20.0.0/16', '172.20.0.2'),
        route('eth1', '172.18.0.0/16', '172.18.0.2'),
      ],
    },
  ];
  for (const c of CASES) {
    it(c.id, () => {
      const { steps } = replay([...NETWORKS, ...c.lines, c.exec]);
      assert.deepEqual(
        steps.filter((s) => s.exitCode !== 0).map((s) => s.stderr),
        [],
      );
      assert.equal(steps[steps.length - 1]!.stdout, c.want.map((l) => `${l}\n`).join(''));
    });
  }
});
