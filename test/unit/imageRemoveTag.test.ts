// docker rmi / image rm and docker tag / image tag over the host's images, and the `docker image`
// group's own answers: each row cites the docker/cli or moby function it follows; whole outputs.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';
import { imageDigest } from '../../src/core/catalog/imageMeta';
import { hostImages } from '../../src/core/catalog/hostImages';
import { loadLab, saveLab } from '../../src/core/lab/serialize';

const NGINX = imageDigest('nginx');
const BUSYBOX = imageDigest('busybox');
const short = (id: string) => id.slice('sha256:'.length, 'sha256:'.length + 12);
const containerId = (lines: string[], name: string) => replay(lines).lab.containerByName(name)!.id;

interface Row {
  source: string;
  lines: string[];
  exitCode: number;
  stdout: string;
  stderr: string;
}

function check(rows: readonly Row[]): void {
  for (const c of rows) {
    it(`${c.lines[c.lines.length - 1]} (${c.source})`, () => {
      const { steps } = replay(c.lines);
      const step = steps[steps.length - 1]!;
      assert.deepEqual(
        { exitCode: step.exitCode, stdout: step.stdout, stderr: step.stderr },
        { exitCode: c.exitCode, stdout: c.stdout, stderr: c.stderr },
      );
    });
  }
}

describe('docker rmi / docker image rm', () => {
  const RUN = ['docker run -d --name box busybox top'];
  const BOX = containerId(RUN, 'box');
  check([
    {
      source: 'moby daemon/containerd/image_delete.go deleteAll: the last name untagged, then the image deleted',
      lines: ['docker pull -q nginx', 'docker rmi nginx'],
      exitCode: 0,
      stdout: `Untagged: nginx:latest\nDeleted: ${NGINX}\n`,
      stderr: '',
    },
    {
      source: 'cli/command/image/remove.go newImageRemoveCommand: rm, aliases rmi and remove',
      lines: ['docker pull -q nginx', 'docker image remove nginx:latest'],
      exitCode: 0,
      stdout: `Untagged: nginx:latest\nDeleted: ${NGINX}\n`,
      stderr: '',
    },
    {
      source: 'image_delete.go ImageDelete: a name among several untags only (untagReferences)',
      lines: ['docker pull -q nginx', 'docker tag nginx web:v1', 'docker rmi nginx', 'docker images -q --no-trunc'],
      exitCode: 0,
      stdout: `${NGINX}\n`,
      stderr: '',
    },
    {
      source: 'images/image.go ErrImageDoesNotExist: TagNameOnly, familiar form',
      lines: ['docker rmi nope'],
      exitCode: 1,
      stdout: '',
      stderr: 'Error response from daemon: No such image: nope:latest\n',
    },
    {
      source: 'cli/command/image/remove.go runRemove: with -f, not-found errors are printed and the exit is 0',
      lines: ['docker rmi -f nope'],
      exitCode: 0,
      stdout: '',
      stderr: 'Error response from daemon: No such image: nope:latest\n',
    },
    {
      source: 'runRemove: the other images still go, the errors are joined at the end',
      lines: ['docker pull -q nginx', 'docker rmi nope nginx other'],
      exitCode: 1,
      stdout: `Untagged: nginx:latest\nDeleted: ${NGINX}\n`,
      stderr:
        'Error response from daemon: No such image: nope:latest\nError response from daemon: No such image: other:latest\n',
    },
    {
      source: 'image_delete.go ImageDelete: a container using the image (imageDeleteConflict, must be forced)',
      lines: [...RUN, 'docker rmi busybox'],
      exitCode: 1,
      stdout: '',
      stderr: `Error response from daemon: conflict: unable to delete busybox:latest (must be forced) - container ${BOX.slice(0, 12)} is using its referenced image ${short(BUSYBOX)}\n`,
    },
    {
      source: 'image_delete.go ImageDelete: forced, the name goes and the content stays (softImageDelete)',
      lines: [...RUN, 'docker rmi -f busybox'],
      exitCode: 0,
      stdout: 'Untagged: busybox:latest\n',
      stderr: '',
    },
    {
      source: 'image_delete.go checkImageDeleteConflict: by ID, a running container is a hard conflict',
      lines: [...RUN, `docker rmi -f ${short(BUSYBOX)}`],
      exitCode: 1,
      stdout: '',
      stderr: `Error response from daemon: conflict: unable to delete ${short(BUSYBOX)} (cannot be forced) - image is being used by running container ${BOX.slice(0, 12)}\n`,
    },
    {
      source: 'image_delete.go checkImageDeleteConflict: by ID, a stopped container must be forced',
      lines: [...RUN, 'docker stop box', `docker rmi ${short(BUSYBOX)}`],
      exitCode: 1,
      stdout: '',
      stderr: `Error response from daemon: conflict: unable to delete ${short(BUSYBOX)} (must be forced) - image is being used by stopped container ${BOX.slice(0, 12)}\n`,
    },
    {
      source: 'image_delete.go checkImageDeleteConflict: by ID, several names must be forced',
      lines: ['docker pull -q nginx', 'docker tag nginx web', `docker rmi ${short(NGINX)}`],
      exitCode: 1,
      stdout: '',
      stderr: `Error response from daemon: conflict: unable to delete ${short(NGINX)} (must be forced) - image is referenced in multiple repositories\n`,
    },
    {
      source:
        'image_delete.go deleteAll: forced by ID, every name untagged (the store lists them by name), then deleted',
      lines: ['docker pull -q nginx', 'docker tag nginx web', `docker rmi -f ${short(NGINX)}`],
      exitCode: 0,
      stdout: `Untagged: nginx:latest\nUntagged: web:latest\nDeleted: ${NGINX}\n`,
      stderr: '',
    },
    {
      source: 'cli/required.go RequiresMinArgs(1)',
      lines: ['docker rmi'],
      exitCode: 1,
      stdout: '',
      stderr:
        "docker: 'docker rmi' requires at least 1 argument\n\nUsage:  docker rmi [OPTIONS] IMAGE [IMAGE...]\n\nSee 'docker rmi --help' for more information\n",
    },
  ]);
});

