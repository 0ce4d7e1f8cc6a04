// The lab moves through lab files: Export Lab writes one, Import Lab reads it back (or refuses a
// file that is not a lab, changing nothing).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { newId, readText, scratchDir, writeText } from '../hostFiles';
import { runLine } from '../prompts';
const names = async () => (await runLine('docker ps -a --format {{.Names}}')).stdout.split('\n').filter(Boolean).sort();

suite('Lab persistence and lab files', () => {
  setup(async () => {
    await vscode.extensions.getExtension('netlab.docker-network-lab')?.activate();
    await vscode.commands.executeCommand('netlab.resetLab', { confirm: false });
  });

  test('Export Lab writes a lab file and Import Lab brings it back', async () => {
    // A path, not a URI: in the browser the command resolves it on the workspace's file system.
    const file = `${scratchDir()}/dnl-labfile-${newId()}.json`;
    assert.equal((await runLine('docker network create app')).exitCode, 0);
    assert.equal((await runLine('docker run -d --name api --network app busybox top')).exitCode, 0);
    const written = await vscode.commands.executeCommand<string>('netlab.exportLab', { uri: file });
    assert.equal(vscode.Uri.parse(written).fsPath, file);
    assert.equal((JSON.parse((await readText(file)) ?? '') as { version: number }).version, 1);

    await vscode.commands.executeCommand('netlab.resetLab', { confirm: false });
    assert.deepEqual(await names(), []);
    assert.equal(await vscode.commands.executeCommand('netlab.importLab', { uri: file }), true);
    assert.deepEqual(await names(), ['api']);
    assert.equal((await runLine('docker inspect -f {{.HostConfig.NetworkMode}} api')).stdout, 'app\n');
  });

  test('Import Lab refuses a file that is not a lab and changes nothing', async () => {
    const file = `${scratchDir()}/dnl-notes-${newId()}.json`;
    await writeText(file, '{"notes": true}');
    assert.equal((await runLine('docker run -d --name keep busybox top')).exitCode, 0);
    assert.equal(await vscode.commands.executeCommand('netlab.importLab', { uri: file }), false);
    assert.deepEqual(await names(), ['keep']);
  });
});
