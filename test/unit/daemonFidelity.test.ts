// Docker 29 (Engine 29, CLI 29) answers, one table per class; each row names the upstream file and
// function it follows. Rows replay command lines through a fresh lab and check the last line.
import * as assert from 'node:assert/strict';
import { type ReplayCase, replay } from './transcript';

interface Row extends ReplayCase {
  /** repo/path function the expected answer comes from. */
  source: string;
  /** Whole stdout, when the row checks it exactly. */
  stdoutIs?: string;
  /** Whole stderr, when the row checks it exactly. */
  stderrIs?: string;
}

function table(rows: readonly Row[]): void {
  for (const r of rows) {
    it(`${r.id} (${r.source})`, () => {
      const { steps } = replay(r.lines);
      const step = steps[steps.length - 1]!;
      assert.equal(step.exitCode, r.exitCode, `stderr: ${step.stderr}`);
      if (r.stderr !== undefined) assert.ok(step.stderr.includes(r.stderr), `stderr was:\n${step.stderr}`);
      if (r.stdout !== undefined) assert.ok(step.stdout.includes(r.stdout), `stdout was:\n${step.stdout}`);
      if (r.stdoutIs !== undefined) assert.equal(step.stdout, r.stdoutIs);
      if (r.stderrIs !== undefined) assert.equal(step.stderr, r.stderrIs);
    });
  }
}

const ALLOCATOR = 'moby daemon/libnetwork/portallocator/portallocator.go RequestPortsInRange';
const BIND = (ip: string) => `Bind for ${ip}:8080 failed: port is already allocated`;

describe('Docker 29: port allocation names the map that holds the port', () => {
  table([
    {
      id: 'specific address held, then all addresses: names the specific map',
      source: ALLOCATOR,
      lines: ['docker run -d --name a1 -p 127.0.0.1:8080:80 nginx', 'docker run -d --name b1 -p 8080:80 nginx'],
      exitCode: 125,
      stderr: BIND('127.0.0.1'),
    },
    {
      id: 'all addresses held, then a specific one: names 0.0.0.0',
      source: ALLOCATOR,
      lines: ['docker run -d --name a1 -p 8080:80 nginx', 'docker run -d --name b1 -p 127.0.0.1:8080:80 nginx'],
      exitCode: 125,
      stderr: BIND('0.0.0.0'),
    },
    {
      id: 'the same binding twice: names 0.0.0.0',
      source: ALLOCATOR,
      lines: ['docker run -d --name a1 -p 8080:80 nginx', 'docker run -d --name b1 -p 8080:80 nginx'],
      exitCode: 125,
      stderr: `driver failed programming external connectivity on endpoint b1 (`,
    },
    {
      id: 'the same binding twice: the message',
      source: ALLOCATOR,
      lines: ['docker run -d --name a1 -p 8080:80 nginx', 'docker run -d --name b1 -p 8080:80 nginx'],
      exitCode: 125,
      stderr: BIND('0.0.0.0'),
    },
    {
      id: 'IPv6 unspecified held, then [::1]: names ::',
      source: ALLOCATOR,
      lines: ['docker run -d --name a1 -p [::]:8080:80 nginx', 'docker run -d --name b1 -p [::1]:8080:80 nginx'],
      exitCode: 125,
      stderr: BIND('::'),
    },
    {
      id: 'IPv6 [::1] held, then all addresses: names ::1',
      source: ALLOCATOR,
      lines: ['docker run -d --name a1 -p [::1]:8080:80 nginx', 'docker run -d --name b1 -p 8080:80 nginx'],
      exitCode: 125,
      stderr: BIND('::1'),
    },
    {
      id: 'IPv4 and IPv6 maps are separate families',
      source: ALLOCATOR,
      lines: [
        'docker run -d --name a1 -p 0.0.0.0:8080:80 nginx',
        'docker run -d --name b1 -p [::]:8080:80 nginx',
        "docker ps --format '{{.Names}}'",
      ],
      exitCode: 0,
      stdoutIs: 'b1\na1\n',
    },
    {
      id: 'two specific addresses do not clash',
      source: ALLOCATOR,
      lines: [
        'docker run -d --name a1 -p 127.0.0.1:8080:80 nginx',
        'docker run -d --name b1 -p 127.0.0.2:8080:80 nginx',
        'docker port b1',
      ],
      exitCode: 0,
      stdoutIs: '80/tcp -> 127.0.0.2:8080\n',
    },
    {
      id: 'udp and tcp are separate maps',
      source: ALLOCATOR,
      lines: [
        'docker run -d --name a1 -p 8080:80 nginx',
        'docker run -d --name b1 -p 8080:80/udp busybox top',
        'docker port b1',
      ],
      exitCode: 0,
      stdout: '80/udp -> 0.0.0.0:8080',
    },
    {
      id: 'a range with every port taken: all ports are allocated',
      source: `${ALLOCATOR} (errAllPortsAllocated)`,
      lines: [
        'docker run -d --name a1 -p 8080-8081:80 busybox top',
        'docker run -d --name b1 -p 8080-8081:80 busybox top',
        'docker run -d --name c1 -p 8080-8081:80 busybox top',
      ],
      exitCode: 125,
      stderr: ': all ports are allocated',
    },
    {
      id: 'a port freed by a stop is free again',
      source: 'moby daemon/libnetwork/portmappers/nat/mapper_linux.go UnmapPorts',
      lines: [
        'docker run -d --name a1 -p 127.0.0.1:8080:80 nginx',
        'docker stop a1',
        'docker run -d --name b1 -p 8080:80 nginx',
        "docker ps --format '{{.Names}}'",
      ],
      exitCode: 0,
      stdoutIs: 'b1\n',
    },
  ]);
});

