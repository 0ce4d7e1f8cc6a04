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
    // A container run after the diagram was drawn is placed by an update, not by a full layout:
    // the reload must bring it back where the update put it, not where a fresh layout would.
    assert.equal((await runLine('docker run -d --name latecomer --network keepnet busybox top')).exitCode, 0);
    const places = await bridge.waitFor(
      'the diagram to draw the latecomer',
      async () => {
        const boxes = await bridge.webview.query(
          '[data-kind="namespace"], [data-kind="network"], [data-kind="container"]',
        );
        return boxes.filter((b) => b.attributes['data-kind'] === 'container').length === 2 ? boxes : undefined;
      },
      20_000,
    );
    await reload.remember(
      'diagram places',
      Object.fromEntries(places.map((b) => [b.attributes['data-id'], b.attributes.transform])),
    );
    // The page saves its state a moment after a change.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await reload.request();
  });
});
