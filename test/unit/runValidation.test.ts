// docker/cli opts.go parse and moby containerCreate: each case replays docker commands and checks the
// last one's exit code and the engine's or CLI's message.
import * as assert from 'node:assert/strict';
import { type ReplayCase, itReplaysLast, last, replay } from './transcript';

type Case = ReplayCase;

const P = 'docker run -d --name p1 busybox top';

const CASES: Case[] = [
  {
    id: 'container mode + hostname',
    lines: [P, 'docker run --net=container:p1 -h foo busybox true'],
    exitCode: 125,
    stderr: 'docker: Error response from daemon: conflicting options: hostname and the network mode',
  },
  {
    id: 'container mode + -p',
    lines: [P, 'docker run --net=container:p1 -p 8080:80 busybox true'],
    exitCode: 125,
    stderr: 'conflicting options: port publishing and the container type network mode',
  },
  {
    id: 'container mode + -P',
    lines: [P, 'docker run --net=container:p1 -P busybox true'],
    exitCode: 125,
    stderr: 'conflicting options: port publishing and the container type network mode',
  },
  {
    id: 'container mode + --expose',
    lines: [P, 'docker run --net=container:p1 --expose 8000-9000 busybox true'],
    exitCode: 125,
    stderr: 'conflicting options: port exposing and the container type network mode',
  },
  {
    id: 'container mode + --dns',
    lines: [P, 'docker run --net=container:p1 --dns 8.8.8.8 busybox true'],
    exitCode: 125,
    stderr: 'conflicting options: dns and the network mode',
  },
  {
    id: 'container mode + --add-host',
    lines: [P, 'docker run --net=container:p1 --add-host name:8.8.8.8 busybox true'],
    exitCode: 125,
    stderr: 'conflicting options: custom host-to-IP mapping and the network mode',
  },
  {
    id: 'bare container mode',
    lines: ['docker run --net=container busybox true'],
    exitCode: 125,
    stderr: 'invalid network mode: invalid container format container:<name|id>',
  },
  {
    id: 'container mode + --link',
    lines: [P, 'docker run --net=container:p1 --link p1:q busybox true'],
    exitCode: 125,
    stderr:
      "conflicting options: container type network can't be used with links. This would result in undefined behavior",
  },
  {
    id: 'host mode + --link',
    lines: [P, 'docker run --net=host --link p1:p1 busybox true'],
    exitCode: 125,
    stderr:
      "conflicting options: host type networking can't be used with links. This would result in undefined behavior",
  },
  {
    id: 'joining a missing container',
    lines: ['docker run --net=container:doesnotexist busybox true'],
    exitCode: 125,
    stderr: 'joining network namespace of container: No such container: doesnotexist',
  },
  {
    id: 'joining itself',
    lines: ['docker run --name me1 --net container:me1 busybox true'],
    exitCode: 125,
    stderr: 'cannot join own network namespace',
  },
  {
    id: 'joining a stopped container',
    lines: ['docker create --name c1 busybox top', 'docker run --net container:c1 busybox true'],
    exitCode: 125,
    stderr: 'cannot join network namespace of a non running container: container c1 is created',
  },
  {
    id: 'alias on the default bridge',
    lines: ['docker run --network-alias web busybox true'],
    exitCode: 125,
    stderr: 'docker: network-scoped aliases are only supported for user-defined networks',
  },
  {
    id: 'alias with host mode',
    lines: ['docker run --net host --network-alias web busybox true'],
    exitCode: 125,
    stderr: 'network-scoped aliases are only supported for user-defined networks',
  },
  {
    id: 'static IP on the default bridge',
    lines: ['docker run --ip 172.17.0.50 busybox true'],
    exitCode: 125,
    stderr:
      'docker: Error response from daemon: invalid config for network bridge: invalid endpoint settings:\nuser-specified IP address is supported on user-defined networks only',
  },
  {
    id: 'user-defined mixed with host',
    lines: ['docker run --network n1 --network host busybox true'],
    exitCode: 125,
    stderr: 'conflicting options: cannot attach both user-defined and non-user-defined network-modes',
  },
  {
    id: 'network twice',
    lines: ['docker run --network n1 --network n1 busybox true'],
    exitCode: 125,
    stderr: 'network "n1" is specified multiple times',
  },
  {
    id: 'invalid MAC',
    lines: ['docker run --mac-address zz busybox true'],
    exitCode: 125,
    stderr: 'zz is not a valid mac address',
  },
  {
    id: 'expose range backwards',
    lines: ['docker run --expose 80-70 busybox true'],
    exitCode: 125,
    stderr: 'invalid range format for --expose: 80-70, error: invalid range specified for port: 80-70',
  },
  {
    id: 'host port out of range',
    lines: ['docker run -p 70000:80 busybox true'],
    exitCode: 125,
    stderr: 'invalid hostPort: 70000',
  },
  {
    id: 'container port not a number',
    lines: ['docker run -p abc busybox true'],
    exitCode: 125,
    stderr: 'invalid containerPort: abc',
  },
  {
    id: 'unknown protocol',
    lines: ['docker run -p 127.0.0.1:80:80/sctpx busybox true'],
    exitCode: 125,
    stderr: 'invalid proto: sctpx',
  },
  {
    id: 'bad --dns',
    lines: ['docker run --dns 8.8.8 busybox true'],
    exitCode: 125,
    stderr: 'invalid argument "8.8.8" for "--dns" flag: IP address is not correctly formatted: 8.8.8',
  },
  {
    id: 'bad --add-host',
    lines: ['docker run --add-host foo busybox true'],
    exitCode: 125,
    stderr: 'invalid argument "foo" for "--add-host" flag: bad format for add-host: "foo"',
  },
  {
    id: 'bad --add-host IP',
    lines: ['docker run --add-host foo:bar busybox true'],
    exitCode: 125,
    stderr: 'invalid argument "foo:bar" for "--add-host" flag: invalid IP address in add-host: "bar"',
  },
  {
    id: 'unknown network',
    lines: ['docker run --network nosuchnet busybox true'],
    exitCode: 125,
    stderr: 'failed to set up container networking: network nosuchnet not found',
  },
  {
    id: 'host port taken by another mapping',
    lines: ['docker run -d -p 1234:80 busybox top', 'docker run -d -p 1234:80 busybox top'],
    exitCode: 125,
    stderr: 'Bind for 0.0.0.0:1234 failed: port is already allocated',
  },
  {
    id: 'host mode discards -p with a warning',
    lines: ['docker run --net=host -p 8080:80 busybox true'],
    exitCode: 0,
    stderr: 'WARNING: Published ports are discarded when using host network mode',
  },
  {
    id: 'one-letter names are invalid in the engine',
    lines: ['docker run --name x busybox true'],
    exitCode: 125,
    stderr: 'Invalid container name (x), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
  },
  {
    id: 'name in use',
    lines: ['docker create --name web busybox', 'docker create --name web busybox'],
    exitCode: 125,
    stderr: 'Conflict. The container name "/web" is already in use by container "',
  },
  {
    id: 'unknown flag',
    lines: ['docker run --bogus busybox'],
    exitCode: 125,
    stderr:
      "unknown flag: --bogus\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
  },
  {
    id: 'unknown shorthand on rm',
    lines: ['docker rm -z aa'],
    exitCode: 125,
    stderr:
      "unknown shorthand flag: 'z' in -z\n\nUsage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker rm --help' for more information\n",
  },
  {
    id: 'ps takes no arguments',
    lines: ['docker ps web'],
    exitCode: 1,
    stderr:
      "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
  },
  { id: 'no image', lines: ['docker run -d'], exitCode: 125, stderr: "'docker run' requires at least 1 argument" },
  {
    id: 'rm of a running container',
    lines: ['docker run -d --name r1 busybox top', 'docker rm r1'],
    exitCode: 1,
    stderr:
      'Error response from daemon: cannot remove container "r1": container is running: stop the container before removing or force remove',
  },
  {
    id: 'rm of a missing container',
    lines: ['docker rm nope'],
    exitCode: 1,
    stderr: 'Error response from daemon: No such container: nope',
  },
  {
    id: 'uts=host with a hostname',
    lines: ['docker run --uts=host -h foo busybox true'],
    exitCode: 125,
    stderr: 'conflicting options: hostname and the UTS mode',
  },
  {
    id: 'link to a missing container',
    lines: ['docker run --link nope:db busybox true'],
    exitCode: 125,
    stderr: 'could not get container for nope: No such container: nope',
  },
  {
    id: 'link to a host-mode container',
    lines: ['docker run -d --net host --name hh busybox top', 'docker run --link hh:db busybox true'],
    exitCode: 125,
    stderr: "host type networking can't be used with links",
  },
  {
    id: 'links on the default bridge are deprecated (v29.6+)',
    lines: ['docker run -d --name aa busybox top', 'docker run --link aa:db busybox true'],
    exitCode: 0,
    stderr:
      'WARNING: Links on the default bridge network are deprecated and will be removed in a future release. Use a custom network instead.',
  },
  {
    id: 'a command missing from the image',
    lines: ['docker run busybox nosuch'],
    exitCode: 127,
    stderr: 'exec: "nosuch": executable file not found in $PATH: unknown',
  },
  {
    id: 'busybox has no bash',
    lines: ['docker run -d --name aa busybox top', 'docker exec aa bash'],
    exitCode: 127,
    stderr:
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown',
  },
  {
    id: 'exec in a stopped container',
    lines: ['docker create --name aa busybox top', 'docker exec aa true'],
    exitCode: 1,
    stderr: ' is not running',
  },
  {
    id: 'start reports each failure, then the list',
    lines: ['docker create --name c1 --network nosuch busybox top', 'docker start c1'],
    exitCode: 1,
    stderr:
      'Error response from daemon: failed to set up container networking: network nosuch not found\nfailed to start containers: c1\n',
  },
  {
    id: 'unknown docker command',
    lines: ['docker frobnicate'],
    exitCode: 1,
    stderr: 'docker: unknown command: docker frobnicate',
  },
];