const LIST = 'moby daemon/list.go';
const PS_SETUP = [
  'docker network create app',
  'docker run -d --name web --network app -p 8080:80 --label tier=front --label team=a nginx',
  'docker run --name once busybox true',
  'docker run -d --name idle --label tier=back busybox top',
];

describe('Docker 29: docker ps --filter, every key the daemon accepts', () => {
  const ps = (filters: string, all = false) =>
    `docker ps ${all ? '-a ' : ''}${filters} --format '{{.Names}}'`.replace(/ +/g, ' ');
  table([
    {
      id: 'status=exited lists stopped ones without -a',
      source: `${LIST} foldFilter (config.All)`,
      lines: [...PS_SETUP, ps('-f status=exited')],
      exitCode: 0,
      stdoutIs: 'once\n',
    },
    {
      id: 'status=paused matches a paused container, status=running does not',
      source: `${LIST} includeContainerInList; moby daemon/container/state.go State`,
      lines: [...PS_SETUP, 'docker pause idle', ps('-f status=paused -f status=created')],
      exitCode: 0,
      stdoutIs: 'idle\n',
    },
    {
      id: 'a paused container is not running',
      source: `${LIST} includeContainerInList (filters.Match on State)`,
      lines: [...PS_SETUP, 'docker pause idle', ps('-f status=running')],
      exitCode: 0,
      stdoutIs: 'web\n',
    },
    {
      id: 'an invalid status names the valid ones in the API order',
      source: 'moby api/types/container/state.go ValidateContainerState',
      lines: [...PS_SETUP, ps('-f status=up')],
      exitCode: 1,
      stderrIs:
        "Error response from daemon: invalid filter 'status=up': invalid value for state (up): must be one of created, running, paused, restarting, removing, exited, dead\n",
    },
    {
      id: 'an unknown key',
      source: 'moby daemon/internal/filters/parse.go Validate',
      lines: [...PS_SETUP, ps('-f bogus=1')],
      exitCode: 1,
      stderrIs: "Error response from daemon: invalid filter 'bogus'\n",
    },
    {
      id: 'network= by name',
      source: `${LIST} includeContainerInList (NetworkSettings.Networks[value])`,
      lines: [...PS_SETUP, ps('-f network=app')],
      exitCode: 0,
      stdoutIs: 'web\n',
    },
    {
      id: 'network= keeps matching a stopped container',
      source: `${LIST} includeContainerInList; daemon/container_operations.go cleanOperationalData keeps NetworkID`,
      lines: [...PS_SETUP, ps('-f network=bridge', true)],
      exitCode: 0,
      stdoutIs: 'idle\nonce\n',
    },
    {
      id: 'an unknown network matches nothing',
      source: `${LIST} includeContainerInList`,
      lines: [...PS_SETUP, ps('-f network=nosuch', true)],
      exitCode: 0,
      stdoutIs: '',
    },
    {
      id: 'name= is a regular expression over the name',
      source: `${LIST} filterByNameIDMatches; filters/parse.go Match`,
      lines: [...PS_SETUP, ps('-f name=^/w', true)],
      exitCode: 0,
      stdoutIs: 'web\n',
    },
    {
      id: 'an invalid name pattern matches nothing and is no error',
      source: 'moby daemon/internal/filters/parse.go Match (regexp errors skipped)',
      lines: [...PS_SETUP, ps('-f name=[', true)],
      exitCode: 0,
      stdoutIs: '',
    },
    {
      id: 'label=key and label=key=value must all match',
      source: 'moby daemon/internal/filters/parse.go MatchKVList',
      lines: [...PS_SETUP, ps('-f label=tier -f label=team=a', true)],
      exitCode: 0,
      stdoutIs: 'web\n',
    },
    {
      id: 'label=key alone matches every container that has it',
      source: 'moby daemon/internal/filters/parse.go MatchKVList',
      lines: [...PS_SETUP, ps('-f label=tier', true)],
      exitCode: 0,
      stdoutIs: 'idle\nweb\n',
    },
    {
      id: 'exited=0 lists containers that ran and exited 0',
      source: `${LIST} includeContainerInList (exitAllowed)`,
      lines: [...PS_SETUP, 'docker run --name bad busybox false', ps('-a -f exited=0')],
      exitCode: 0,
      stdoutIs: 'once\n',
    },
    {
      id: 'exited= must be a number',
      source: `${LIST} foldFilter (strconv.Atoi)`,
      lines: [...PS_SETUP, ps('-f exited=x')],
      exitCode: 1,
      stderrIs: `Error response from daemon: invalid filter 'exited=x': strconv.Atoi: parsing "x": invalid syntax\n`,
    },
    {
      id: 'is-task=true keeps none (the lab runs no swarm tasks)',
      source: `${LIST} includeContainerInList (Managed)`,
      lines: [...PS_SETUP, ps('-f is-task=true', true)],
      exitCode: 0,
      stdoutIs: '',
    },
    {
      id: 'is-task must be a boolean',
      source: 'moby daemon/internal/filters/parse.go GetBoolOrDefault',
      lines: [...PS_SETUP, ps('-f is-task=maybe')],
      exitCode: 1,
      stderrIs: "Error response from daemon: invalid filter 'is-task=[maybe]'\n",
    },
    {
      id: 'health=none lists containers without a healthcheck',
      source: `${LIST} includeContainerInList (ExactMatch health); daemon/container/view.go transform`,
      lines: [...PS_SETUP, ps('-f health=none')],
      exitCode: 0,
      stdoutIs: 'idle\nweb\n',
    },
    {
      id: 'an invalid health value',
      source: 'moby api/types/container/health.go ValidateHealthStatus',
      lines: [...PS_SETUP, ps('-f health=ok')],
      exitCode: 1,
      stderrIs:
        "Error response from daemon: invalid filter 'health=ok': invalid value for health (ok): must be one of none, starting, healthy, unhealthy\n",
    },
    {
      id: 'publish=8080 matches the published port',
      source: `${LIST} portOp and includeContainerInList (PublicPort)`,
      lines: [...PS_SETUP, ps('-f publish=8080')],
      exitCode: 0,
      stdoutIs: 'web\n',
    },
    {
      id: 'expose=70-90 matches the private port in a range',
      source: `${LIST} portOp (ParsePortRange)`,
      lines: [...PS_SETUP, ps('-f expose=70-90/tcp')],
      exitCode: 0,
      stdoutIs: 'web\n',
    },
    {
      id: 'publish must not contain a colon',
      source: `${LIST} portOp`,
      lines: [...PS_SETUP, ps('-f publish=8080:80')],
      exitCode: 1,
      stderrIs: "Error response from daemon: filter for 'publish' should not contain ':': 8080:80\n",
    },
    {
      id: 'a port that is not a number',
      source: 'moby api/types/network/port.go ParsePortRange',
      lines: [...PS_SETUP, ps('-f expose=http')],
      exitCode: 1,
      stderrIs:
        "Error response from daemon: error while looking up for expose http: invalid start port 'http': invalid syntax\n",
    },
    {
      id: 'ancestor= matches the image with or without its tag',
      source: `${LIST} foldFilter (ancestor images)`,
      lines: [...PS_SETUP, ps('-f ancestor=nginx:latest', true)],
      exitCode: 0,
      stdoutIs: 'web\n',
    },
    {
      id: 'before= lists the containers created earlier',
      source: `${LIST} includeContainerInList (beforeFilter); idOrNameFilter`,
      lines: [...PS_SETUP, ps('-f before=idle', true)],
      exitCode: 0,
      stdoutIs: 'once\nweb\n',
    },
    {
      id: 'since= lists the containers created later',
      source: `${LIST} includeContainerInList (sinceFilter)`,
      lines: [...PS_SETUP, ps('-f since=web', true)],
      exitCode: 0,
      stdoutIs: 'idle\nonce\n',
    },
    {
      id: 'before= a container that does not exist',
      source: `${LIST} idOrNameFilter; daemon/container/view.go Get`,
      lines: [...PS_SETUP, ps('-f before=nosuch')],
      exitCode: 1,
      stderrIs: 'Error response from daemon: No such container: nosuch\n',
    },
    {
      id: 'volume= matches no container (the lab mounts nothing)',
      source: `${LIST} includeContainerInList (Mounts)`,
      lines: [...PS_SETUP, ps('-f volume=/data', true)],
      exitCode: 0,
      stdoutIs: '',
    },
    {
      id: 'a filter without = is the CLI flag error, framed as every flag error (exit 125)',
      source: 'docker/cli opts/opts.go FilterOpt.Set; moby api/types/filters ParseFlag; cli/flags.go FlagErrorFunc',
      lines: [...PS_SETUP, 'docker ps -f status'],
      exitCode: 125,
      stderrIs:
        'invalid argument "status" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker ps [OPTIONS]\n\nRun \'docker ps --help\' for more information\n',
    },
  ]);

  it('network= by ID prefix and by full ID', () => {
    const { lab, session } = replay(PS_SETUP);
    const id = lab.getNetwork('app').id;
    for (const ref of [id.slice(0, 12), id]) {
      const out = session.execute(`docker ps -f network=${ref} --format '{{.Names}}'`).output;
      assert.equal(out.stdout, 'web\n', ref);
    }
  });

  it('id= takes a unique ID prefix', () => {
    const { lab, session } = replay(PS_SETUP);
    const id = lab.getContainer('idle').id;
    assert.equal(session.execute(`docker ps -f id=${id.slice(0, 6)} --format '{{.Names}}'`).output.stdout, 'idle\n');
    assert.equal(session.execute(`docker ps -a -f id= --format '{{.Names}}'`).output.stdout, '');
  });
});

