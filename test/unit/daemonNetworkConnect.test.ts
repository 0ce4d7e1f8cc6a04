// `docker network connect` and `disconnect` (src/core/daemon/networkConnect.ts): moby
// daemon/container_operations.go ConnectToNetwork, updateNetworkConfig, updateNetworkSettings,
// DisconnectFromNetwork, and libnetwork's CreateEndpoint and IPAM refusals, each in the daemon's words.
import * as assert from 'node:assert/strict';
import { connectContainer, disconnectContainer } from '../../src/core/daemon/networkConnect';
import type { Container } from '../../src/core/lab/model';
import { replay } from './transcript';

const SETUP = [
  'docker network create app',
  'docker network create app2',
  'docker run -d --name run1 busybox top',
  'docker create --name made busybox top',
  'docker run -d --name hostc --network host busybox top',
  'docker run -d --name joiner --network container:run1 busybox top',
];
const daemon = (text: string) => `Error response from daemon: ${text}\n`;
const SHARED = daemon(
  'container sharing network namespace with another container or host cannot be connected to any other network',
);

/** `{run1}` and `{made}` stand for the containers' full IDs, `{tiny}` for a network's. */
const ROWS: Array<{ id: string; lines: string[]; want: [number, string, string] }> = [
  { id: 'a joiner cannot be connected', lines: ['docker network connect app joiner'], want: [1, '', SHARED] },
  {
    id: 'a host-mode container cannot be connected',
    lines: ['docker network connect app hostc'],
    want: [1, '', SHARED],
  },
  {
    id: 'a host-mode container cannot leave host',
    lines: ['docker network disconnect host hostc'],
    want: [1, '', daemon('cannot disconnect container from host network - container was created in host network mode')],
  },
  {
    id: 'disconnect a running container from a network it is not on',
    lines: ['docker network disconnect app run1'],
    want: [1, '', daemon('container {run1} is not connected to network app')],
  },
  {
    id: 'disconnect a created container from a network it is not on: "the network"',
    lines: ['docker network disconnect app made'],
    want: [1, '', daemon('container {made} is not connected to the network app')],
  },
  {
    id: 'disconnect a created container from an unknown network',
    lines: ['docker network disconnect ghost made'],
    want: [1, '', daemon('container {made} is not connected to the network ghost')],
  },
  {
    id: 'disconnect an unknown container',
    lines: ['docker network disconnect app ghostc'],
    want: [1, '', daemon('No such container: ghostc')],
  },
  {
    id: 'disconnect -f an unknown container: the endpoint is not found',
    lines: ['docker network disconnect -f app ghostc'],
    want: [1, '', daemon('endpoint ghostc not found')],
  },
  {
    id: 'connect with the gateway address: IPAM refuses it',
    lines: ['docker network connect --ip 172.18.0.1 app run1'],
    want: [1, '', daemon('Address already in use')],
  },
  {
    id: 'connect with an address of another network',
    lines: ['docker network connect --ip 172.18.0.9 app2 run1'],
    want: [1, '', daemon('invalid endpoint settings:\nno configured subnet contains IP address 172.18.0.9')],
  },
  {
    id: 'an alias on the default bridge',
    lines: ['docker network connect --alias x bridge made'],
    want: [
      1,
      '',
      daemon('invalid endpoint settings:\nnetwork-scoped aliases are only supported for user-defined networks'),
    ],
  },
  {
    id: 'none with another network',
    lines: ['docker network connect none run1'],
    want: [
      1,
      '',
      daemon('container cannot be connected to multiple networks with one of the networks in private (none) mode'),
    ],
  },
  {
    id: 'a second connect of a running container: CreateEndpoint refuses the name',
    lines: ['docker network connect app run1', 'docker network connect app run1'],
    want: [1, '', daemon('endpoint with name run1 already exists in network app')],
  },
  {
    id: 'a second connect of a created container is a no-op (updateNetworkSettings: avoid duplicate config)',
    lines: [
      'docker network connect app made',
      'docker network connect app made',
      "docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' made",
    ],
    want: [0, 'app bridge \n', ''],
  },
  {
    id: 'an unknown network is stored for a created container and fails at start',
    lines: ['docker network connect ghostnet made', 'docker start made'],
    want: [
      1,
      '',
      daemon('failed to set up container networking: network ghostnet not found') +
        'failed to start containers: made\n',
    ],
  },
  {
    id: 'the stored unknown network can be disconnected again',
    lines: [
      'docker network connect ghostnet made',
      'docker network disconnect ghostnet made',
      "docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' made",
    ],
    want: [0, 'bridge \n', ''],
  },
  {
    id: 'disconnect -f of a running container drops the endpoint and its address',
    lines: [
      'docker network connect app run1',
      'docker network disconnect -f app run1',
      'docker run -d --name other --network app busybox top',
      "docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}' run1 other",
    ],
    want: [0, 'bridge=172.17.0.2 \napp=172.18.0.2 \n', ''],
  },
  {
    id: 'a connected running container gets the next ethN',
    lines: [
      'docker network connect app run1',
      'docker network connect app2 run1',
      'docker exec run1 ls /sys/class/net',
    ],
    want: [0, 'eth0\neth1\neth2\nlo\n', ''],
  },
  // daemon/container_operations.go updateNetworkConfig: only a host-mode container may be on host.
  {
    id: 'a created container cannot be connected to host',
    lines: ['docker network connect host made'],
    want: [1, '', daemon('cannot connect container to host network - container must be created in host network mode')],
  },
  // updateNetworkSettings "Avoid duplicate config": the first settings stay.
  {
    id: 'a second connect of a created container keeps the first aliases',
    lines: [
      'docker network connect --alias a1 app made',
      'docker network connect --alias a2 app made',
      "docker inspect -f '{{.NetworkSettings.Networks.app.Aliases}}' made",
    ],
    want: [0, '[a1]\n', ''],
  },
  // connectToNetwork: a failed endpoint creation leaves the container's networks as they were.
  {
    id: 'a refused connect leaves the networks as they were',
    lines: [
      'docker network connect --ip 172.18.0.1 app run1',
      "docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' run1",
    ],
    want: [0, 'bridge \n', ''],
  },
  // libnetwork ipam RequestAddress: the address is held by another endpoint, in any of the pools.
  {
    id: 'connect with an address another container holds in the second subnet',
    lines: [
      'docker network create -d ipvlan --subnet 10.1.0.0/24 --subnet 10.2.0.0/24 two',
      'docker run -d --name o2 --network two --ip 10.2.0.5 busybox top',
      'docker network connect --ip 10.2.0.5 two run1',
    ],
    want: [1, '', daemon('Address already in use')],
  },
  // connectToNetwork reports IPAM's own error, without container start's "failed to set up container networking: ".
  {
    id: 'connect to a network whose pool is full',
    lines: [
      'docker network create --subnet 10.9.0.0/30 tiny',
      'docker run -d --name o2 --network tiny busybox top',
      'docker network connect tiny run1',
    ],
    want: [1, '', daemon("no available IPv4 addresses on this network's address pools: tiny ({tiny})")],
  },
  // DisconnectFromNetwork: -f with an unknown network takes the stored-settings path even when running.
  {
    id: 'disconnect -f of a running container from an unknown network',
    lines: ['docker network disconnect -f ghost run1'],
    want: [1, '', daemon('container {run1} is not connected to the network ghost')],
  },
  // disconnectFromNetwork: the host-mode refusal needs both a host-mode container and the host network.
  {
    id: 'a bridge container is not on host',
    lines: ['docker network disconnect host run1'],
    want: [1, '', daemon('container {run1} is not connected to network host')],
  },
  {
    id: 'a host-mode container is not on app',
    lines: ['docker network disconnect app hostc'],
    want: [1, '', daemon('container {hostc} is not connected to network app')],
  },
  // ForceEndpointDelete looks the network up first.
  {
    id: 'disconnect -f an unknown container from an unknown network',
    lines: ['docker network disconnect -f ghostnet ghostc'],
    want: [1, '', daemon('network ghostnet not found')],
  },
];

