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

const CLI_OPTS = 'docker/cli cli/command/container/opts.go parse (Healthcheck)';
const HEALTH_GO = 'moby daemon/health.go monitor, handleProbeResult';
const status = "docker ps -a --format '{{.Names}} {{.Status}}'";
const healthOf = (name: string) =>
  `docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' ${name}`;

describe('gap 3: --health-* flags parsed, validated and effective', () => {
  const negatives = ['interval', 'timeout', 'start-period', 'start-interval'].map((flag): Row => ({
    id: `--health-${flag} -1s`,
    source: CLI_OPTS,
    lines: [`docker run --health-cmd true --health-${flag} -1s busybox`],
    exitCode: 125,
    stderrIs: `docker: --health-${flag} cannot be negative\n\nRun 'docker run --help' for more information\n`,
  }));
  table([
    ...negatives,
    {
      id: '--health-retries -1',
      source: CLI_OPTS,
      lines: ['docker run --health-retries -1 busybox'],
      exitCode: 125,
      stderr: 'docker: --health-retries cannot be negative\n',
    },
    {
      id: 'interval is checked before timeout, timeout before retries',
      source: CLI_OPTS,
      lines: ['docker run --health-retries -1 --health-timeout -2s --health-interval -3s busybox'],
      exitCode: 125,
      stderr: 'docker: --health-interval cannot be negative\n',
    },
    {
      id: 'timeout before retries',
      source: CLI_OPTS,
      lines: ['docker run --health-retries -1 --health-timeout -2s busybox'],
      exitCode: 125,
      stderr: 'docker: --health-timeout cannot be negative\n',
    },
    {
      id: '--no-healthcheck with a --health-* setting',
      source: CLI_OPTS,
      lines: ['docker run --no-healthcheck --health-retries 2 busybox'],
      exitCode: 125,
      stderr: 'docker: --no-healthcheck conflicts with --health-* options\n',
    },
    {
      id: 'a duration without a unit',
      source: 'go time.ParseDuration (errors.New("time: missing unit in duration "))',
      lines: ['docker run --health-interval 5 busybox'],
      exitCode: 125,
      stderr: 'invalid argument "5" for "--health-interval" flag: time: missing unit in duration "5"\n',
    },
    {
      id: 'a duration with an unknown unit',
      source: 'go time.ParseDuration (unknown unit)',
      lines: ['docker run --health-timeout 5x busybox'],
      exitCode: 125,
      stderr: 'invalid argument "5x" for "--health-timeout" flag: time: unknown unit "x" in duration "5x"\n',
    },
    {
      id: 'the daemon refuses a timeout under 1ms',
      source: 'moby daemon/container.go validateHealthCheck',
      lines: ['docker run --health-cmd true --health-timeout 10us busybox'],
      exitCode: 125,
      stderr: 'docker: Error response from daemon: Timeout in Healthcheck cannot be less than 1ms\n',
    },
    {
      id: 'the daemon refuses a start interval under 1ms',
      source: 'moby daemon/container.go validateHealthCheck',
      lines: ['docker run --health-cmd true --health-start-interval 500us busybox'],
      exitCode: 125,
      stderr: 'docker: Error response from daemon: StartInterval in Healthcheck cannot be less than 1ms\n',
    },
    {
      id: 'Config.Healthcheck keeps every setting, durations in nanoseconds',
      source: 'moby docker-image-spec specs-go/v1/image.go HealthcheckConfig',
      lines: [
        'docker run -d --name hc --health-cmd "true" --health-interval 1m30s --health-timeout 5s --health-start-period 10s --health-start-interval 500ms --health-retries 4 busybox top',
        "docker inspect -f '{{json .Config.Healthcheck}}' hc",
      ],
      exitCode: 0,
      stdoutIs:
        '{"Test":["CMD-SHELL","true"],"Interval":90000000000,"Timeout":5000000000,"StartPeriod":10000000000,"StartInterval":500000000,"Retries":4}\n',
    },
    {
      id: '--no-healthcheck is Test ["NONE"]',
      source: CLI_OPTS,
      lines: [
        'docker run -d --name hc --no-healthcheck busybox top',
        "docker inspect -f '{{json .Config.Healthcheck}}' hc",
      ],
      exitCode: 0,
      stdoutIs: '{"Test":["NONE"]}\n',
    },
    {
      id: 'retries: a failing check stays starting until the 5th failure',
      source: HEALTH_GO,
      lines: [
        'docker run -d --name hc --health-cmd false --health-interval 1s --health-retries 5 busybox top',
        'sleep 2',
        healthOf('hc'),
      ],
      exitCode: 0,
      stdout: 'starting ',
    },
    {
      id: 'retries: unhealthy once the streak reaches them',
      source: HEALTH_GO,
      lines: [
        'docker run -d --name hc --health-cmd false --health-interval 1s --health-retries 5 busybox top',
        'sleep 6',
        healthOf('hc'),
      ],
      exitCode: 0,
      stdout: 'unhealthy ',
    },
    {
      id: 'start period: failures inside it do not count',
      source: HEALTH_GO,
      lines: [
        'docker run -d --name hc --health-cmd false --health-interval 1s --health-retries 1 --health-start-period 20s busybox top',
        'sleep 10',
        healthOf('hc'),
      ],
      exitCode: 0,
      stdoutIs: 'starting 0\n',
    },
    {
      id: 'start period over: the first counted failure with retries 1 is unhealthy',
      source: HEALTH_GO,
      lines: [
        'docker run -d --name hc --health-cmd false --health-interval 1s --health-retries 1 --health-start-period 5s --health-start-interval 1s busybox top',
        'sleep 8',
        status,
      ],
      exitCode: 0,
      stdout: '(unhealthy)',
    },
    {
      id: 'start interval: a passing check is healthy after one start interval, not one interval',
      source: HEALTH_GO,
      lines: [
        'docker run -d --name hc --health-cmd true --health-interval 1h --health-start-period 1m --health-start-interval 2s busybox top',
        'sleep 3',
        status,
      ],
      exitCode: 0,
      stdout: '(healthy)',
    },
    {
      id: 'without a start period the interval applies: still starting',
      source: HEALTH_GO,
      lines: [
        'docker run -d --name hc --health-cmd true --health-interval 1h --health-start-interval 2s busybox top',
        'sleep 3',
        status,
      ],
      exitCode: 0,
      stdout: '(health: starting)',
    },
    {
      id: 'timeout: a probe still running is killed with exit -1',
      source: 'moby daemon/health.go cmdProbe.run (exceeded timeout)',
      lines: [
        'docker run -d --name hc --health-cmd "sleep 10" --health-interval 1s --health-timeout 2s --health-retries 1 busybox top',
        'sleep 3',
        "docker inspect -f '{{.State.Health.Status}} {{(index .State.Health.Log 0).ExitCode}} {{(index .State.Health.Log 0).Output}}' hc",
      ],
      exitCode: 0,
      stdoutIs: 'unhealthy -1 Health check exceeded timeout (2s)\n',
    },
    {
      id: 'a stopped container reports unhealthy',
      source: 'moby daemon/container/health.go CloseMonitorChannel',
      lines: [
        'docker run -d --name hc --health-cmd true --health-interval 1s busybox top',
        'sleep 2',
        'docker stop hc',
        "docker ps -a --filter health=unhealthy --format '{{.Names}}'",
      ],
      exitCode: 0,
      stdoutIs: 'hc\n',
    },
  ]);
});

