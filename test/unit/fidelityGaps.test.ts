// Issue 10, round two: the fidelity gaps a learner meets, one table per gap; each row names the
// upstream file and function its expected answer follows. Rows replay command lines through a
// fresh lab and check the last line.
import * as assert from 'node:assert/strict';
import { type ReplayCase, replay } from './transcript';
import { composeDir, replayIn } from './composeFixture';

interface Row extends ReplayCase {
  /** repo/path function the expected answer comes from. */
  source: string;
  /** Whole stdout, when the row checks it exactly. */
  stdoutIs?: string;
  /** Whole stderr, when the row checks it exactly. */
  stderrIs?: string;
  /** A substring stdout must not contain. */
  stdoutLacks?: string;
  /** Files of a project folder the lines run in (compose rows). */
  files?: Record<string, string>;
}

function table(rows: readonly Row[]): void {
  for (const r of rows) {
    it(`${r.id} (${r.source})`, () => {
      const { steps } = r.files ? replayIn(composeDir(r.files), r.lines) : replay(r.lines);
      const step = steps[steps.length - 1]!;
      assert.equal(step.exitCode, r.exitCode, `stderr: ${step.stderr}`);
      if (r.stderr !== undefined) assert.ok(step.stderr.includes(r.stderr), `stderr was:\n${step.stderr}`);
      if (r.stdout !== undefined) assert.ok(step.stdout.includes(r.stdout), `stdout was:\n${step.stdout}`);
      if (r.stdoutIs !== undefined) assert.equal(step.stdout, r.stdoutIs);
      if (r.stderrIs !== undefined) assert.equal(step.stderr, r.stderrIs);
      if (r.stdoutLacks !== undefined) assert.ok(!step.stdout.includes(r.stdoutLacks), `stdout was:\n${step.stdout}`);
    });
  }
}

const INSPECT_ALL = 'docker/cli cli/command/system/inspect.go inspectAll';

describe('gap 1: docker inspect finds images pulled so far', () => {
  table([
    {
      id: 'an image pulled by run is found without --type',
      source: INSPECT_ALL,
      lines: ['docker run --rm busybox true', "docker inspect -f '{{index .RepoTags 0}} {{.Os}}' busybox"],
      exitCode: 0,
      stdoutIs: 'busybox:latest linux\n',
    },
    {
      id: 'an image pulled by pull, JSON array of the InspectResponse',
      source: 'moby api/types/image/image_inspect.go InspectResponse',
      lines: ['docker pull nginx', 'docker inspect nginx:latest'],
      exitCode: 0,
      stdout: '[\n    {\n        "Id": "sha256:',
    },
    {
      id: 'a container named like an image wins: containers come first',
      source: INSPECT_ALL,
      lines: ['docker run -d --name nginx nginx', "docker inspect -f '{{.Name}}' nginx"],
      exitCode: 0,
      stdoutIs: '/nginx\n',
    },
    {
      id: 'an image not pulled yet is no object',
      source: INSPECT_ALL,
      lines: ['docker inspect redis'],
      exitCode: 1,
      stdoutIs: '[]\n',
      stderrIs: 'error: no such object: redis\n',
    },
    {
      id: '--type image: the daemon\'s "No such image"',
      source: INSPECT_ALL,
      lines: ['docker inspect --type image redis'],
      exitCode: 1,
      stderrIs: 'Error response from daemon: No such image: redis\n',
    },
    {
      id: '--type image finds the image even when a container has its name',
      source: INSPECT_ALL,
      lines: ['docker run -d --name nginx nginx', "docker inspect --type image -f '{{.Architecture}}' nginx"],
      exitCode: 0,
      stdoutIs: 'amd64\n',
    },
    {
      id: '--size on an image: a warning, then the object',
      source: INSPECT_ALL,
      lines: ['docker pull alpine', "docker inspect -s -f '{{.Os}}' alpine"],
      exitCode: 0,
      stdoutIs: 'linux\n',
      stderrIs: 'WARNING: --size ignored for image\n',
    },
    {
      id: 'an image and a network in one call',
      source: INSPECT_ALL,
      lines: ['docker pull alpine', "docker inspect -f '{{len .Id}}' alpine bridge"],
      exitCode: 0,
      stdoutIs: '71\n64\n',
    },
  ]);
});