describe('docker run validation (docker/cli opts.go parse, moby containerCreate)', () => {
  itReplaysLast(CASES);

  it('a failed start leaves the container created, a failed create leaves nothing', () => {
    const { steps, lab } = replay([
      'docker run --name n1 --network nosuchnet busybox true',
      'docker run --name n2 --ip 172.17.0.9 busybox true',
    ]);
    assert.equal(steps[0]!.exitCode, 125);
    assert.equal(lab.containerByName('n1')?.state, 'created');
    assert.equal(lab.containerByName('n2'), undefined);
  });

  it('a port conflict gives back the address it took', () => {
    const { lab } = replay([
      'docker run -d -p 1234:80 busybox top',
      'docker run -d --name late -p 1234:80 busybox top',
      'docker run -d --name next busybox top',
    ]);
    assert.equal(lab.containerByName('late')?.state, 'created');
    assert.equal(lab.containerByName('next')?.endpoints['bridge']?.ip, ((172 << 24) >>> 0) + (17 << 16) + 3);
  });
});

describe('host ports held outside Docker (moby portallocator/osallocator_linux.go)', () => {
  it('a host process on the port makes the bind fail with the kernel text', () => {
    const step = last(['nc -l -p 8080', 'docker run -d -p 8080:80 busybox top']);
    assert.equal(step.exitCode, 125);
    assert.ok(step.stderr.includes('failed to bind host port 0.0.0.0:8080/tcp: address already in use'), step.stderr);
  });

  it('a host-mode server cannot bind a port docker-proxy holds', () => {
    const { lab } = replay(['docker run -d -p 80:80 nginx', 'docker run -d --name hostweb --net host nginx']);
    assert.equal(lab.containerByName('hostweb')!.state, 'exited');
  });
});

