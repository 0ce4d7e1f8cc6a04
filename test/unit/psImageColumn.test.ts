// The IMAGE of a listed container: moby daemon/list.go refreshImage (the reference it was created
// from while that still names its image, else the image ID), then docker/cli formatter
// ContainerContext.Image (short ID, familiar name, digest dropped) unless --no-trunc. Compose's
// rows are in composeCommands.test.ts.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';
import { imageDigest } from '../../src/core/catalog/imageMeta';
import { imageColumn } from '../../src/commandLine/print/psTable';

const NGINX = imageDigest('nginx');
const BUSYBOX = imageDigest('busybox');
const SHORT = NGINX.slice('sha256:'.length, 'sha256:'.length + 12);

function last(lines: string[]): string {
  const { steps } = replay(lines);
  const step = steps[steps.length - 1]!;
  assert.equal(step.stderr, '');
  return step.stdout;
}

describe('docker ps IMAGE: refreshImage, then ContainerContext.Image', () => {
  const rows: { source: string; lines: string[]; stdout: string }[] = [
    {
      source: 'formatter.ContainerContext.Image: the familiar name of a full reference',
      lines: ['docker run -d --name w1 docker.io/library/nginx:latest', 'docker ps --format "{{.Image}}"'],
      stdout: 'nginx:latest\n',
    },
    {
      source: 'formatter.ContainerContext.Image: no tag given, none added',
      lines: ['docker run -d --name w1 library/nginx', 'docker ps --format "{{.Image}}"'],
      stdout: 'nginx\n',
    },
    {
      source: 'formatter.ContainerContext.Image: --no-trunc shows the reference as created',
      lines: ['docker run -d --name w1 docker.io/library/nginx:latest', 'docker ps --no-trunc --format "{{.Image}}"'],
      stdout: 'docker.io/library/nginx:latest\n',
    },
    {
      source: 'list.go refreshImage: the tag still names the image, so it stays',
      lines: [
        'docker pull -q nginx',
        'docker tag nginx web:v1',
        'docker run -d --name w1 web:v1',
        'docker ps --format "{{.Image}}"',
      ],
      stdout: 'web:v1\n',
    },
    {
      source: 'list.go refreshImage: the tag was removed, so the image ID (GetImage not found)',
      lines: [
        'docker pull -q nginx',
        'docker tag nginx web:v1',
        'docker run -d --name w1 web:v1',
        'docker rmi web:v1',
        'docker ps --no-trunc --format "{{.Image}}"',
      ],
      stdout: `${NGINX}\n`,
    },
    {
      source: 'list.go refreshImage + ContainerContext.Image: the ID, truncated like an ID',
      lines: [
        'docker pull -q nginx',
        'docker tag nginx web:v1',
        'docker run -d --name w1 web:v1',
        'docker rmi web:v1',
        'docker ps --format "{{.Image}}"',
      ],
      stdout: `${SHORT}\n`,
    },
    {
      source: 'list.go refreshImage: the tag now names another image, so the ID it ran',
      lines: [
        'docker pull -q nginx',
        'docker pull -q busybox',
        'docker tag nginx web:v1',
        'docker run -d --name w1 web:v1',
        'docker tag busybox web:v1',
        'docker ps --format "{{.Image}}"',
      ],
      stdout: `${SHORT}\n`,
    },
    {
      source: 'list.go refreshImage: a container created from a short ID keeps it while the image exists',
      lines: ['docker pull -q nginx', `docker run -d --name w1 ${SHORT}`, 'docker ps --no-trunc --format "{{.Image}}"'],
      stdout: `${SHORT}\n`,
    },
  ];
  for (const r of rows)
    it(`${r.lines[r.lines.length - 1]} after ${r.lines[r.lines.length - 2]} (${r.source})`, () => {
      assert.equal(last(r.lines), r.stdout);
    });
  it('docker ps table after rmi -f nginx shows the short image ID (list.go refreshImage)', () => {
    const out = last(['docker run -d --name w1 nginx', 'docker rmi -f nginx', 'docker ps']);
    assert.match(out.split('\n')[1]!, new RegExp(`^[0-9a-f]{12}   ${SHORT}   "/docker-entrypoint`));
  });
  it('creating a container from an image ID adds no image named after the ID (daemon/create.go GetImage)', () => {
    assert.equal(last(['docker pull -q nginx', `docker run -d --name w1 ${SHORT}`, 'docker images -q']), `${SHORT}\n`);
  });
});

describe('formatter.ContainerContext.Image (docker/cli cli/command/formatter/container.go)', () => {
  const table: [string, string, boolean, string][] = [
    ['nginx', NGINX, true, 'nginx'],
    ['nginx:1.27', NGINX, true, 'nginx:1.27'],
    ['docker.io/library/nginx:1.27', NGINX, true, 'nginx:1.27'],
    ['index.docker.io/library/nginx', NGINX, true, 'nginx'],
    ['nicolaka/netshoot:v0.13', NGINX, true, 'nicolaka/netshoot:v0.13'],
    [`nginx:1.27@${BUSYBOX}`, NGINX, true, 'nginx:1.27'],
    [`nginx@${BUSYBOX}`, NGINX, true, 'nginx'],
    // TruncateID cuts at the first colon, so a digest reference whose digest is the image ID shows the ID.
    [`nginx@${NGINX}`, NGINX, true, SHORT],
    [NGINX, NGINX, true, SHORT],
    [SHORT, NGINX, true, SHORT],
    [NGINX, NGINX, false, NGINX],
    ['docker.io/library/nginx:1.27', NGINX, false, 'docker.io/library/nginx:1.27'],
  ];
  for (const [listed, id, trunc, want] of table)
    it(`${listed} ${trunc ? '' : '--no-trunc '}→ ${want}`, () => assert.equal(imageColumn(listed, id, trunc), want));
});
