// The lab moves through lab files: Export Lab writes one, Import Lab reads it back (or refuses a
// file that is not a lab, changing nothing).
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { runLine } from '../prompts';
const names = async () => (await runLine('docker ps -a --format {{.Names}}')).stdout.split('\n').filter(Boolean).sort();

suite('Lab persistence and lab files', () => {
  setup(async () => {
    await vscode.extensions.getExtension('netlab.docker-network-lab')?.activate();
    await vscode.commands.executeCommand('netlab.resetLab', { confirm: false });
  });

  test('Export Lab writes a lab file and Import Lab brings it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dnl-labfile-'));
    const file = join(dir, 'lab.json');
    assert.equal((await runLine('docker network create app')).exitCode, 0);
    assert.equal((await runLine('docker run -d --name api --network app busybox top')).exitCode, 0);
    const written = await vscode.commands.executeCommand<string>('netlab.exportLab', { uri: file });
    assert.equal(vscode.Uri.parse(written).fsPath, file);
    assert.equal((JSON.parse(readFileSync(file, 'utf8')) as { version: number }).version, 1);

    await vscode.commands.executeCommand('netlab.resetLab', { confirm: false });
    assert.deepEqual(await names(), []);
    assert.equal(await vscode.commands.executeCommand('netlab.importLab', { uri: file }), true);
    assert.deepEqual(await names(), ['api']);
    assert.equal((await runLine('docker inspect -f {{.HostConfig.NetworkMode}} api')).stdout, 'app\n');
  });

  test('Import Lab refuses a file that is not a lab and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dnl-labfile-'));
    const file = join(dir, 'notes.json');
    writeFileSync(file, '{"notes": true}');
    assert.equal((await runLine('docker run -d --name keep busybox top')).exitCode, 0);
    assert.equal(await vscode.commands.executeCommand('netlab.importLab', { uri: file }), false);
    assert.deepEqual(await names(), ['keep']);
  });
});
