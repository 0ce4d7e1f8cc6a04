// Runs in the window after the reload that persistence.beforeReload.test.ts asked for: the lab it left and the network diagram are back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as bridge from '../bridge';
import * as reload from '../reload';
import { labLine, runLine } from '../prompts';

suite('After Developer: Reload Window', () => {
  test('the lab is still there', async () => {
    await vscode.extensions.getExtension('netlab.docker-network-lab')?.activate();
    const ps = await runLine('docker ps --format {{.Names}}:{{.Networks}}:{{.Ports}}');
    assert.equal(ps.stdout, 'latecomer:keepnet:\nsurvivor:keepnet:0.0.0.0:8081->80/tcp, [::]:8081->80/tcp\n');
    assert.equal((await runLine('docker exec survivor hostname -i')).stdout, '172.18.0.2\n');
  });

  test('the network diagram is open again, drawing the lab', async () => {
    await vscode.extensions.getExtension('netlab.docker-network-lab')?.activate();
    const survivor = await labLine("docker inspect -f '{{.Id}}' survivor");
    const drawn = await bridge.waitFor(
      'the restored diagram to draw the survivor',
      async () => {
        const found = await bridge.webview.query(`[data-kind="container"][data-id="${survivor}"]`);
        return found.length > 0 ? found : undefined;
      },
      30_000,
    );
    assert.equal(drawn.length, 1);
    // Every box where it was before the reload.
    const before = (await reload.recall('diagram places')) as Record<string, string>;
    // keepnet and the default networks, two namespaces, two containers.
    assert.ok(Object.keys(before).length >= 5, JSON.stringify(before));
    const after = await bridge.webview.query('[data-kind="namespace"], [data-kind="network"], [data-kind="container"]');
    assert.deepEqual(Object.fromEntries(after.map((b) => [b.attributes['data-id'], b.attributes.transform])), before);
  });
});
