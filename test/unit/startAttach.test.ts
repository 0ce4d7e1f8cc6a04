// docker start -a / -i (docker/cli cli/command/container/start.go RunStart): one container only,
// looked up before anything (its error alone), then attached: its output and its exit code.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const CREATE = 'docker create --name hi busybox sh -c "echo hello; exit 3"';
const last = (lines: string[]) => {
  const { steps, session } = replay(lines);
  const s = steps[steps.length - 1]!;
  return { out: { stdout: s.stdout, stderr: s.stderr, exitCode: s.exitCode }, session };
};

describe('docker start -a and -i (docker/cli start.go RunStart)', () => {
  it("-a: the container's output and exit code, not its name", () => {
    assert.deepEqual(last([CREATE, 'docker start -a hi']).out, { stdout: 'hello\n', stderr: '', exitCode: 3 });
  });

  it('without -a: the name, exit 0', () => {
    assert.deepEqual(last([CREATE, 'docker start hi']).out, { stdout: 'hi\n', stderr: '', exitCode: 0 });
  });

  it('-a with two containers: the CLI refuses before anything', () => {
    assert.deepEqual(last([CREATE, 'docker start -a hi hi']).out, {
      stdout: '',
      stderr: 'you cannot start and attach multiple containers at once\n',
      exitCode: 1,
    });
  });

  it('-a with a container that does not exist: the inspect error alone', () => {
    assert.deepEqual(last(['docker start -a nope']).out, {
      stdout: '',
      stderr: 'Error response from daemon: No such container: nope\n',
      exitCode: 1,
    });
  });

  it('-ai on a container created with -it: its shell takes the terminal', () => {
    const { session } = last(['docker create -it --name box busybox', 'docker start -ai box']);
    assert.equal(session.execute('hostname').context, 'box');
    assert.equal(session.execute('exit').context, 'box');
    assert.equal(session.execute('hostname').context, 'host');
  });
});
