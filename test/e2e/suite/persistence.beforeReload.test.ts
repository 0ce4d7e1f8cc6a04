// The last suite of the first window: leaves a lab and the network diagram open and asks for a window
// reload, after which persistence.afterReload.ts checks that both came back (see ../reload.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as reload from '../reload';
import * as bridge from '../bridge';
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
    // The network diagram stays open across the reload (its WebviewPanelSerializer brings it back).
    assert.equal(await vscode.commands.executeCommand('netlab.openDiagram'), true);
    await bridge.waitFor(
      'the diagram to draw the survivor',
      async () => ((await bridge.webview.query('[data-kind="container"]')).length > 0 ? true : undefined),
      20_000,
    );
    await reload.request();
  });
});