const NETFILTER = 'moby daemon/network/filter.go';
const NET_SETUP = [
  'docker network create --label env=dev app',
  'docker network create spare',
  'docker run -d --name web --network app busybox top',
];

describe('Docker 29: docker network ls --filter', () => {
  const ls = (filters: string) => `docker network ls ${filters} --format '{{.Name}}'`;
  table([
    {
      id: 'driver= is exact',
      source: `${NETFILTER} Filter.Matches (ExactMatch driver)`,
      lines: [...NET_SETUP, ls('-f driver=null')],
      exitCode: 0,
      stdoutIs: 'none\n',
    },
    {
      id: 'name= is a regular expression',
      source: `${NETFILTER} Filter.Matches (Match name)`,
      lines: [...NET_SETUP, ls('-f name=^sp')],
      exitCode: 0,
      stdoutIs: 'spare\n',
    },
    {
      id: 'type=custom and type=builtin',
      source: `${NETFILTER} matchesType`,
      lines: [...NET_SETUP, ls('-f type=builtin')],
      exitCode: 0,
      stdoutIs: 'bridge\nhost\nnone\n',
    },
    {
      id: 'an invalid type',
      source: `${NETFILTER} validateNetworkTypeFilter`,
      lines: [...NET_SETUP, ls('-f type=mine')],
      exitCode: 1,
      stderrIs: "Error response from daemon: invalid filter: 'type'='mine'\n",
    },
    {
      id: 'dangling=true: custom networks no container uses',
      source: `${NETFILTER} matchesUse`,
      lines: [...NET_SETUP, ls('-f dangling=true')],
      exitCode: 0,
      stdoutIs: 'spare\n',
    },
    {
      id: 'dangling=false: the predefined ones and those in use',
      source: `${NETFILTER} matchesUse`,
      lines: [...NET_SETUP, ls('-f dangling=0')],
      exitCode: 0,
      stdoutIs: 'app\nbridge\nhost\nnone\n',
    },
    {
      id: 'an invalid dangling value',
      source: `${NETFILTER} newFilter`,
      lines: [...NET_SETUP, ls('-f dangling=maybe')],
      exitCode: 1,
      stderrIs:
        'Error response from daemon: invalid value for filter \'dangling\', must be "true" (or "1"), or "false" (or "0")\n',
    },
    {
      id: 'dangling given twice',
      source: `${NETFILTER} newFilter`,
      lines: [...NET_SETUP, ls('-f dangling=true -f dangling=false')],
      exitCode: 1,
      stderrIs: 'Error response from daemon: got more than one value for filter key "dangling"\n',
    },
    {
      id: 'label=key=value',
      source: 'moby daemon/internal/filters/parse.go MatchKVList',
      lines: [...NET_SETUP, ls('-f label=env=dev')],
      exitCode: 0,
      stdoutIs: 'app\n',
    },
    {
      id: 'scope=local keeps every network, scope=swarm none',
      source: `${NETFILTER} Filter.Matches (ExactMatch scope)`,
      lines: [...NET_SETUP, ls('-f scope=swarm')],
      exitCode: 0,
      stdoutIs: '',
    },
    {
      id: 'an unknown key',
      source: `${NETFILTER} NewFilter (Validate acceptedFilters)`,
      lines: [...NET_SETUP, ls('-f until=1h')],
      exitCode: 1,
      stderrIs: "Error response from daemon: invalid filter 'until'\n",
    },
  ]);
});