describe('docker tag / docker image tag', () => {
  check([
    {
      source: 'moby daemon/containerd/image_tag.go TagImage: a second name for the same image ID',
      lines: [
        'docker pull -q nginx',
        'docker tag nginx web:v1',
        'docker images --format "{{.Repository}}:{{.Tag}} {{.ID}}"',
      ],
      exitCode: 0,
      stdout: `nginx:latest ${short(NGINX)}\nweb:v1 ${short(NGINX)}\n`,
      stderr: '',
    },
    {
      source: 'cli/command/image/cmd.go: tag under docker image; a tag of a tag names the same content',
      lines: ['docker pull -q nginx', 'docker image tag nginx web', 'docker tag web:latest web:2', 'docker images -q'],
      exitCode: 0,
      stdout: `${short(NGINX)}\n${short(NGINX)}\n${short(NGINX)}\n`,
      stderr: '',
    },
    {
      source: 'image_tag.go: the source must exist (ErrImageDoesNotExist)',
      lines: ['docker tag nope web'],
      exitCode: 1,
      stdout: '',
      stderr: 'Error response from daemon: No such image: nope:latest\n',
    },
    {
      source: 'moby client/image_tag.go ImageTag: the target parsed first (ParseNormalizedNamed, lowercase)',
      lines: ['docker pull -q nginx', 'docker tag nginx Web'],
      exitCode: 1,
      stdout: '',
      stderr:
        'error parsing reference: "Web" is not a valid repository/tag: invalid reference format: repository name (library/Web) must be lowercase\n',
    },
    {
      source: 'client/image_tag.go ImageTag: a malformed source',
      lines: ['docker tag ngi__::nx web'],
      exitCode: 1,
      stdout: '',
      stderr: 'error parsing reference: "ngi__::nx" is not a valid repository/tag: invalid reference format\n',
    },
    {
      source: 'client/image_tag.go ImageTag: no digest in the target',
      lines: ['docker pull -q nginx', `docker tag nginx web@${NGINX}`],
      exitCode: 1,
      stdout: '',
      stderr: 'refusing to create a tag with a digest reference\n',
    },
    {
      source: 'cli/command/image/tag.go ExactArgs(2)',
      lines: ['docker tag nginx'],
      exitCode: 1,
      stdout: '',
      stderr:
        "docker: 'docker tag' requires 2 arguments\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker tag --help' for more information\n",
    },
    {
      source: 'image_tag.go TagImage: a name already held moves to the new image',
      lines: [
        'docker pull -q nginx',
        'docker pull -q busybox',
        'docker tag nginx app',
        'docker tag busybox app',
        'docker images --format "{{.Repository}} {{.ID}}"',
      ],
      exitCode: 0,
      stdout: `nginx ${short(NGINX)}\napp ${short(BUSYBOX)}\nbusybox ${short(BUSYBOX)}\n`,
      stderr: '',
    },
  ]);
});

