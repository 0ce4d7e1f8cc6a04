// The shell around the tools: pipelines, lists, quoting and unknown programs.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

describe('shell lines', () => {
  it('pipes one program into the next', () => {
    const { steps } = replay([
      'docker run -d --name web -p 8080:80 nginx',
      'docker ps | grep web | wc -l',
      'docker run --rm busybox ip addr | grep inet | head -1',
    ]);
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
  it('$HOSTNAME and hostname agree in a host-mode container with -h', () => {
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
    const { steps, lab } = replay([
      'docker run -d --name web nginx',
      'docker run --name once busybox true',
      'docker rm -f $(docker ps -aq)',
    ]);
    assert.equal(steps[2]!.exitCode, 0, steps[2]!.stderr);
    assert.equal(lab.containers.size, 0);
  });

  it('splits unquoted output into words, keeps quoted output whole, and honours pipes inside', () => {
    const { steps } = replay([
      `echo "$(echo 'a  b')" $(echo 'c  d')`,
      'echo $(docker ps | grep -c CONTAINER)',
      "echo '$(hostname)'",
    ]);
    assert.equal(steps[0]!.stdout, 'a  b c d\n');
    assert.equal(steps[1]!.stdout, '1\n');
    assert.equal(steps[2]!.stdout, '$(hostname)\n');
  });

  it('inspects by a substituted ID', () => {
    const { steps } = replay(['docker run -d --name web nginx', "docker inspect -f '{{.Name}}' $(docker ps -q)"]);
    assert.equal(steps[1]!.stdout, '/web\n');
  });
});

describe('builtins and redirections', () => {
  it('exit ends the list with its status, and $? carries over to the next line', () => {
    const { steps } = replay(["docker run --rm busybox sh -c 'exit 3; echo never'", 'echo $?']);
    assert.equal(steps[0]!.exitCode, 3);
    assert.equal(steps[0]!.stdout, '');
    assert.equal(steps[1]!.stdout, '3\n');
  });

  it('routes output with >/dev/null, 2>/dev/null, >&2 and 2>&1', () => {
    const { steps } = replay([
      "docker run --rm busybox sh -c 'echo out >/dev/null; echo err >&2'",
      'docker rm nope 2>/dev/null || echo gone',
      'docker rm nope 2>&1 | grep -c "No such container"',
    ]);
    assert.deepEqual([steps[0]!.stdout, steps[0]!.stderr], ['', 'err\n']);
    assert.deepEqual([steps[1]!.stdout, steps[1]!.stderr], ['gone\n', '']);
    assert.equal(steps[2]!.stdout, '1\n');
  });

  it('hostname -i, -s and -d', () => {
    const { steps } = replay([
      "docker run --rm -h web.example.com busybox sh -c 'hostname -i; hostname -s; hostname -d'",
    ]);
    assert.equal(steps[0]!.stdout, '172.17.0.2\nweb\nexample.com\n');
  });
});
