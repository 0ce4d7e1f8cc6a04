// The shell around the tools: pipelines, lists, quoting and unknown programs.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

describe('shell lines', () => {
  it('pipes one program into the next', () => {
    const { steps } = replay(['docker run -d --name web -p 8080:80 nginx', 'docker ps | grep web | wc -l', 'docker run --rm busybox ip addr | grep inet | head -1']);
    assert.equal(steps[1]!.stdout, '1\n');
    assert.equal(steps[2]!.stdout, '    inet 127.0.0.1/8 scope host lo\n');
  });

  it('runs && only after success and || only after failure', () => {
    const { steps } = replay(['false && echo no || echo yes', 'true && echo both; echo always']);
    assert.equal(steps[0]!.stdout, 'yes\n');
    assert.equal(steps[1]!.stdout, 'both\nalways\n');
  });

  it('keeps a quoted | inside its word', () => {
    const { steps } = replay(["echo 'a | b'"]);
    assert.equal(steps[0]!.stdout, 'a | b\n');
  });

  it('grep exits 1 when nothing matches', () => {
    const { steps } = replay(['docker ps | grep nothing-here']);
    assert.equal(steps[0]!.exitCode, 1);
  });

  it('reports unknown programs the way the shell at hand does', () => {
    const { steps } = replay(['frobnicate', 'docker run -it busybox sh', 'frobnicate', 'docker ps']);
    assert.equal(steps[0]!.stderr, '-bash: frobnicate: command not found\n');
    assert.equal(steps[2]!.stderr, 'sh: frobnicate: not found\n');
    assert.equal(steps[3]!.stderr, 'sh: docker: not found\n');
    assert.equal(steps[3]!.exitCode, 127);
  });

  it('reports an unterminated quote', () => {
    const { steps } = replay(["echo 'oops"]);
    assert.equal(steps[0]!.exitCode, 2);
    assert.ok(steps[0]!.stderr.includes('unterminated quoted string'));
  });
});

describe('shell variables', () => {
  it("T47: $HOSTNAME and hostname agree in a host-mode container with -h", () => {
    const { steps } = replay(["docker run --rm --net=host -h foobar busybox sh -c 'echo $HOSTNAME && hostname'"]);
    assert.equal(steps[0]!.stdout, 'foobar\nfoobar\n');
  });

  it('the host shell expands in double quotes and not in single quotes', () => {
    const { steps } = replay([`echo "$HOSTNAME" '$HOSTNAME'`]);
    assert.equal(steps[0]!.stdout, 'docker-host $HOSTNAME\n');
  });

  it('-e values and $? are visible inside the container', () => {
    const { steps } = replay([`docker run --rm -e GREETING=hi busybox sh -c 'echo $GREETING; false; echo $?'`]);
    assert.equal(steps[0]!.stdout, 'hi\n1\n');
  });
});

describe('command substitution', () => {
  it('docker rm -f $(docker ps -aq) removes everything', () => {
    const { steps, lab } = replay(['docker run -d --name web nginx', 'docker run --name once busybox true', 'docker rm -f $(docker ps -aq)']);
    assert.equal(steps[2]!.exitCode, 0, steps[2]!.stderr);
    assert.equal(lab.containers.size, 0);
  });

  it('splits unquoted output into words, keeps quoted output whole, and honours pipes inside', () => {
    const { steps } = replay([`echo "$(echo 'a  b')" $(echo 'c  d')`, 'echo $(docker ps | grep -c CONTAINER)', "echo '$(hostname)'"]);
    assert.equal(steps[0]!.stdout, 'a  b c d\n');
    assert.equal(steps[1]!.stdout, '1\n');
    assert.equal(steps[2]!.stdout, '$(hostname)\n');
  });

  it('inspects by a substituted ID', () => {
    const { steps } = replay(['docker run -d --name web nginx', "docker inspect -f '{{.Name}}' $(docker ps -q)"]);
    assert.equal(steps[1]!.stdout, '/web\n');
  });
});