const COMPOSE_HEALTH = (db: string) =>
  `services:\n  web:\n    image: busybox\n    command: top\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: busybox\n    command: top\n    healthcheck:\n${db}`;

describe('gap 3: compose healthcheck keys and depends_on service_healthy', () => {
  table([
    {
      id: 'compose config prints every healthcheck key as a Go duration',
      source: 'compose-go types/healthcheck.go HealthCheckConfig, types/duration.go String',
      files: {
        'compose.yaml':
          'services:\n  db:\n    image: busybox\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 90s\n      timeout: 5s\n      retries: 4\n      start_period: 1m\n      start_interval: 500ms\n',
      },
      lines: ['docker compose config'],
      exitCode: 0,
      stdout:
        '    healthcheck:\n      test:\n        - CMD\n        - "true"\n      timeout: 5s\n      interval: 1m30s\n      retries: 4\n      start_period: 1m0s\n      start_interval: 500ms\n',
    },
    {
      id: 'the keys reach Config.Healthcheck',
      source: 'docker/compose pkg/compose/convert.go ToMobyHealthCheck',
      files: {
        'compose.yaml':
          'services:\n  db:\n    image: busybox\n    command: top\n    healthcheck:\n      test: true\n      timeout: 5s\n      retries: 4\n      start_period: 1m\n',
      },
      lines: ['docker compose up -d', "docker inspect -f '{{json .Config.Healthcheck}}' demo-db-1"],
      exitCode: 0,
      stdoutIs: '{"Test":["CMD-SHELL","true"],"Timeout":5000000000,"StartPeriod":60000000000,"Retries":4}\n',
    },
    {
      id: 'start_interval without start_period',
      source: 'docker/compose pkg/compose/convert.go ToMobyHealthCheck',
      files: {
        'compose.yaml':
          'services:\n  db:\n    image: busybox\n    healthcheck:\n      test: true\n      start_interval: 1s\n',
      },
      lines: ['docker compose up -d'],
      exitCode: 1,
      stderr: 'healthcheck.start_interval requires healthcheck.start_period to be set\n',
    },
    {
      id: 'service_healthy waits for a passing check, then starts the dependent',
      source: 'docker/compose pkg/compose/convergence.go waitDependencies, isServiceHealthy',
      files: { 'compose.yaml': COMPOSE_HEALTH('      test: true\n      interval: 3s\n') },
      lines: ['docker compose up -d'],
      exitCode: 0,
      stderr: ' Container demo-db-1 Healthy',
    },
    {
      id: 'service_healthy fails on an unhealthy dependency (a tool the image lacks)',
      source: 'docker/compose pkg/compose/convergence.go isServiceHealthy, checkDependencyHealthy',
      files: {
        'compose.yaml': COMPOSE_HEALTH(
          '      test: ["CMD", "curl", "-f", "http://localhost"]\n      interval: 2s\n      retries: 2\n',
        ),
      },
      lines: ['docker compose up -d'],
      exitCode: 1,
      stderr: 'dependency failed to start: container demo-db-1 is unhealthy\n',
    },
    {
      id: 'the dependent is left created, not started',
      source: 'docker/compose pkg/compose/convergence.go waitDependencies',
      files: {
        'compose.yaml': COMPOSE_HEALTH(
          '      test: ["CMD", "curl", "-f", "http://localhost"]\n      interval: 2s\n      retries: 2\n',
        ),
      },
      lines: ['docker compose up -d', "docker ps -a --format '{{.Names}} {{.State}}'"],
      exitCode: 0,
      stdout: 'demo-web-1 created\n',
    },
  ]);
});

