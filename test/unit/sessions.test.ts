// One lab, a session per consumer: each has its own folder, $? and shell; argv runs as given.
import * as assert from 'node:assert/strict';
import { MemoryFiles } from '../../src/core/files/memoryFiles';
import { Lab } from '../../src/core/lab/lab';
import { Session } from '../../src/commandLine/session';
import { quoteArgv, tokenize } from '../../src/core/text/shellWords';

describe('sessions sharing a lab', () => {
  it('see the same containers, each with its own folder, $? and shell', () => {
    const lab = new Lab({ seed: 0 });
    const files = new MemoryFiles({}, ['/a', '/b']);
    const one = new Session(lab, { cwd: '/a', files });
    const two = new Session(lab, { cwd: '/b', files });
    one.execute('docker run -d --name web nginx');
    assert.equal(two.execute('docker ps --format {{.Names}}').output.stdout, 'web\n');
    one.execute('cd /');
    one.execute('false');
    assert.equal(two.execute('echo $? $(pwd)').output.stdout, '0 /b\n');
    assert.equal(one.execute('echo $? $(pwd)').output.stdout, '1 /\n');
    one.execute('docker exec -it web sh');
    assert.equal(one.contextName, 'web');
    assert.equal(two.contextName, 'host');
  });
});

describe('Session.executeArgv', () => {
  it('runs the words as given: no quoting, expansion or redirection to get wrong', () => {
    const s = new Session(new Lab({ seed: 0 }));
    const r = s.executeArgv(['echo', "it's $HOME", '>', '/dev/null', '; ls']);
    assert.equal(r.output.stdout, "it's $HOME > /dev/null ; ls\n");
    assert.equal(r.command, "echo 'it'\\''s $HOME' '>' /dev/null '; ls'");
    assert.equal(r.context, 'host');
  });

  it('runs docker on the host and builtins in the shell at hand', () => {
    const s = new Session(new Lab({ seed: 0 }));
    const created = s.executeArgv(['docker', 'run', '-dit', '--name', 'box', '--network=none', 'busybox']);
    assert.equal(created.output.exitCode, 0, created.output.stderr);
    const entered = s.executeArgv(['docker', 'exec', '-it', 'box', 'sh']);
    assert.equal(entered.enteredShell, true);
    assert.equal(s.executeArgv(['cd', '/etc']).output.exitCode, 0);
    assert.equal(s.executeArgv(['pwd']).output.stdout, '/etc\n');
    assert.equal(s.executeArgv(['docker', 'ps']).output.exitCode, 127, 'no docker inside the container');
    s.executeArgv(['exit']);
    assert.equal(s.contextName, 'host');
    assert.equal(s.executeArgv(['docker', 'rm', '-f', 'box']).output.stdout, 'box\n');
  });

  it('quoteArgv shows argv as a line that splits back into the same words', () => {
    for (const argv of [
      ['a', ''],
      ["it's", 'a "b"', '$x', 'back\\slash'],
      ['--network=container:web', 'x y'],
    ]) {
      assert.deepEqual(tokenize(quoteArgv(argv)), argv);
    }
  });
});
