// docker container prune, docker image prune and docker system prune: each row cites the docker/cli
// or moby function it follows; whole outputs asserted.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';
import { imageDigest, platformManifest } from '../../src/core/catalog/imageMeta';

const NGINX = imageDigest('nginx');
const NGINX_MANIFEST = platformManifest('nginx').digest;
const BUSYBOX = imageDigest('busybox');
const BUSYBOX_MANIFEST = platformManifest('busybox').digest;

interface Row {
  source: string;
  lines: string[];
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** A lab with a stopped, a running, a created (labelled) container and two idle user networks. */
const SETUP = [
  'docker network create app',
  'docker network create --label keep=1 kept',
  'docker network create spare',
  'docker run --name once busybox true',
  'docker run -d --name live --network app busybox top',
  'docker create --name fresh --label keep=1 busybox',
];
const ids = (() => {
  const { lab } = replay(SETUP);
  return { once: lab.containerByName('once')!.id, fresh: lab.containerByName('fresh')!.id };
})();

const SYSTEM_WARNING =
  'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n  - unused build cache\n\nAre you sure you want to continue? [y/N] \n';

const ROWS: Row[] = [
  {
    source: 'cli/command/container/prune.go runPrune: prompt.Confirm reads end of input as no (cancelled, exit 0)',
    lines: [...SETUP, 'docker container prune'],
    exitCode: 0,
    stdout: 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] \n',
    stderr: '',
  },
  {
    source: 'container/prune.go runPrune + moby daemon/prune.go ContainerPrune: every container not running',
    lines: [...SETUP, 'docker container prune -f'],
    exitCode: 0,
    stdout: `Deleted Containers:\n${ids.once}\n${ids.fresh}\n\nTotal reclaimed space: 0B\n`,
    stderr: '',
  },
  {
    source: 'container/prune.go runPrune: nothing to delete, only the total',
    lines: ['docker container prune -f'],
    exitCode: 0,
    stdout: 'Total reclaimed space: 0B\n',
    stderr: '',
  },
  {
    source: 'daemon/prune.go matchLabels: label filter',
    lines: [...SETUP, 'docker container prune -f --filter label=keep=1'],
    exitCode: 0,
    stdout: `Deleted Containers:\n${ids.fresh}\n\nTotal reclaimed space: 0B\n`,
    stderr: '',
  },
  {
    source: 'daemon/prune.go matchLabels: label! filter (an unlabelled container is not excluded)',
    lines: [...SETUP, 'docker container prune -f --filter label!=keep'],
    exitCode: 0,
    stdout: `Deleted Containers:\n${ids.once}\n\nTotal reclaimed space: 0B\n`,
    stderr: '',
  },
  {
    source: 'daemon/prune.go getUntilFromPruneFilters: only what was created before until',
    lines: [...SETUP, 'docker container prune -f --filter until=2s'],
    exitCode: 0,
    stdout: `Deleted Containers:\n${ids.once}\n\nTotal reclaimed space: 0B\n`,
    stderr: '',
  },
  {
    source: 'daemon/prune.go getUntilFromPruneFilters: more than one until',
    lines: ['docker container prune -f --filter until=1h --filter until=2h'],
    exitCode: 1,
    stdout: '',
    stderr: 'Error response from daemon: more than one until filter specified\n',
  },
  {
    source: 'daemon/internal/filters Args.Validate(containersAcceptedFilters)',
    lines: ['docker container prune -f --filter name=web'],
    exitCode: 1,
    stdout: '',
    stderr: "Error response from daemon: invalid filter 'name'\n",
  },
  {
    source: 'opts.FilterOpt: pflag refuses a value without =',
    lines: ['docker container prune --filter web'],
    exitCode: 125,
    stdout: '',
    stderr:
      'invalid argument "web" for "--filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker container prune [OPTIONS]\n\nRun \'docker container prune --help\' for more information\n',
  },
  {
    source: 'cli/required.go NoArgs',
    lines: ['docker container prune web'],
    exitCode: 1,
    stdout: '',
    stderr:
      "docker: 'docker container prune' accepts no arguments\n\nUsage:  docker container prune [OPTIONS]\n\nRun 'docker container prune --help' for more information\n",
  },
  {
    source: 'cli/command/image/prune.go danglingWarning',
    lines: ['docker image prune'],
    exitCode: 0,
    stdout: 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] \n',
    stderr: '',
  },
  {
    source: 'image/prune.go runPrune: no dangling image on the lab host',
    lines: ['docker pull -q nginx', 'docker image prune -f'],
    exitCode: 0,
    stdout: 'Total reclaimed space: 0B\n',
    stderr: '',
  },
  {
    source: 'cli/command/image/prune.go allImageWarning (-a)',
    lines: ['docker image prune -a'],
    exitCode: 0,
    stdout:
      'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] \n',
    stderr: '',
  },
  {
    source:
      'moby daemon/containerd/image_prune.go pruneUnused (names sorted, a container keeps its name) + pruneAll (untagged, then index and manifest deleted once no name holds them)',
    lines: [
      'docker pull -q nginx',
      'docker tag nginx web',
      'docker run --name bb busybox true',
      'docker image prune -a -f',
    ],
    exitCode: 0,
    stdout: `Deleted Images:\nuntagged: nginx:latest\nuntagged: web:latest\ndeleted: ${NGINX}\ndeleted: ${NGINX_MANIFEST}\n\nTotal reclaimed space: 59.8MB\n`,
    stderr: '',
  },
  {
    source: 'image_prune.go setupFilters: the lab images carry no labels, so a label filter keeps them all',
    lines: ['docker pull -q nginx', 'docker image prune -a -f --filter label=x'],
    exitCode: 0,
    stdout: 'Total reclaimed space: 0B\n',
    stderr: '',
  },
  {
    source: 'system/prune.go confirmationTemplate with -a (image and build cache pruners)',
    lines: ['docker system prune -a'],
    exitCode: 0,
    stdout:
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all images without at least one container associated to them\n  - all build cache\n\nAre you sure you want to continue? [y/N] \n',
    stderr: '',
  },
  {
    source: 'system/prune.go runPrune -a: the container pruner first frees the image for the image pruner',
    lines: ['docker run --name bb busybox true', 'docker system prune -a -f'],
    exitCode: 0,
    stdout: `Deleted Containers:\n${replay(['docker run --name bb busybox true']).lab.containerByName('bb')!.id}\n\nDeleted Images:\nuntagged: busybox:latest\ndeleted: ${BUSYBOX}\ndeleted: ${BUSYBOX_MANIFEST}\n\nTotal reclaimed space: 2.21MB\n`,
    stderr: '',
  },
  {
    source: 'cli/command/system/prune.go confirmationTemplate (pruner.List order)',
    lines: [...SETUP, 'docker system prune'],
    exitCode: 0,
    stdout: SYSTEM_WARNING,
    stderr: '',
  },
  {
    source: 'system/prune.go confirmationTemplate with --volumes and label/until filters, naturally sorted',
    lines: ['docker system prune --volumes --filter label=b --filter label!=a --filter label=a'],
    exitCode: 0,
    stdout:
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all anonymous volumes not used by at least one container\n  - all dangling images\n  - unused build cache\n\n  Items to be pruned will be filtered with:\n  - label!=a\n  - label=a\n  - label=b\n\nAre you sure you want to continue? [y/N] \n',
    stderr: '',
  },
  {
    source: 'system/prune.go runPrune: container, then network pruner output, then the total',
    lines: [...SETUP, 'docker system prune -f'],
    exitCode: 0,
    stdout: `Deleted Containers:\n${ids.once}\n${ids.fresh}\n\nDeleted Networks:\nkept\nspare\n\nTotal reclaimed space: 0B\n`,
    stderr: '',
  },
  {
    source: 'system/prune.go: the filter goes to each pruner (network prune filter label)',
    lines: [...SETUP, 'docker system prune -f --filter label=keep=1'],
    exitCode: 0,
    stdout: `Deleted Containers:\n${ids.fresh}\n\nDeleted Networks:\nkept\n\nTotal reclaimed space: 0B\n`,
    stderr: '',
  },
  {
    source: 'cli/command/volume/prune.go pruneFn: until is refused with --volumes before the prompt',
    lines: ['docker system prune --volumes --filter until=1h'],
    exitCode: 1,
    stdout: '',
    stderr: 'ERROR: The "until" filter is not supported with "--volumes"\n',
  },
  {
    source: 'volume/prune.go + moby VolumesPrune: anonymous volumes no container uses, named ones stay',
    lines: [
      'docker run --name v1 -v /data -v named:/named busybox true',
      'docker rm v1',
      'docker system prune -f --volumes',
      'docker volume ls -q',
    ],
    exitCode: 0,
    stdout: 'named\n',
    stderr: '',
  },
  {
    source: 'cli/command/system/cmd.go newSystemCommand: NoArgs for an unknown verb',
    lines: ['docker system frob'],
    exitCode: 1,
    stdout: '',
    stderr:
      "docker: unknown command: docker system frob\n\nUsage:  docker system\n\nRun 'docker system --help' for more information\n",
  },
];

