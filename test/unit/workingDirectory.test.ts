// cd and pwd: each shell's working directory, worded as bash (host), busybox ash and dash answer.
import * as assert from 'node:assert/strict';
import { MemoryFiles } from '../../src/core/files/memoryFiles';
import { Lab } from '../../src/core/lab/lab';
import { Session } from '../../src/commandLine/session';

const files = () =>
  new MemoryFiles({ '/home/u/proj/compose.yaml': 'services: {}\n', '/home/u/notes.txt': 'hi\n' }, ['/home/u/proj/sub']);

function session(cwd = '/home/u'): Session {
  return new Session(new Lab({ seed: 0 }), { cwd, files: files() });
}

const run = (s: Session, line: string) => s.execute(line).output;

describe('cd and pwd on the host (bash)', () => {
  it('starts in the folder it was given, which is also $HOME and ~ in the prompt', () => {
    const s = session();
    assert.equal(run(s, 'pwd').stdout, '/home/u\n');
    assert.equal(run(s, 'echo $HOME $PWD').stdout, '/home/u /home/u\n');
    assert.equal(s.prompt(), '[root@docker-host ~]# ');
  });

  it('cd changes the folder relative to the current one; .. and . fold; the prompt shows the last part', () => {
    const s = session();
    assert.deepEqual(run(s, 'cd proj'), { stdout: '', stderr: '', exitCode: 0 });
    assert.equal(run(s, 'pwd').stdout, '/home/u/proj\n');
    assert.equal(s.prompt(), '[root@docker-host proj]# ');
    run(s, 'cd ./sub/../sub');
    assert.equal(run(s, 'pwd').stdout, '/home/u/proj/sub\n');
    run(s, 'cd ../..');
    assert.equal(run(s, 'pwd').stdout, '/home/u\n');
    run(s, 'cd /');
    assert.equal(s.prompt(), '[root@docker-host /]# ');
  });

  it('cd alone and cd ~ go home; cd - goes back and prints where it went', () => {
    const s = session();
    run(s, 'cd proj/sub');
    assert.equal(run(s, 'cd').exitCode, 0);
    assert.equal(run(s, 'pwd').stdout, '/home/u\n');
    assert.deepEqual(run(s, 'cd -'), { stdout: '/home/u/proj/sub\n', stderr: '', exitCode: 0 });
    assert.equal(run(s, 'echo $OLDPWD').stdout, '/home/u\n');
    run(s, 'cd ~/proj');
    assert.equal(run(s, 'pwd').stdout, '/home/u/proj\n');
  });

  it("fails in bash's words: a missing folder, a file, two folders, no OLDPWD", () => {
    const s = session();
    assert.deepEqual(run(s, 'cd nosuch'), {
      stdout: '',
      stderr: '-bash: cd: nosuch: No such file or directory\n',
      exitCode: 1,
    });
    assert.equal(run(s, 'echo $?').stdout, '1\n');
    assert.deepEqual(run(s, 'cd notes.txt'), {
      stdout: '',
      stderr: '-bash: cd: notes.txt: Not a directory\n',
      exitCode: 1,
    });
    assert.deepEqual(run(s, 'cd proj sub'), { stdout: '', stderr: '-bash: cd: too many arguments\n', exitCode: 2 });
    assert.deepEqual(run(s, 'cd -'), { stdout: '', stderr: '-bash: cd: OLDPWD not set\n', exitCode: 1 });
    assert.equal(run(s, 'pwd').stdout, '/home/u\n');
    assert.deepEqual(run(s, 'cd nosuch 2>/dev/null || echo failed'), { stdout: 'failed\n', stderr: '', exitCode: 0 });
  });

  it('the folders the lab models exist whatever the files: cd /etc, then cat hosts relative to it', () => {
    const s = new Session(new Lab({ seed: 0 }));
    assert.equal(run(s, 'pwd').stdout, '/root\n');
    assert.equal(run(s, 'cd /etc').exitCode, 0);
    assert.ok(run(s, 'cat hosts').stdout.includes('localhost'));
  });

  it('cat reads the session files relative to the working directory', () => {
    const s = session();
    assert.equal(run(s, 'cat notes.txt').stdout, 'hi\n');
    run(s, 'cd proj');
    assert.equal(run(s, 'cat ../notes.txt').stdout, 'hi\n');
  });

  it('a subshell (sh -c, a pipeline, $(...)) changes its own folder, not the session one', () => {
    const s = session();
    assert.equal(run(s, "sh -c 'cd proj; pwd'").stdout, '/home/u/proj\n');
    assert.equal(run(s, 'cd proj | cat; pwd').stdout, '/home/u\n');
    assert.equal(run(s, 'echo $(cd proj; pwd) $(pwd)').stdout, '/home/u/proj /home/u\n');
    assert.equal(run(s, 'cd proj && pwd').stdout, '/home/u/proj\n');
  });
});

describe('cd and pwd in a container', () => {
  it("busybox ash: starts at /, its prompt follows, and it fails in ash's words with status 2", () => {
    const s = session();
    run(s, 'docker run -it busybox sh');
    assert.equal(run(s, 'pwd').stdout, '/\n');
    run(s, 'cd /etc');
    assert.equal(s.prompt(), '/etc # ');
    assert.ok(run(s, 'cat hosts').stdout.includes('localhost'));
    assert.deepEqual(run(s, 'cd /home/u'), {
      stdout: '',
      stderr: "sh: cd: can't cd to /home/u: No such file or directory\n",
      exitCode: 2,
    });
    assert.deepEqual(run(s, 'cd /etc/hosts'), {
      stdout: '',
      stderr: "sh: cd: can't cd to /etc/hosts: Not a directory\n",
      exitCode: 2,
    });
    run(s, 'cd');
    assert.equal(s.prompt(), '~ # ');
    assert.equal(run(s, 'pwd').stdout, '/root\n');
    run(s, 'cd /sys/class/net');
    assert.equal(run(s, 'ls').stdout, 'eth0\nlo\n');
    run(s, 'exit');
    assert.equal(run(s, 'pwd').stdout, '/home/u\n', 'the host shell kept its folder');
  });

  it("Debian images answer in dash's words", () => {
    const s = session();
    run(s, 'docker run -it --name deb -h box debian');
    assert.deepEqual(run(s, 'cd /nope'), { stdout: '', stderr: "sh: 1: cd: can't cd to /nope\n", exitCode: 2 });
    run(s, 'cd /tmp');
    assert.equal(s.prompt(), 'root@box:/tmp# ');
  });

  it('docker exec runs in a fresh process at /: pwd is a program there, cd is not', () => {
    const s = session();
    run(s, 'docker run -d --name web nginx');
    assert.equal(run(s, 'docker exec web pwd').stdout, '/\n');
    assert.equal(run(s, 'docker exec web cd /tmp').exitCode, 127);
  });
});
