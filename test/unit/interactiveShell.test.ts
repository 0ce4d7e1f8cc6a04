// The lab terminal's shell without VS Code: typed and pasted input, prompts of the host and of
// container shells, colours, Ctrl+C/D/L, history and Tab, as a fake xterm shows them.
import * as assert from 'node:assert/strict';
import { Lab } from '../../src/core/lab/lab';
import { Session } from '../../src/commandLine/session';
import { History } from '../../src/commandLine/terminal/history';
import { InteractiveShell, type ShellSession } from '../../src/commandLine/terminal/interactiveShell';
import { outputText } from '../../src/commandLine/terminal/outputText';
import { candidateList } from '../../src/commandLine/terminal/candidateList';
import { FakeTerminal } from './fakeTerminal';

const HOST = '[root@docker-host ~]# ';

function open(session: ShellSession = new Session(new Lab({ seed: 0 })), columns = 100) {
  const screen = new FakeTerminal(columns);
  const raw: string[] = [];
  let closed = false;
  const shell = new InteractiveShell(
    session,
    {
      write: (data) => {
        raw.push(data);
        screen.write(data);
      },
      close: () => {
        closed = true;
      },
    },
    { columns },
  );
  shell.start();
  return { shell, screen, raw, session, closed: () => closed, lastRow: () => screen.lines().at(-1)! };
}

