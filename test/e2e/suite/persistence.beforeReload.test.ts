// The last suite of the first window: leaves a lab behind and asks for a window reload, after
// which persistence.afterReload.ts checks that the lab came back (see ../reload.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as reload from '../reload';
import { runLine } from '../prompts';

suite('Before Developer: Reload Window', () => {
  test('leaves a lab to find after the reload', async function () {
    if (!reload.canReload()) {
      console.log('skipped: a window reload needs the code-server runner');
      this.skip();
    }
    await vscode.extensions.getExtension('netlab.docker-network-lab')?.activate();
    await vscode.commands.executeCommand('netlab.resetLab', { confirm: false });
    assert.equal((await runLine('docker network create keepnet')).exitCode, 0);
    assert.equal((await runLine('docker run -d --name survivor --network keepnet -p 8081:80 nginx')).exitCode, 0);
    reload.request();
  });
});