const ENDPOINT = 'moby api/types/network/endpoint.go EndpointSettings';
const NET_FMT = (net: string) =>
  `docker inspect -f '{{json (index .NetworkSettings.Networks "${net}").DriverOpts}} {{(index .NetworkSettings.Networks "${net}").GwPriority}}' cc`;

describe("gap 2: container inspect shows the endpoint's DriverOpts and GwPriority", () => {
  table([
    {
      id: 'none given: null and 0',
      source: ENDPOINT,
      lines: ['docker network create n1', 'docker run -d --name cc --network n1 busybox top', NET_FMT('n1')],
      exitCode: 0,
      stdoutIs: 'null 0\n',
    },
    {
      id: '--network driver-opt= and gw-priority= (lower-cased by the CLI)',
      source: 'docker/cli opts/network.go parseDriverOpt; ' + ENDPOINT,
      lines: [
        'docker network create n1',
        'docker run -d --name cc --network name=n1,driver-opt=com.docker.network.endpoint.ifname=ETH7,gw-priority=5 busybox top',
        NET_FMT('n1'),
      ],
      exitCode: 0,
      stdoutIs: '{"com.docker.network.endpoint.ifname":"eth7"} 5\n',
    },
    {
      id: 'network connect --driver-opt and --gw-priority (kept as typed)',
      source: 'docker/cli cli/command/network/connect.go convertDriverOpt; ' + ENDPOINT,
      lines: [
        'docker network create n1',
        'docker network create n2',
        'docker run -d --name cc --network n1 busybox top',
        'docker network connect --driver-opt com.docker.network.endpoint.ifname=Side0 --gw-priority -3 n2 cc',
        NET_FMT('n2'),
      ],
      exitCode: 0,
      stdoutIs: '{"com.docker.network.endpoint.ifname":"Side0"} -3\n',
    },
    {
      id: 'the raw JSON keeps them between Aliases and NetworkID',
      source: ENDPOINT,
      lines: [
        'docker network create n1',
        'docker run -d --name cc --network name=n1,gw-priority=2 busybox top',
        'docker inspect cc',
      ],
      exitCode: 0,
      stdout:
        '"Aliases": null,\n                    "DriverOpts": null,\n                    "GwPriority": 2,\n                    "NetworkID": ',
    },
    {
      id: 'compose: driver_opts, interface_name over driver_opts, gw_priority',
      source: 'docker/compose pkg/compose/create.go createEndpointSettings, endpointDriverOpts',
      files: {
        'compose.yaml':
          'services:\n  web:\n    image: busybox\n    command: top\n    networks:\n      front:\n        interface_name: web0\n        gw_priority: 7\n        driver_opts:\n          com.docker.network.endpoint.ifname: other\n          x.y: z\nnetworks:\n  front: {}\n',
      },
      lines: [
        'docker compose up -d',
        `docker inspect -f '{{json (index .NetworkSettings.Networks "demo_front").DriverOpts}} {{(index .NetworkSettings.Networks "demo_front").GwPriority}}' demo-web-1`,
      ],
      exitCode: 0,
      stdoutIs: '{"com.docker.network.endpoint.ifname":"web0","x.y":"z"} 7\n',
    },
    {
      id: 'compose: interface_name names the interface inside the container',
      source: 'docker/compose pkg/compose/create.go endpointDriverOpts',
      files: {
        'compose.yaml':
          'services:\n  web:\n    image: busybox\n    command: top\n    networks:\n      front:\n        interface_name: web0\nnetworks:\n  front: {}\n',
      },
      lines: ['docker compose up -d', 'docker exec demo-web-1 ls /sys/class/net'],
      exitCode: 0,
      stdout: 'web0',
    },
    {
      id: 'compose config prints driver_opts after aliases',
      source: 'compose-go types/types.go ServiceNetworkConfig',
      files: {
        'compose.yaml':
          'services:\n  web:\n    image: busybox\n    networks:\n      front:\n        aliases: [w]\n        driver_opts:\n          x.y: z\nnetworks:\n  front: {}\n',
      },
      lines: ['docker compose config'],
      exitCode: 0,
      stdout: '        aliases:\n          - w\n        driver_opts:\n          x.y: z\n',
    },
  ]);
});