const WEB = 'docker run -d --name web busybox top';

describe('Docker 29: daemon messages that name a container', () => {
  table([
    {
      id: 'exec into a paused container names it as typed, capitalised',
      source: 'moby daemon/exec.go getActiveContainer (errExecPaused(name)); daemon/errors.go',
      lines: [WEB, 'docker pause web', 'docker exec web true'],
      exitCode: 1,
      stderrIs: 'Error response from daemon: Container web is paused, unpause the container before exec\n',
    },
    {
      id: 'exec into a stopped container names its ID',
      source: 'moby daemon/exec.go getActiveContainer (errNotRunning(ctr.ID))',
      lines: [WEB, 'docker stop web', 'docker exec web true'],
      exitCode: 1,
      stderr: 'Error response from daemon: container ',
    },
    {
      id: 'unpause of a running container: capitalised, by ID',
      source: 'moby daemon/unpause.go containerUnpause',
      lines: [WEB, 'docker unpause web'],
      exitCode: 1,
      stderr: 'Error response from daemon: Container ',
    },
    {
      id: 'start of a paused container',
      source: 'moby daemon/start.go validateState; docker/cli container/start.go',
      lines: [WEB, 'docker pause web', 'docker start web'],
      exitCode: 1,
      stderrIs:
        'Error response from daemon: cannot start a paused container, try unpause instead\nfailed to start containers: web\n',
    },
    {
      id: 'start of a running container is not modified: prints the name',
      source: 'moby daemon/start.go validateState (NotModified)',
      lines: [WEB, 'docker start web'],
      exitCode: 0,
      stdoutIs: 'web\n',
    },
    {
      id: 'rm of a paused container',
      source: 'moby daemon/delete.go cleanupContainer',
      lines: [WEB, 'docker pause web', 'docker rm web'],
      exitCode: 1,
      stderrIs:
        'Error response from daemon: cannot remove container "web": container is paused and must be unpaused first\n',
    },
    {
      id: 'rm of a running container names it as typed, with its state',
      source: 'moby daemon/delete.go containerRm, cleanupContainer',
      lines: [WEB, 'docker rm /web'],
      exitCode: 1,
      stderrIs:
        'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove\n',
    },
    {
      id: 'rm -f of a container that does not exist says nothing',
      source: 'docker/cli cli/command/container/rm.go runRm',
      lines: [WEB, 'docker rm -f nosuch web'],
      exitCode: 0,
      stdoutIs: 'web\n',
      stderrIs: '',
    },
    {
      id: 'rm of an empty name is the CLI error',
      source: 'docker/cli cli/command/container/rm.go runRm',
      lines: ['docker rm /'],
      exitCode: 1,
      stderrIs: 'container name cannot be empty\n',
    },
    {
      id: 'kill of a stopped container: the name as typed, then the ID',
      source: 'moby daemon/server/router/container/container_routes.go postContainersKill; daemon/kill.go kill',
      lines: [WEB, 'docker stop web', 'docker kill web'],
      exitCode: 1,
      stderr: 'Error response from daemon: cannot kill container: web: container ',
    },
    {
      id: 'pause twice: by ID',
      source: 'moby daemon/pause.go containerPause',
      lines: [WEB, 'docker pause web', 'docker pause web'],
      exitCode: 1,
      stderr: 'is already paused',
    },
  ]);

  it('ID-named messages carry the full ID', () => {
    const { lab, session } = replay([WEB, 'docker stop web']);
    const id = lab.getContainer('web').id;
    assert.equal(
      session.execute('docker exec web true').output.stderr,
      `Error response from daemon: container ${id} is not running\n`,
    );
    assert.equal(
      session.execute('docker unpause web').output.stderr,
      `Error response from daemon: Container ${id} is not paused\n`,
    );
    assert.equal(
      session.execute('docker kill web').output.stderr,
      `Error response from daemon: cannot kill container: web: container ${id} is not running\n`,
    );
  });
});