const FLAG_ERROR = 'docker/cli cli/cobra.go FlagErrorFunc';
const usage = (command: string) =>
  `\n\nUsage:  docker ${command} [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker ${command} --help' for more information\n`;

describe('gap 9: --dns, --add-host and other typed flag values fail while the CLI parses its flags', () => {
  table([
    {
      id: '--add-host without a separator',
      source: `docker/cli opts/hosts.go ValidateExtraHost; ${FLAG_ERROR}`,
      lines: ['docker run --add-host foo busybox'],
      exitCode: 125,
      stderrIs: `invalid argument "foo" for "--add-host" flag: bad format for add-host: "foo"${usage('run')}`,
    },
    {
      id: '--add-host with a colon in the host name',
      source: 'docker/cli opts/hosts.go ValidateExtraHost',
      lines: ['docker run --add-host a:b=10.0.0.1 busybox'],
      exitCode: 125,
      stderrIs: `invalid argument "a:b=10.0.0.1" for "--add-host" flag: bad format for add-host: "a:b=10.0.0.1"${usage('run')}`,
    },
    {
      id: '--add-host with an empty host',
      source: 'docker/cli opts/hosts.go ValidateExtraHost',
      lines: ['docker create --add-host =10.0.0.1 busybox'],
      exitCode: 125,
      stderrIs: `invalid argument "=10.0.0.1" for "--add-host" flag: bad format for add-host: "=10.0.0.1"${usage('create')}`,
    },
    {
      id: '--add-host with a bad address names the address without brackets',
      source: 'docker/cli opts/hosts.go ValidateExtraHost',
      lines: ['docker run --add-host db=[nope] busybox'],
      exitCode: 125,
      stderrIs: `invalid argument "db=[nope]" for "--add-host" flag: invalid IP address in add-host: "nope"${usage('run')}`,
    },
    {
      id: '--add-host host=[::1] reaches the API as host:::1',
      source: 'docker/cli opts/hosts.go ValidateExtraHost',
      lines: [
        'docker create --name eh --add-host db=[::1] --add-host gw=host-gateway busybox',
        "docker inspect -f '{{json .HostConfig.ExtraHosts}}' eh",
      ],
      exitCode: 0,
      stdoutIs: '["db:::1","gw:host-gateway"]\n',
    },
    {
      id: '--dns that is not an address',
      source: `docker/cli opts/opts.go ValidateIPAddress; ${FLAG_ERROR}`,
      lines: ['docker run --dns 8.8.8 busybox'],
      exitCode: 125,
      stderrIs: `invalid argument "8.8.8" for "--dns" flag: IP address is not correctly formatted: 8.8.8${usage('run')}`,
    },
    {
      id: '--dns with an IPv6 address is fine',
      source: 'docker/cli opts/opts.go ValidateIPAddress',
      lines: ['docker run --rm --dns 2001:db8::53 busybox cat /etc/resolv.conf'],
      exitCode: 0,
      stdout: 'nameserver 2001:db8::53',
    },
    {
      id: '--dns with an address Go does not parse',
      source: 'docker/cli opts/opts.go ValidateIPAddress',
      lines: ['docker run --dns 1:2:3 busybox'],
      exitCode: 125,
      stderr: 'IP address is not correctly formatted: 1:2:3\n\nUsage:',
    },
    {
      id: '--network with an unknown key',
      source: `docker/cli opts/network.go NetworkOpt.Set; ${FLAG_ERROR}`,
      lines: ['docker run --network name=n1,foo=1 busybox'],
      exitCode: 125,
      stderrIs: `invalid argument "name=n1,foo=1" for "--network" flag: invalid field key foo${usage('run')}`,
    },
    {
      id: '--health-retries that is not a number',
      source: `pflag IntVar (strconv.ParseInt); ${FLAG_ERROR}`,
      lines: ['docker run --health-retries x busybox'],
      exitCode: 125,
      stderrIs: `invalid argument "x" for "--health-retries" flag: strconv.ParseInt: parsing "x": invalid syntax${usage('run')}`,
    },
    {
      id: 'a flag value error comes before the checks of parse()',
      source: 'docker/cli cli/command/container/opts.go parse (after pflag)',
      lines: ['docker run --rm --restart always --dns nope busybox'],
      exitCode: 125,
      stderr: 'invalid argument "nope" for "--dns" flag',
    },
  ]);
});