describe('docker network connect and disconnect (daemon/networkConnect)', () => {
  for (const r of ROWS) {
    it(r.id, () => {
      const { steps, lab } = replay([...SETUP, ...r.lines]);
      const ids = (text: string) =>
        text.replace(
          /\{(\w+)\}/g,
          (_, name: string) => lab.containerByName(name)?.id ?? lab.findNetwork(name)?.id ?? `{${name}}`,
        );
      const last = steps[steps.length - 1]!;
      assert.deepEqual([last.exitCode, last.stdout, last.stderr], [r.want[0], ids(r.want[1]), ids(r.want[2])]);
    });
  }
});

describe('network connect and disconnect, called directly (daemon/networkConnect)', () => {
  const refusal = (f: () => void): string | undefined => {
    try {
      f();
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  };
  // daemon/container_operations.go ConnectToNetwork / DisconnectFromNetwork: errRemovalContainer.
  for (const state of ['removing', 'dead'] as Array<Container['state']>) {
    it(`a ${state} container can be neither connected nor disconnected`, () => {
      const { lab } = replay([...SETUP]);
      const c = lab.containerByName('made')!;
      c.state = state;
      const want = `Container ${c.id} is marked for removal and cannot be connected or disconnected to the network`;
      assert.equal(
        refusal(() => connectContainer(lab, 'app', 'made')),
        want,
      );
      assert.equal(
        refusal(() => disconnectContainer(lab, 'bridge', 'made')),
        want,
      );
    });
  }

  it('disconnect without force of an unknown container: No such container', () => {
    const { lab } = replay([...SETUP]);
    assert.equal(
      refusal(() => disconnectContainer(lab, 'app', 'ghostc')),
      'No such container: ghostc',
    );
  });

  it('connect and disconnect tell the lab they changed', () => {
    const { lab } = replay([...SETUP]);
    for (const f of [
      () => connectContainer(lab, 'app', 'made'),
      () => disconnectContainer(lab, 'app', 'made'),
      () => connectContainer(lab, 'app', 'run1'),
      () => disconnectContainer(lab, 'app', 'run1'),
    ]) {
      const before = lab.revision;
      f();
      assert.ok(lab.revision > before);
    }
  });
});
