// Starting a container's networking (src/core/daemon/containerStart.ts): moby
// daemon/container_operations.go getNetworkedContainer (joining another container's namespace),
// libnetwork IPAM exhaustion, the port mapper's conflict as the bridge driver reports it
// (ProgramExternalConnectivity), every error wrapped "failed to set up container networking: ",
// and nothing kept when a start fails.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const RUN_HELP = "\n\nRun 'docker run --help' for more information\n";
const runFailed = (why: string) => `docker: Error response from daemon: ${why}${RUN_HELP}`;

const ROWS: Array<{ id: string; lines: string[]; want: [number, string, string] }> = [
  {
    id: 'a /30 has one address after the gateway',
    lines: [
      'docker network create --subnet 10.60.0.0/30 tiny',
      'docker run -d --name t1 --network tiny busybox top',
      'docker run -d --name t2 --network tiny busybox top',
    ],
    want: [
      125,
      '',
      runFailed(
        "failed to set up container networking: no available IPv4 addresses on this network's address pools: tiny (33469494a65d9b7a57dcb96b1b486183e411ddc13e2cf2419e2ea24fb7fbe3e5)",
      ),
    ],
  },
  {
    id: 'joining a container that does not exist',
    lines: ['docker run -d --name j1 --network container:ghost busybox top'],
    want: [125, '', runFailed('joining network namespace of container: No such container: ghost')],
  },
  {
    id: 'joining a container that is not running',
    lines: [
      'docker create --name stopped busybox top',
      'docker run -d --name j2 --network container:stopped busybox top',
    ],
    want: [
      125,
      '',
      runFailed('cannot join network namespace of a non running container: container stopped is created'),
    ],
  },
  {
    id: 'joining its own namespace',
    lines: ['docker create --name self --network container:self busybox top', 'docker start self'],
    want: [1, '', 'Error response from daemon: cannot join own network namespace\nfailed to start containers: self\n'],
  },
  {
    id: 'a published port another container holds: the endpoint named with its ID',
    lines: ['docker run -d --name p1 -p 8080:80 nginx', 'docker run -d --name p2 -p 8080:80 nginx'],
    want: [
      125,
      '',
      runFailed(
        'failed to set up container networking: driver failed programming external connectivity on endpoint p2 (f9435a8851ee6af8af1ea67f71d9cb923e2c1c4e1d6722cff9d656f32f16c17e): Bind for 0.0.0.0:8080 failed: port is already allocated',
      ),
    ],
  },
  {
    id: 'a failed start gives its address back: the next container gets it',
    lines: [
      'docker run -d --name p1 -p 8080:80 nginx',
      'docker run -d --name p2 -p 8080:80 nginx',
      'docker run -d --name p3 busybox top',
      "docker inspect -f '{{.NetworkSettings.Networks.bridge.IPAddress}}' p3",
    ],
    want: [0, '172.17.0.3\n', ''],
  },
  {
    id: 'a joiner takes the owner hostname and shares its interfaces',
    lines: [
      'docker run -d --name own -h owner busybox top',
      'docker run -d --name joi --network container:own busybox top',
      "sh -c 'docker exec joi hostname; docker exec joi ls /sys/class/net'",
    ],
    want: [0, 'owner\neth0\nlo\n', ''],
  },
  {
    id: 'a second network for a host-mode container is refused at start',
    lines: [
      'docker network create app',
      'docker create --name hc --network host busybox top',
      'docker network connect app hc',
    ],
    want: [
      1,
      '',
      'Error response from daemon: container sharing network namespace with another container or host cannot be connected to any other network\n',
    ],
  },
  {
    // ipam.ErrIPAlreadyAllocated (libnetwork ipamapi): two created containers may ask for one --ip; the second start fails.
    id: 'an --ip another started container holds: Address already in use at start',
    lines: [
      'docker network create --subnet 10.9.0.0/24 fixed',
      'docker create --name f1 --network fixed --ip 10.9.0.5 busybox top',
      'docker create --name f2 --network fixed --ip 10.9.0.5 busybox top',
      'docker start f1',
      'docker start f2',
    ],
    want: [
      1,
      '',
      'Error response from daemon: failed to set up container networking: Address already in use\nfailed to start containers: f2\n',
    ],
  },
  {
    id: 'an IPv6 address in use: the IPv4 address taken first is given back',
    lines: [
      'docker network create --ipv6 --subnet fd00:1::/64 dual',
      'docker run -d --name c1 --network dual --ip6 fd00:1::10 busybox top',
      'docker run -d --name c2 --network dual --ip6 fd00:1::10 busybox top',
      'docker run -d --name c3 --network dual busybox top',
      "docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}} {{.GlobalIPv6Address}}{{end}}' c3",
    ],
    want: [0, '172.18.0.3 fd00:1::2\n', ''],
  },
  {
    id: 'the IPv6 error is wrapped as the IPv4 ones are',
    lines: [
      'docker network create --ipv6 --subnet fd00:1::/64 dual',
      'docker run -d --name c1 --network dual --ip6 fd00:1::10 busybox top',
      'docker run -d --name c2 --network dual --ip6 fd00:1::10 busybox top',
    ],
    want: [125, '', runFailed('failed to set up container networking: Address already in use')],
  },
  {
    // host and none endpoints have no interface: the next container's veth pair is numbered as if they were not there.
    id: 'host and none containers take no interface index',
    lines: [
      'docker run -d --name hh --network host busybox top',
      'docker run -d --name nn --network none busybox top',
      'docker run -d --name ee busybox top',
      "docker exec ee sh -c 'ip link show eth0 | head -1'",
    ],
    want: [0, '4: eth0@if5: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue state UP \n', ''],
  },
  {
    id: 'a host-mode endpoint has no MAC address',
    lines: [
      'docker run -d --name hh --network host busybox top',
      "docker inspect -f '[{{.NetworkSettings.Networks.host.MacAddress}}]' hh",
    ],
    want: [0, '[]\n', ''],
  },
  {
    // The bridge driver's ProgramExternalConnectivity runs for each endpoint that can publish: one is enough.
    id: 'ports are published when one of the networks is a non-internal bridge',
    lines: [
      'docker network create --internal int',
      'docker create --name ww -p 8080:80 nginx',
      'docker network connect int ww',
      'docker start ww',
      'docker port ww',
    ],
    want: [0, '80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n', ''],
  },
  {
    id: 'ports are not published on an internal network alone',
    lines: [
      'docker network create --internal int',
      'docker run -d --name w2 -p 8081:80 --network int nginx',
      'docker port w2',
    ],
    want: [0, '', ''],
  },
];

describe("a container's networking at start (daemon/containerStart)", () => {
  for (const r of ROWS) {
    it(r.id, () => {
      const { steps } = replay(r.lines);
      const last = steps[steps.length - 1]!;
      assert.deepEqual([last.exitCode, last.stdout, last.stderr], r.want);
    });
  }
});