const NOT_FOUND = 'moby daemon/internal/distribution/errors.go notFoundError.Error; distribution errcode.Error.Error';

describe('gap 10: a tag the registry lacks', () => {
  table([
    {
      id: 'docker pull: the code and the registry message, both "manifest unknown"',
      source: NOT_FOUND,
      lines: ['docker pull nginx:lates'],
      exitCode: 1,
      stderrIs: 'Error response from daemon: manifest for nginx:lates not found: manifest unknown: manifest unknown\n',
    },
    {
      id: 'the reference in its familiar form',
      source: NOT_FOUND,
      lines: ['docker pull docker.io/library/redis:nope'],
      exitCode: 1,
      stderrIs: 'Error response from daemon: manifest for redis:nope not found: manifest unknown: manifest unknown\n',
    },
    {
      id: 'docker run pulls, then fails the same way',
      source: `docker/cli cli/command/container/create.go createContainer; ${NOT_FOUND}`,
      lines: ['docker run --rm alpine:3.99-nope'],
      exitCode: 125,
      stderr:
        'docker: Error response from daemon: manifest for alpine:3.99-nope not found: manifest unknown: manifest unknown\n',
    },
  ]);
});

const RESOLVE = 'moby daemon/libnetwork/network.go ResolveName, addNameToIP';
const APP = ['docker network create app'];
const answers = (query: string) => `docker exec cli nslookup ${query} | grep -c '^Address: 172'`;

