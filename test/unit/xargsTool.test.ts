// xargs on the host (GNU findutils) and in busybox containers: stdin's words appended to the command,
// -n, -I, -r, and its exit statuses (findutils xargs.c: 123 when a run failed, 124 on 255, 127 not found).
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const LAB = ['docker run -d --name web nginx', 'docker run -d --name db redis'];
const last = (lines: string[]) => {
  const steps = replay([...LAB, ...lines]).steps;
  const s = steps[steps.length - 1]!;
  return { stdout: s.stdout, stderr: s.stderr, exitCode: s.exitCode };
};

describe('xargs', () => {
  it("appends stdin's words to the command, once", () => {
    assert.deepEqual(last(["docker ps -q | xargs docker inspect -f '{{.Name}}'"]), {
      stdout: '/db\n/web\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('-n 1: once per word', () => {
    assert.equal(last(['docker ps --format "{{.Names}}" | xargs -n 1 echo name']).stdout, 'name db\nname web\n');
  });

  it('-I: once per line, the token replaced', () => {
    assert.equal(last(['docker ps --format "{{.Names}}" | xargs -I {} echo [{}]']).stdout, '[db]\n[web]\n');
  });

  it('without input the command still runs once; its failure is xargs status 123', () => {
    const out = last(['docker rm -f web db', 'docker ps -aq | xargs docker rm -f']);
    assert.equal(out.exitCode, 123);
    assert.match(out.stderr, /^docker: 'docker rm' requires at least 1 argument\n/);
  });

  it('-r: nothing runs without input', () => {
    assert.deepEqual(last(['docker rm -f web db', 'docker ps -aq | xargs -r docker rm -f']), {
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
  });

  it('echo by default; a command that is not there is 127', () => {
    assert.equal(last(['echo a  b | xargs']).stdout, 'a b\n');
    assert.equal(last(['echo a | xargs nosuchprogram']).exitCode, 127);
  });

  it("busybox's applet in a busybox container", () => {
    assert.equal(last(["docker run --rm busybox sh -c 'echo x y | xargs echo got'"]).stdout, 'got x y\n');
  });
});
