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