describe('gap 6: the embedded DNS answers a name with every container holding it', () => {
  table([
    {
      id: 'two containers with the same alias: both addresses',
      source: RESOLVE,
      lines: [
        ...APP,
        'docker run -d --name a1 --network app --network-alias api busybox top',
        'docker run -d --name a2 --network app --network-alias api busybox top',
        'docker run -d --name cli --network app busybox top',
        'docker exec cli nslookup api',
      ],
      exitCode: 0,
      stdout: 'Name:\tapi\nAddress: 172.18.0.2\nName:\tapi\nAddress: 172.18.0.3\n',
    },
    {
      id: "a container name and another container's alias: one map, both addresses",
      source: RESOLVE,
      lines: [
        ...APP,
        'docker run -d --name web --network app busybox top',
        'docker run -d --name other --network app --network-alias web busybox top',
        'docker run -d --name cli --network app busybox top',
        answers('web'),
      ],
      exitCode: 0,
      stdoutIs: '2\n',
    },
    {
      id: 'names are case-insensitive',
      source: `${RESOLVE} (strings.ToLower)`,
      lines: [
        ...APP,
        'docker run -d --name a1 --network app --network-alias Api busybox top',
        'docker run -d --name cli --network app busybox top',
        'docker exec cli nslookup API',
      ],
      exitCode: 0,
      stdout: 'Name:\tAPI\nAddress: 172.18.0.2\n',
    },
    {
      id: 'compose replicas answer to the service name together',
      source: 'docker/compose pkg/compose/create.go getAliases; ' + RESOLVE,
      files: {
        'compose.yaml': 'services:\n  api:\n    image: busybox\n    command: top\n    deploy:\n      replicas: 3\n',
      },
      lines: ['docker compose up -d', "docker exec demo-api-1 nslookup api | grep -c '^Address: 172'"],
      exitCode: 0,
      stdoutIs: '3\n',
    },
    {
      id: 'a stopped holder drops out of the answer',
      source: 'moby daemon/libnetwork/network.go deleteSvcRecords',
      lines: [
        ...APP,
        'docker run -d --name a1 --network app --network-alias api busybox top',
        'docker run -d --name a2 --network app --network-alias api busybox top',
        'docker run -d --name cli --network app busybox top',
        'docker stop a1',
        answers('api'),
      ],
      exitCode: 0,
      stdoutIs: '1\n',
    },
  ]);
});

const ASH = 'busybox shell/ash.c exportcmd, setvar';
const inBusybox = (script: string) => `docker exec s1 sh -c '${script}'`;
const S1 = 'docker run -dit --name s1 busybox sh';

