// netlab --state FILE: a lab carried from one run to the next through a lab file (the format of
// the extension's Export Lab / Import Lab); a file that is not a lab is reported and left alone.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { labFromFileText } from '../../src/core/lab/labFile';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');
const netlab = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('netlab --state FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dnl-state-'));

  it('creates the file, and the next run goes on from it', () => {
    const file = join(dir, 'lab.json');
    netlab('--state', file, '-c', 'docker network create app', '-c', 'docker run -d --name web --network app nginx');
    assert.equal(labFromFileText(readFileSync(file, 'utf8')).containerByName('web')?.networkMode, 'app');
    assert.equal(netlab('--state', file, '-c', 'docker ps --format {{.Names}}:{{.Networks}}'), 'web:app\n');
  });

  it('reports a file that is not a lab, exits 2 and leaves the file as it was', () => {
    const file = join(dir, 'notes.json');
    writeFileSync(file, '{"hello": 1}');
    const run = spawnSync(process.execPath, [CLI, '--state', file, '-c', 'docker ps'], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /notes\.json: saved lab is damaged: unknown format version undefined/);
    assert.equal(readFileSync(file, 'utf8'), '{"hello": 1}');
  });
});