describe('Docker 29: CLI 29 texts without the old `Error: ` prefix', () => {
  table([
    {
      id: 'inspect of nothing',
      source: 'docker/cli cli/command/system/inspect.go inspectAll',
      lines: ['docker inspect nosuch'],
      exitCode: 1,
      stderrIs: 'error: no such object: nosuch\n',
    },
    {
      id: 'port not published',
      source: 'docker/cli cli/command/container/port.go runPort',
      lines: ['docker run -d --name web -p 8080:80 nginx', 'docker port web 81/udp'],
      exitCode: 1,
      stderrIs: "no public port '81/udp' published for web\n",
    },
    {
      id: 'port out of range',
      source: 'moby api/types/network/port.go ParsePort, parsePortNumber',
      lines: ['docker run -d --name web -p 8080:80 nginx', 'docker port web 70000'],
      exitCode: 1,
      stderrIs: "invalid port '70000': value out of range\n",
    },
    {
      id: 'the protocol is case-insensitive',
      source: 'moby api/types/network/port.go normalizePortProto',
      lines: ['docker run -d --name web -p 8080:80 nginx', 'docker port web 80/TCP'],
      exitCode: 0,
      stdoutIs: '0.0.0.0:8080\n[::]:8080\n',
    },
  ]);
});

const OPTS = 'docker/cli cli/command/container/opts.go';
const RUN_HINT = "\n\nRun 'docker run --help' for more information\n";