describe('gap 8: the shell sets variables: NAME=v, export, NAME=v cmd, unset', () => {
  table([
    {
      id: 'export puts the variable in env',
      source: ASH,
      lines: [S1, inBusybox('export FOO=bar; env | grep FOO')],
      exitCode: 0,
      stdoutIs: 'FOO=bar\n',
    },
    {
      id: 'a plain assignment is a shell variable, not in env',
      source: ASH,
      lines: [S1, inBusybox('X=5; echo $X; env | grep -c X=')],
      exitCode: 1,
      stdoutIs: '5\n0\n',
    },
    {
      id: "a prefix assignment is in that command's environment only",
      source: 'busybox shell/ash.c evalcommand (varlist for the command)',
      lines: [S1, inBusybox('FOO=1 env | grep FOO; echo "[$FOO]"')],
      exitCode: 0,
      stdoutIs: 'FOO=1\n[]\n',
    },
    {
      id: 'words are expanded before the prefix assignment takes effect',
      source: 'POSIX 2.9.1 simple commands (assignments after expansion of the command words)',
      lines: [S1, inBusybox('X=old; X=new echo $X')],
      exitCode: 0,
      stdoutIs: 'old\n',
    },
    {
      id: 'export NAME exports a variable set before',
      source: ASH,
      lines: [S1, inBusybox('Y=2; export Y; env | grep Y=')],
      exitCode: 0,
      stdoutIs: 'Y=2\n',
    },
    {
      id: 'a later assignment to an exported variable changes env',
      source: `${ASH} (the VEXPORT flag is kept)`,
      lines: [S1, inBusybox('export Y=1; Y=2; env | grep Y=')],
      exitCode: 0,
      stdoutIs: 'Y=2\n',
    },
    {
      id: 'unset removes an inherited variable',
      source: 'busybox shell/ash.c unsetcmd',
      lines: [S1, inBusybox('unset HOSTNAME; env | grep -c HOSTNAME')],
      exitCode: 1,
      stdoutIs: '0\n',
    },
    {
      id: 'export alone lists the exported variables, sorted, single-quoted (ash showvars)',
      source: 'busybox shell/ash.c showvars',
      lines: ['docker run -it --name s2 busybox sh', `export Z="it's"`, 'export | grep Z='],
      exitCode: 0,
      stdoutIs: `export Z='it'"'"'s'\n`,
    },
    {
      id: 'the host shell keeps its exported variables from line to line',
      source: 'bash export',
      lines: ['export GREETING=hello', 'env | grep GREETING'],
      exitCode: 0,
      stdoutIs: 'GREETING=hello\n',
    },
    {
      id: 'the interactive container shell keeps them too; a sh -c subshell does not leak them',
      source: ASH,
      lines: ['docker run -it --name s2 busybox sh', 'export A=1', 'sh -c "export B=2"', 'env | grep -E "^(A|B)="'],
      exitCode: 0,
      stdoutIs: 'A=1\n',
    },
  ]);
});

const RESTART = 'docker/compose pkg/compose/restart.go prepareRestartProject';
const CHAIN =
  'services:\n  db:\n    image: redis\n  api:\n    image: busybox\n    command: top\n    depends_on:\n      db:\n        condition: service_started\n        restart: true\n  web:\n    image: nginx\n    depends_on:\n      api:\n        condition: service_started\n        restart: true\n  other:\n    image: busybox\n    command: top\n    depends_on: [db]\n';
const restarted = (stderr: string) => [...stderr.matchAll(/Container (\S+) Restarting/g)].map((m) => m[1]).join(' ');

describe('gap 7: compose restart takes along the dependents declared with restart: true', () => {
  const rows: Array<{ id: string; line: string; expected: string }> = [
    {
      id: 'restart db: api (restart: true) and web (restart: true on api), not other',
      line: 'docker compose restart db',
      expected: 'demo-db-1 demo-api-1 demo-web-1',
    },
    { id: '--no-deps: the named service alone', line: 'docker compose restart --no-deps db', expected: 'demo-db-1' },
    {
      id: 'restart api: its dependents, not what it depends on',
      line: 'docker compose restart api',
      expected: 'demo-api-1 demo-web-1',
    },
    {
      id: 'no service named: every service, in dependency order',
      line: 'docker compose restart',
      expected: 'demo-db-1 demo-api-1 demo-other-1 demo-web-1',
    },
  ];
  for (const r of rows) {
    it(`${r.id} (${RESTART})`, () => {
      const { steps } = replayIn(composeDir({ 'compose.yaml': CHAIN }), ['docker compose up -d', r.line]);
      const step = steps[1]!;
      assert.equal(step.exitCode, 0, step.stderr);
      assert.equal(restarted(step.stderr), r.expected);
    });
  }
});