describe('kill, pause, unpause and pull', () => {
  const WEB = 'docker run -d --name web nginx';
  const CASES: ReplayCase[] = [
    {
      id: 'kill stops with 137',
      lines: [WEB, 'docker kill web', "docker inspect -f '{{.State.ExitCode}}' web"],
      exitCode: 0,
      stdout: '137\n',
    },
    {
      id: 'kill of a stopped container',
      lines: [WEB, 'docker stop web', 'docker kill web'],
      exitCode: 1,
      stderr: 'Error response from daemon: cannot kill container: web: container ',
    },
    {
      id: 'paused shows in ps',
      lines: [WEB, 'docker pause web', 'docker ps --format {{.Status}}'],
      exitCode: 0,
      stdout: 'Up 2 seconds (Paused)\n',
    },
    {
      id: 'exec in a paused container',
      lines: [WEB, 'docker pause web', 'docker exec web hostname'],
      exitCode: 1,
      stderr: 'is paused, unpause the container before exec',
    },
    {
      id: 'rm of a paused container',
      lines: [WEB, 'docker pause web', 'docker rm web'],
      exitCode: 1,
      stderr: 'cannot remove container "web": container is paused and must be unpaused first',
    },
    { id: 'unpause of a running container', lines: [WEB, 'docker unpause web'], exitCode: 1, stderr: ' is not paused' },
    {
      id: 'a paused server does not answer',
      lines: [WEB, 'docker pause web', 'docker run --rm busybox wget -T 2 -qO- http://172.17.0.2'],
      exitCode: 1,
      stderr: 'wget: download timed out',
    },
    {
      id: 'pull of a catalogue image',
      lines: ['docker pull nginx'],
      exitCode: 0,
      stdout: 'Status: Downloaded newer image for nginx:latest',
    },
    {
      id: 'pull of anything else',
      lines: ['docker pull nosuch/thing'],
      exitCode: 1,
      stderr: "pull access denied for nosuch/thing, repository does not exist or may require 'docker login'",
    },
  ];
  itReplaysLast(CASES);
});