describe('docker container prune / image prune / system prune', () => {
  for (const c of ROWS) {
    it(`${c.lines[c.lines.length - 1]} (${c.source})`, () => {
      const { steps } = replay(c.lines);
      const step = steps[steps.length - 1]!;
      assert.deepEqual(
        { exitCode: step.exitCode, stdout: step.stdout, stderr: step.stderr },
        { exitCode: c.exitCode, stdout: c.stdout, stderr: c.stderr },
      );
    });
  }

  it('what system prune -f leaves: running containers, networks in use, the predefined ones', () => {
    const { steps } = replay([
      ...SETUP,
      'docker system prune -f',
      'docker ps -a --format "{{.Names}}"',
      'docker network ls --format "{{.Name}}"',
    ]);
    assert.equal(steps[steps.length - 2]!.stdout, 'live\n');
    assert.equal(steps[steps.length - 1]!.stdout, 'app\nbridge\nhost\nnone\n');
  });

  it('a declined prompt removes nothing', () => {
    const { steps } = replay([...SETUP, 'docker system prune', 'docker ps -aq | wc -l']);
    assert.equal(steps[steps.length - 1]!.stdout.trim(), '3');
  });

  it('the anonymous volume of a pruned container is not removed with it (ContainerRmConfig without RemoveVolume)', () => {
    const { steps } = replay([
      'docker run --name v1 -v /data busybox true',
      'docker container prune -f',
      'docker volume ls -q | wc -l',
    ]);
    assert.equal(steps[steps.length - 1]!.stdout.trim(), '1');
  });
});
