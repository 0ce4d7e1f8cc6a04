// `docker network connect` and `disconnect` (src/core/daemon/networkConnect.ts): moby
// daemon/container_operations.go ConnectToNetwork, updateNetworkConfig, updateNetworkSettings,
// DisconnectFromNetwork, and libnetwork's CreateEndpoint and IPAM refusals, each in the daemon's words.
import * as assert from 'node:assert/strict';
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

/** `{run1}` and `{made}` stand for the containers' full IDs. */
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
];

describe('docker network connect and disconnect (daemon/networkConnect)', () => {
  for (const r of ROWS) {
    it(r.id, () => {
      const { steps, lab } = replay([...SETUP, ...r.lines]);
      const ids = (text: string) =>
        text.replace(/\{(\w+)\}/g, (_, name: string) => lab.containerByName(name)?.id ?? `{${name}}`);
      const last = steps[steps.length - 1]!;
      assert.deepEqual([last.exitCode, last.stdout, last.stderr], [r.want[0], ids(r.want[1]), ids(r.want[2])]);
    });
  }
});
