// The image catalogue: what exists on the simulated host, what pulling anything else gives, and
// which programs each image's filesystem has.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

describe('images', () => {
  it('hello-world prints its greeting and exits 0', () => {
    const { steps, lab } = replay(['docker run --name hi hello-world']);
    assert.equal(steps[0]!.exitCode, 0);
    assert.ok(steps[0]!.stdout.includes('Hello from Docker!'));
    assert.equal(lab.containerByName('hi')!.state, 'exited');
  });

  it('an image the registry does not have: the CLI tries to pull and the daemon refuses', () => {
    const { steps, lab } = replay(['docker run foo/bar']);
    assert.equal(steps[0]!.exitCode, 125);
    assert.equal(
      steps[0]!.stderr,
      "Unable to find image 'foo/bar:latest' locally\ndocker: Error response from daemon: pull access denied for foo/bar, repository does not exist or may require 'docker login'\n\nRun 'docker run --help' for more information\n",
    );
    assert.equal(lab.containers.size, 0);
  });

  it('tags and registries name the same catalogue image', () => {
    const { steps } = replay([
      'docker run -d nginx:1.27-alpine',
      'docker run -d docker.io/library/redis:7',
      'docker ps --format {{.Image}}',
      'docker ps --no-trunc --format {{.Image}}',
    ]);
    // docker/cli formatter ContainerContext.Image: the familiar name, unless --no-trunc.
    assert.equal(steps[2]!.stdout, 'redis:7\nnginx:1.27-alpine\n');
    assert.equal(steps[3]!.stdout, 'docker.io/library/redis:7\nnginx:1.27-alpine\n');
  });

  it('upper-case repositories are an invalid reference', () => {
    const { steps } = replay(['docker run Ubuntu']);
    assert.equal(steps[0]!.exitCode, 125);
    assert.ok(
      steps[0]!.stderr.startsWith(
        'docker: invalid reference format: repository name (library/Ubuntu) must be lowercase\n',
      ),
    );
  });

  it('Debian-based images have no network tools, and their shell says so its own way', () => {
    const { steps } = replay([
      'docker run -d --name web nginx',
      'docker exec web ip addr',
      "docker exec web sh -c 'nslookup db'",
      'docker exec web hostname',
    ]);
    assert.equal(steps[1]!.exitCode, 127);
    assert.ok(steps[1]!.stderr.includes('exec: "ip": executable file not found in $PATH'));
    assert.equal(steps[2]!.stderr, 'sh: 1: nslookup: not found\n');
    assert.equal(steps[3]!.exitCode, 0);
  });

  it("an interactive shell prompts like the image's shell", () => {
    const { session } = replay(['docker run -it --name u1 -h box ubuntu bash']);
    assert.equal(session.prompt(), 'root@box:/# ');
    const { session: bb } = replay(['docker run -it busybox sh']);
    assert.equal(bb.prompt(), '/ # ');
  });

  it('nicolaka/netshoot has every tool, curl included', () => {
    const { steps } = replay([
      'docker run -d -p 8080:80 nginx',
      'docker run --rm nicolaka/netshoot curl -s http://172.17.0.1:8080',
    ]);
    assert.ok(steps[1]!.stdout.includes('Welcome to nginx!'), steps[1]!.stderr);
  });
});