describe('lab terminal shell', () => {
  it('shows the host prompt and runs each line, printing its output', () => {
    const t = open();
    assert.equal(t.screen.text(), HOST.trimEnd());
    assert.equal(t.raw[0], '\x1b[?2004h', 'bracketed paste on');
    t.shell.input('echo hello\r');
    assert.deepEqual(t.screen.lines(), [`${HOST}echo hello`, 'hello', HOST.trimEnd()]);
  });

  it('starts the prompt on a fresh row after output without a final newline', () => {
    const t = open();
    t.shell.input('echo -n hi\r');
    assert.deepEqual(t.screen.lines(), [`${HOST}echo -n hi`, 'hi', HOST.trimEnd()]);
  });

  it('runs pasted lines one by one, each echoed after its prompt', () => {
    const t = open();
    t.shell.input('docker run -d --name web -p 8080:80 nginx\rwget -qO- localhost:8080\rhostname');
    const lines = t.screen.lines();
    assert.equal(lines[0], `${HOST}docker run -d --name web -p 8080:80 nginx`);
    assert.match(lines[1]!, /^[0-9a-f]{64}$/);
    assert.equal(lines[2], `${HOST}wget -qO- localhost:8080`);
    assert.ok(lines.includes('<title>Welcome to nginx!</title>'), lines.join('\n'));
    assert.equal(t.lastRow(), `${HOST}hostname`, 'the last pasted line waits for Enter');
  });

  it('runs a bracketed paste line by line too, its markers unseen', () => {
    const t = open();
    t.shell.input('\x1b[200~echo one\recho two\x1b[201~\r');
    assert.deepEqual(t.screen.lines(), [`${HOST}echo one`, 'one', `${HOST}echo two`, 'two', HOST.trimEnd()]);
  });

  it('enters a container shell with its prompt, and exit comes back to the host', () => {
    const t = open();
    t.shell.input('docker run -it --network=host busybox /bin/sh\r');
    assert.equal(t.lastRow(), '/ #');
    t.shell.input('ifconfig\r');
    const text = t.screen.text();
    for (const expected of ['docker0', 'eth0', 'inet addr:192.168.1.10', 'lo '])
      assert.ok(text.includes(expected), expected);
    t.shell.input('exit\r');
    assert.equal(t.lastRow(), HOST.trimEnd());
    assert.equal(t.closed(), false);
  });

  it('Ctrl+D leaves a container shell like exit, and on the host closes the terminal', () => {
    const t = open();
    t.shell.input('docker run -dit --name box busybox\r');
    t.shell.input('docker exec -it box sh\r');
    assert.equal(t.lastRow(), '/ #');
    t.shell.input('\x04');
    assert.deepEqual(t.screen.lines().slice(-2), ['/ # exit', HOST.trimEnd()]);
    assert.equal(t.session.currentContainer, undefined);
    t.shell.input('\x04');
    assert.equal(t.closed(), true);
  });

  it('exit on the host closes the terminal; nothing typed afterwards runs', () => {
    const t = open();
    t.shell.input('exit\rdocker run -d --name late nginx\r');
    assert.equal(t.closed(), true);
    assert.equal(t.session.lab.containers.size, 0);
  });

  it("prints a failed command's stderr in red and Docker's warnings in yellow", () => {
    const t = open();
    t.shell.input('docker run nosuchimage\r');
    const failed = t.raw.join('');
    assert.ok(failed.includes("\x1b[31mUnable to find image 'nosuchimage:latest' locally\x1b[0m\r\n"), failed);
    assert.equal(
      outputText({ stdout: 'id\n', stderr: 'WARNING: Published ports are discarded\n', exitCode: 0 }),
      'id\r\n\x1b[33mWARNING: Published ports are discarded\x1b[0m\r\n',
    );
    assert.equal(outputText({ stdout: '', stderr: 'progress\n', exitCode: 0 }), 'progress\r\n');
    assert.equal(outputText({ stdout: 'a\nb\n', stderr: 'oops\n', exitCode: 1 }), 'a\r\nb\r\n\x1b[31moops\x1b[0m\r\n');
  });

  it('brings the last lines back with Up, and Down returns to the line being typed', () => {
    const t = open();
    t.shell.input('echo one\recho two\r');
    t.shell.input('ec\x1b[A');
    assert.equal(t.lastRow(), `${HOST}echo two`);
    t.shell.input('\x1b[A');
    assert.equal(t.lastRow(), `${HOST}echo one`);
    t.shell.input('\x1b[B\x1b[B');
    assert.equal(t.lastRow(), `${HOST}ec`);
    t.shell.input('\x1b[A\r');
    assert.deepEqual(t.screen.lines().slice(-2), ['two', HOST.trimEnd()]);
  });

  it('keeps a history per terminal: another terminal on the same lab has its own', () => {
    const lab = new Lab({ seed: 0 });
    const one = open(new Session(lab));
    const two = open(new Session(lab));
    one.shell.input('docker run -d --name web nginx\rcd /tmp\r');
    two.shell.input('docker ps --format {{.Names}}\r');
    assert.ok(two.screen.lines().includes('web'), 'the lab is shared');
    assert.equal(two.lastRow(), HOST.trimEnd(), 'the folder is not');
    two.shell.input('\x1b[A');
    assert.equal(two.lastRow(), `${HOST}docker ps --format {{.Names}}`);
    assert.deepEqual(one.shell.history.lines, ['docker run -d --name web nginx', 'cd /tmp']);
    assert.equal(one.lastRow(), '[root@docker-host tmp]#');
  });

  it('Ctrl+C abandons the line with ^C and a new prompt; the line is not kept', () => {
    const t = open();
    t.shell.input('docker run -d nginx\x03');
    assert.deepEqual(t.screen.lines(), [`${HOST}docker run -d nginx^C`, HOST.trimEnd()]);
    assert.equal(t.session.lab.containers.size, 0);
    assert.deepEqual(t.shell.history.lines, []);
  });

  it('Ctrl+L clears the screen and redraws the prompt and the line', () => {
    const t = open();
    t.shell.input('echo a\recho b\x0c');
    assert.deepEqual(t.screen.lines(), [`${HOST}echo b`]);
  });

  it('Tab completes a unique match, rings on several, and lists them on the second Tab', () => {
    const t = open();
    t.shell.input('docker ru\t');
    assert.equal(t.lastRow(), `${HOST}docker run`);
    assert.equal(t.shell.line.text, 'docker run ');
    t.shell.input('\x15docker p\t');
    assert.ok(t.raw.at(-1)!.includes('\x07'));
    assert.equal(t.shell.line.text, 'docker p');
    t.shell.input('\t');
    assert.deepEqual(t.screen.lines().slice(-3), [`${HOST}docker p`, 'pause  port   ps     pull', `${HOST}docker p`]);
    t.shell.input('s\r');
    assert.ok(t.screen.lines().some((l) => l.startsWith('CONTAINER ID')));
  });

  it('Tab completes the common prefix, then names from the lab', () => {
    const t = open();
    t.shell.input('docker network create mynet\rdocker run --netw\t');
    assert.equal(t.shell.line.text, 'docker run --network');
    t.shell.input('=my\t');
    assert.equal(t.shell.line.text, 'docker run --network=mynet ');
    t.shell.input('bu\t');
    assert.equal(t.shell.line.text, 'docker run --network=mynet busybox ');
  });

  it('types a line for a caller as if typed, replacing what was half typed', () => {
    const t = open();
    t.shell.input('half');
    t.shell.typeLine('echo walkthrough');
    assert.deepEqual(t.screen.lines(), [`${HOST}echo walkthrough`, 'walkthrough', HOST.trimEnd()]);
  });

  it('goes on in a new session after a reset: a note, then the new prompt with the line kept', () => {
    const t = open();
    t.shell.input('docker run -dit --name box busybox\rdocker exec -it box sh\rif');
    assert.equal(t.lastRow(), '/ # if');
    t.shell.replaceSession(new Session(new Lab({ seed: 0 })), 'The lab was reset.');
    assert.deepEqual(t.screen.lines().slice(-2), ['The lab was reset.', `${HOST}if`]);
    t.shell.input('config\r');
    assert.ok(t.screen.text().includes('inet addr:192.168.1.10'), 'ran on the new host');
  });

  it("shows the host's prompt again when another session removes the container it is in", () => {
    const lab = new Lab({ seed: 0 });
    const t = open(new Session(lab));
    const other = new Session(lab);
    t.shell.input('docker run -dit --name box busybox\rdocker exec -it box sh\rif');
    t.shell.refreshPrompt();
    assert.equal(t.lastRow(), '/ # if', 'nothing changed');
    other.execute('docker rm -f box');
    t.shell.refreshPrompt();
    assert.deepEqual(t.screen.lines().slice(-2), ['/ # if', `${HOST}if`]);
  });

  it("reports a bug in the lab as the line's answer and goes on", () => {
    const broken: ShellSession = {
      lab: new Lab({ seed: 0 }),
      currentContainer: undefined,
      prompt: () => '$ ',
      execute: () => {
        throw new Error('boom');
      },
    };
    const t = open(broken);
    t.shell.input('anything\r');
    assert.ok(t.screen.text().includes('netlab: internal error in netlab: Error: boom'));
    assert.equal(t.lastRow(), '$');
  });

  it('starts with a seeded history when given one', () => {
    const screen = new FakeTerminal(80);
    const shell = new InteractiveShell(
      new Session(new Lab({ seed: 0 })),
      { write: (d) => screen.write(d), close: () => undefined },
      { history: new History(['docker ps']) },
    );
    shell.start('Welcome\n');
    shell.input('\x1b[A');
    assert.deepEqual(screen.lines(), ['Welcome', `${HOST}docker ps`]);
  });
});

describe('completion listing', () => {
  it('lists candidates down the columns as wide as the longest, as many as fit', () => {
    assert.equal(candidateList(['a', 'bb', 'ccc', 'd', 'e'], 12), 'a    d\r\nbb   e\r\nccc\r\n');
    assert.equal(candidateList(['one'], 2), 'one\r\n');
    assert.equal(candidateList([], 80), '');
  });
});
