// The built netlab CLI (dist/cli.js) keeps every line for a reader slower than the lab: it must not
// end before its output is written. Each run's stdout is left unread until the CLI has exited or
// a second has passed, so a CLI that exits early loses all but what the pipe buffer held.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');
const UNREAD_MS = 1000;

interface Run {
  stdout: string;
  code: number | null;
}

function runWithSlowReader(args: string[], input: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    let reading = false;
    const startReading = () => {
      if (reading) return;
      reading = true;
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    };
    const timer = setTimeout(startReading, UNREAD_MS);
    child.on('error', reject);
    child.on('exit', startReading);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(chunks).toString(), code });
    });
    child.stdin.end(input);
  });
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '').length;

describe('netlab CLI output with a slow reader', function () {
  this.timeout(20_000);

  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm run test:unit builds it`);
  });

  it('writes every record in every mode: --json, plain stdin, -c', async () => {
    const n = 1000;
    const input = 'docker network ls\n'.repeat(n);
    const [json, plain, commands] = await Promise.all([
      runWithSlowReader(['--json'], input),
      runWithSlowReader([], input),
      runWithSlowReader(Array.from({ length: 300 }, () => ['-c', 'docker network ls']).flat(), ''),
    ]);
    assert.equal(lines(json.stdout), n);
    assert.equal(json.code, 0);
    assert.equal(lines(plain.stdout), n * 4, 'a header and three networks a line');
    assert.equal(lines(commands.stdout), 300 * 4);
  });
});

/**
 * Runs the CLI on a pseudo-terminal (util-linux `script`), sending each input once the text before
 * it has appeared; resolves with everything printed and the exit code.
 */
function runOnTerminal(steps: ReadonlyArray<{ waitFor: string; send: string }>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'script',
      ['-qefc', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)}`, '/dev/null'],
      {
        stdio: ['pipe', 'pipe', 'ignore'],
      },
    );
    let seen = '';
    let searchFrom = 0;
    let next = 0;
    const advance = () => {
      while (next < steps.length) {
        const at = seen.indexOf(steps[next]!.waitFor, searchFrom);
        if (at < 0) return;
        searchFrom = at + steps[next]!.waitFor.length;
        child.stdin.write(steps[next]!.send);
        next++;
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      advance();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout: seen, code }));
  });
}

describe('netlab CLI on a terminal', function () {
  this.timeout(20_000);

  it('Ctrl+D in a `docker run -it` shell returns to the host prompt; Ctrl+D on the host ends the session', async () => {
    const HOST = '[root@docker-host ~]# ';
    const run = await runOnTerminal([
      { waitFor: HOST, send: 'docker run -it --name box busybox sh\r' },
      { waitFor: '/ # ', send: '\x04' },
      { waitFor: HOST, send: "docker ps -a --format '{{.Names}} {{.State}}'\r" },
      { waitFor: 'box exited', send: '\x04' },
    ]);
    const text = run.stdout.replace(/\r/g, '');
    assert.equal(run.code, 0);
    // The container's shell answered Ctrl+D as `exit`, and the host's prompt came back.
    assert.match(text, /\/ # \nexit\n\[root@docker-host ~\]# /);
    assert.match(text, /box exited\n\[root@docker-host ~\]# \n+$/);
  });
});