describe('Docker 29: conflicts the CLI checks before it talks to the daemon, then the daemon', () => {
  table([
    {
      id: '--restart with --rm',
      source: `${OPTS} parse`,
      lines: ['docker run --rm --restart always busybox true'],
      exitCode: 125,
      stderrIs: `docker: conflicting options: cannot specify both --restart and --rm${RUN_HINT}`,
    },
    {
      id: '--restart no with --rm is fine',
      source: `${OPTS} parse (RestartPolicy.IsNone)`,
      lines: ['docker run --rm --restart no busybox echo hi'],
      exitCode: 0,
      stdoutIs: 'hi\n',
    },
    {
      id: 'a restart policy without a name',
      source: 'docker/cli opts/parse.go ParseRestartPolicy',
      lines: ['docker run --restart :3 busybox true'],
      exitCode: 125,
      stderr: 'docker: invalid restart policy format: no policy provided before colon',
    },
    {
      id: 'a restart count that is not a number',
      source: 'docker/cli opts/parse.go ParseRestartPolicy',
      lines: ['docker run --restart on-failure:x busybox true'],
      exitCode: 125,
      stderr: 'docker: invalid restart policy format: maximum retry count must be an integer',
    },
    {
      id: 'an unknown restart policy is the daemon’s',
      source: 'moby api/types/container/hostconfig.go ValidateRestartPolicy',
      lines: ['docker run --restart sometimes busybox true'],
      exitCode: 125,
      stderr:
        "docker: Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'",
    },
    {
      id: 'a retry count on always',
      source: 'moby api/types/container/hostconfig.go ValidateRestartPolicy',
      lines: ['docker run --restart always:3 busybox true'],
      exitCode: 125,
      stderr: "invalid restart policy: maximum retry count can only be used with 'on-failure'",
    },
    {
      id: 'an invalid --uts mode',
      source: `${OPTS} parse (UTSMode.Valid)`,
      lines: ['docker run --uts=private busybox true'],
      exitCode: 125,
      stderr: 'docker: --uts: invalid UTS mode',
    },
    {
      id: 'an invalid --pid mode',
      source: `${OPTS} parse (PidMode.Valid)`,
      lines: ['docker run --pid=container: busybox true'],
      exitCode: 125,
      stderr: 'docker: --pid: invalid PID mode',
    },
    {
      id: '--no-healthcheck with --health-cmd',
      source: `${OPTS} parse (Healthcheck)`,
      lines: ['docker run --no-healthcheck --health-cmd true busybox true'],
      exitCode: 125,
      stderr: 'docker: --no-healthcheck conflicts with --health-* options',
    },
    {
      id: 'a negative health interval',
      source: `${OPTS} parse (Healthcheck)`,
      lines: ['docker run --health-cmd true --health-interval=-1s busybox true'],
      exitCode: 125,
      stderr: 'docker: --health-interval cannot be negative',
    },
    {
      id: 'a health interval under a millisecond is the daemon’s',
      source: 'moby daemon/container.go validateHealthCheck',
      lines: ['docker run --health-cmd true --health-interval=500us busybox true'],
      exitCode: 125,
      stderr: 'Error response from daemon: Interval in Healthcheck cannot be less than 1ms',
    },
    {
      id: 'user-defined and non-user-defined networks',
      source: `${OPTS} parseNetworkOpts`,
      lines: ['docker network create app', 'docker run --network app --network host busybox true'],
      exitCode: 125,
      stderrIs: `docker: conflicting options: cannot attach both user-defined and non-user-defined network-modes${RUN_HINT}`,
    },
    {
      id: 'aliases on host, checked on the first network before the mix',
      source: `${OPTS} parseNetworkOpts, applyContainerOptions, parseNetworkAttachmentOpt`,
      lines: ['docker network create app', 'docker run --network host --network app --network-alias x busybox true'],
      exitCode: 125,
      stderr: 'docker: network-scoped aliases are only supported for user-defined networks',
    },
    {
      id: 'the same network twice',
      source: `${OPTS} parseNetworkOpts`,
      lines: ['docker run --network host --network host busybox true'],
      exitCode: 125,
      stderr: 'docker: network "host" is specified multiple times',
    },
    {
      id: 'per-network links on the default bridge',
      source: `${OPTS} parseNetworkAttachmentOpt`,
      lines: ['docker run --network name=bridge,link=a busybox true'],
      exitCode: 125,
      stderr: 'docker: links are only supported for user-defined networks',
    },
    {
      id: 'the long syntax without a name',
      source: 'docker/cli opts/network.go NetworkOpt.Set',
      lines: ['docker run --network alias=a busybox true'],
      exitCode: 125,
      stderr: 'for "--network" flag: network name/id is not specified',
    },
    {
      id: '--network=host --network=none passes the CLI; the daemon refuses at start',
      source: 'moby daemon/container_operations.go updateNetworkSettings; daemon/start_linux.go',
      lines: ['docker run --network=host --network=none busybox true'],
      exitCode: 125,
      stderr:
        'docker: Error response from daemon: failed to set up container networking: container sharing network namespace with another container or host cannot be connected to any other network',
    },
    {
      id: '--network=bridge --network=none',
      source: 'moby daemon/container_operations.go updateNetworkSettings',
      lines: ['docker run --network=bridge --network=none busybox true'],
      exitCode: 125,
      stderr:
        'failed to set up container networking: container cannot be connected to multiple networks with one of the networks in private (none) mode',
    },
    {
      id: '--label reaches the container',
      source: `${OPTS} parse (opts.ReadKVStrings labels)`,
      lines: [
        'docker run -d --name l1 --label a=b --label c busybox top',
        "docker inspect -f '{{json .Config.Labels}}' l1",
      ],
      exitCode: 0,
      stdout: '"a":"b"',
    },
  ]);
});
