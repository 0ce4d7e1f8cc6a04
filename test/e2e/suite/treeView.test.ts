// The Containers tree as a learner reads it: one row per container with mode and address,
// containers that joined another's namespace nested under it, and removal from the view.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as bridge from '../bridge';

const VIEW = 'netlab.containers';
const NO_BRIDGE = 'skipped: needs the DOM bridge, which only the code-server runner provides';

suite('Containers tree', () => {
  setup(async () => {
    await vscode.extensions.getExtension('netlab.docker-network-lab')?.activate();
    await vscode.commands.executeCommand('netlab.resetLab', { confirm: false });
  });

  test('shows each mode, nests a container: joiner under its owner, and drops removed rows', async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    const create = (args: object) => vscode.commands.executeCommand<string | undefined>('netlab.createContainer', args);
    assert.equal(await create({ mode: 'bridge', image: 'nginx', name: 'web' }), 'web');
    assert.equal(await create({ mode: 'container', image: 'busybox', name: 'sidecar', target: 'web' }), 'sidecar');
    assert.equal(await create({ mode: 'host', image: 'busybox', name: 'hostnet' }), 'hostnet');
    assert.equal(await create({ mode: 'none', image: 'busybox', name: 'isolated' }), 'isolated');
    await vscode.commands.executeCommand('workbench.view.extension.netlab');

    let seen: bridge.TreeRow[] = [];
    const rows = await bridge
      .waitFor('four rows in the tree', async () => {
        seen = await bridge.tree.rows(VIEW);
        return seen.length === 4 ? seen : undefined;
      })
      .catch((e: unknown) => {
        throw new Error(`${e instanceof Error ? e.message : String(e)}; the tree showed ${JSON.stringify(seen)}`);
      });
    const row = (label: string) => rows.find((r) => r.label === label);
    assert.deepEqual(row('web'), { label: 'web', description: 'bridge · 172.17.0.2', depth: 1 });
    assert.deepEqual(row('sidecar'), { label: 'sidecar', description: 'container:web', depth: 2 });
    assert.deepEqual(row('hostnet'), { label: 'hostnet', description: 'host', depth: 1 });
    assert.deepEqual(row('isolated'), { label: 'isolated', description: 'none', depth: 1 });
    await bridge.screenshot('lab-overview');

    assert.equal(await vscode.commands.executeCommand<boolean>('netlab.removeContainer', 'isolated'), true);
    await bridge.waitFor('the removed row to disappear', async () =>
      (await bridge.tree.rows(VIEW)).some((r) => r.label === 'isolated') ? undefined : true,
    );
  });

  test('refuses what docker refuses, leaving only what docker leaves behind', async () => {
    assert.equal(
      await vscode.commands.executeCommand('netlab.createContainer', { mode: 'bridge', image: 'busybox', name: 'x' }),
      undefined,
    );
    assert.equal(
      await vscode.commands.executeCommand('netlab.createContainer', {
        mode: 'container',
        image: 'busybox',
        name: 'lost',
        target: 'nope',
      }),
      undefined,
    );
    assert.equal(
      await vscode.commands.executeCommand('netlab.createContainer', {
        mode: 'bogus' as unknown as string,
        image: 'busybox',
      }),
      undefined,
    );
    if (bridge.available()) {
      await vscode.commands.executeCommand('workbench.view.extension.netlab');
      // A created-but-not-started container is what docker run leaves behind when start fails.
      const rows = await bridge.waitFor('only the created container in the tree', async () => {
        const now = await bridge.tree.rows(VIEW);
        return now.length === 1 && now[0]!.label === 'lost' ? now : undefined;
      });
      assert.equal(rows[0]!.description, 'container:nope');
    }
  });
});