describe('containers from a tagged name or an image ID (moby daemon/create.go GetImage)', () => {
  check([
    {
      source: 'GetImage: a name docker tag gave is on the host, so run neither pulls nor fails; it runs the source',
      lines: [
        'docker pull -q nginx',
        'docker tag nginx myweb:1.0',
        'docker run -d --name w1 -p 8080:80 myweb:1.0',
        'curl -s -o /dev/null -w "%{http_code}" localhost:8080',
      ],
      exitCode: 0,
      stdout: '200',
      stderr: '',
    },
    {
      source: 'container/view.go: the IMAGE column and Config.Image keep the name given; .Image is the content ID',
      lines: [
        'docker pull -q nginx',
        'docker tag nginx myweb:1.0',
        'docker run -d --name w1 myweb:1.0',
        'docker ps --format "{{.Image}}" && docker inspect -f "{{.Config.Image}} {{.Image}}" w1',
      ],
      exitCode: 0,
      stdout: `myweb:1.0\nmyweb:1.0 ${NGINX}\n`,
      stderr: '',
    },
    {
      source: 'GetImage: a tag reusing a catalogue name runs its own content (busybox has no nginx)',
      lines: [
        'docker pull -q busybox',
        'docker tag busybox nginx:mine',
        'docker run --rm nginx:mine nslookup -h 2>&1 | head -1',
      ],
      exitCode: 0,
      stdout: 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n',
      stderr: '',
    },
    {
      source: 'GetImage: a short image ID names the image',
      lines: ['docker pull -q busybox', `docker run --rm ${short(BUSYBOX)} echo from-id`],
      exitCode: 0,
      stdout: 'from-id\n',
      stderr: '',
    },
    {
      source: 'docker/cli image/tree.go runTree: each name of an image in use shows U (the count is per image)',
      lines: ['docker pull -q nginx', 'docker tag nginx web:v1', 'docker run -d --name w1 nginx', 'docker images'],
      exitCode: 0,
      stdout: [
        'IMAGE          ID             DISK USAGE   CONTENT SIZE   EXTRA',
        `nginx:latest   ${short(NGINX)}        225MB         59.8MB   U    `,
        `web:v1         ${short(NGINX)}        225MB         59.8MB   U    `,
        '',
      ].join('\n'),
      stderr: '',
    },
    {
      source: 'GetImage: a tag that is not on the host is still pulled, and the registry has no such repository',
      lines: ['docker pull -q nginx', 'docker run --rm myweb:1.0'],
      exitCode: 125,
      stdout: '',
      stderr:
        "Unable to find image 'myweb:1.0' locally\ndocker: Error response from daemon: pull access denied for myweb, repository does not exist or may require 'docker login'\n\nRun 'docker run --help' for more information\n",
    },
  ]);

  it('a container from a tag keeps running its source in a saved lab', () => {
    const { lab } = replay(['docker pull -q busybox', 'docker tag busybox tools', 'docker create --name t1 tools']);
    const copy = loadLab(JSON.parse(JSON.stringify(saveLab(lab))) as unknown);
    assert.equal(copy.containerByName('t1')!.imageSource, 'busybox');
  });
});

describe('docker image (management command)', () => {
  const HELP = `
Usage:  docker image COMMAND

Manage images

Commands:
  build       Build an image from a Dockerfile
  history     Show the history of an image
  import      Import the contents from a tarball to create a filesystem image
  inspect     Display detailed information on one or more images
  load        Load an image from a tar archive or STDIN
  ls          List images
  prune       Remove unused images
  pull        Download an image from a registry
  push        Upload an image to a registry
  rm          Remove one or more images
  save        Save one or more images to a tar archive (streamed to STDOUT by default)
  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE

Run 'docker image COMMAND --help' for more information on a command.
`;
  check([
    {
      source: 'cli/command/image/cmd.go newImageCommand RunE: command.ShowHelp(dockerCli.Err())',
      lines: ['docker image'],
      exitCode: 0,
      stdout: '',
      stderr: HELP,
    },
    {
      source: 'cli/required.go NoArgs (HasSubCommands)',
      lines: ['docker image frob'],
      exitCode: 1,
      stdout: '',
      stderr:
        "docker: unknown command: docker image frob\n\nUsage:  docker image\n\nRun 'docker image --help' for more information\n",
    },
  ]);
});

describe('a tag in a saved lab', () => {
  it('keeps the content it names across save and load (serialize.ts LabImage.source)', () => {
    const { lab } = replay(['docker pull -q nginx', 'docker tag nginx web:v1']);
    const copy = loadLab(JSON.parse(JSON.stringify(saveLab(lab))) as unknown);
    assert.deepEqual(
      hostImages(copy).map((i) => `${i.repoTag} ${i.id}`),
      [`nginx:latest ${NGINX}`, `web:v1 ${NGINX}`],
    );
  });
});
