// The Network Lab tree as a learner reads it: Host, Networks and Containers; each container under
// its network and, grouped by namespace, a container: joiner under its owner, a host-mode one
// marked as living in the host's namespace; stopping a container changes its row.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as bridge from '../bridge';
import { VIEW, childrenOf, section } from './treeRows';
import { labSuiteHooks } from '../labSuite';

const NO_BRIDGE = 'skipped: needs the DOM bridge, which only the code-server runner provides';

const create = (args: object) => vscode.commands.executeCommand<string | undefined>('netlab.createContainer', args);

/** Waits until the tree shows what `check` looks for; fails with the rows it last saw. */
async function rowsWhen(what: string, check: (rows: bridge.TreeRow[]) => boolean): Promise<bridge.TreeRow[]> {
  let seen: bridge.TreeRow[] = [];
  return bridge
    .waitFor(what, async () => {
      seen = await bridge.tree.rows(VIEW);
      return check(seen) ? seen : undefined;
    })
    .catch((e: unknown) => {
      const shown = seen.map((r) => `${'  '.repeat(r.depth - 1)}${r.label} — ${r.description} [${r.icon}]`).join('\n');
      throw new Error(`${e instanceof Error ? e.message : String(e)}; the tree showed:\n${shown}`);
    });
}

const pick = (rows: readonly bridge.TreeRow[] | undefined) => (rows ?? []).map((r) => [r.label, r.description]);

suite('Network Lab tree', () => {
  labSuiteHooks();

  // The last test's lab change starts a tree refresh; if the run ends here, the extension host
  // shuts down under it and logs "Unable to refresh tree view ...: Canceled". Let it land first.
  suiteTeardown(() => new Promise((resolve) => setTimeout(resolve, 500)));

  test('places a container of each mode under its network and, by namespace, under Containers', async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    assert.equal(await create({ mode: 'bridge', image: 'nginx', name: 'web' }), 'web');
    assert.equal(await create({ mode: 'container', image: 'busybox', name: 'sidecar', target: 'web' }), 'sidecar');
    assert.equal(await create({ mode: 'host', image: 'busybox', name: 'hostnet' }), 'hostnet');
    assert.equal(await create({ mode: 'none', image: 'busybox', name: 'isolated' }), 'isolated');
    await vscode.commands.executeCommand('workbench.view.extension.netlab');

    const rows = await rowsWhen(
      'four containers in the tree',
      (now) =>
        section(now, 'Containers').length >= 4 &&
        childrenOf(section(now, 'Containers'), 'web', 2)?.some((r) => r.label === 'sidecar') === true,
    );
    assert.deepEqual(
      rows.filter((r) => r.depth === 1).map((r) => r.label),
      ['Host', 'Networks', 'Containers'],
    );

    // Containers, by namespace: the joiner under its owner, the host-mode one in the host's.
    const containers = section(rows, 'Containers');
    assert.deepEqual(pick(containers.filter((r) => r.depth === 2)), [
      ['web', 'bridge · 172.17.0.2'],
      ['hostnet', "host · host's namespace"],
      ['isolated', 'none'],
    ]);
    assert.deepEqual(pick(childrenOf(containers, 'web', 2)?.slice(0, 1)), [['sidecar', 'container:web · 172.17.0.2']]);
    const icon = (label: string) => containers.find((r) => r.label === label)?.icon;
    assert.equal(icon('hostnet'), 'home', "the host-mode container's own icon");
    assert.notEqual(icon('web'), icon('hostnet'));

    // Networks: each container under its network, with its address there.
    const networks = section(rows, 'Networks');
    assert.deepEqual(pick(networks.filter((r) => r.depth === 2)), [
      ['bridge', 'bridge · 172.17.0.0/16 · gw 172.17.0.1'],
      ['host', 'host'],
      ['none', 'null'],
    ]);
    assert.deepEqual(pick(childrenOf(networks, 'bridge', 2)), [
      ['web', '172.17.0.2'],
      ['sidecar', "172.17.0.2 · web's namespace"],
    ]);
    assert.deepEqual(pick(childrenOf(networks, 'host', 2)), [['hostnet', "host's namespace"]]);
    assert.deepEqual(pick(childrenOf(networks, 'none', 2)), [['isolated', 'lo only']]);

    // Host: its interfaces with their addresses.
    const host = section(rows, 'Host').filter((r) => r.depth === 2);
    assert.deepEqual(
      host.slice(0, 3).map((r) => [r.label, r.description.split(' · ')[0]]),
      [
        ['lo', '127.0.0.1/8'],
        ['eth0', '192.168.1.10/24'],
        ['docker0', '172.17.0.1/16'],
      ],
    );
    await bridge.screenshot('tree-all-modes');

    assert.equal(await vscode.commands.executeCommand<boolean>('netlab.removeContainer', 'isolated'), true);
    await rowsWhen('the removed container to disappear', (now) => !now.some((r) => r.label === 'isolated'));
  });

  test('offers Create Container in an empty Containers section', async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    await vscode.commands.executeCommand('workbench.view.extension.netlab');
    const rows = await rowsWhen('an empty Containers section', (now) =>
      section(now, 'Containers').some((r) => r.label === 'No containers yet'),
    );
    assert.deepEqual(pick(section(rows, 'Containers').slice(0, 1)), [['No containers yet', 'Create Container…']]);
  });

  test("Stop Container from a row's context menu changes the row's icon and description", async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    assert.equal(await create({ mode: 'bridge', image: 'busybox', name: 'svc' }), 'svc');
    await vscode.commands.executeCommand('workbench.view.extension.netlab');
    const row = (rows: readonly bridge.TreeRow[]) => section(rows, 'Containers').find((r) => r.label === 'svc');
    const before = row(await rowsWhen('svc running', (now) => row(now)?.description === 'bridge · 172.17.0.2'))!;

    await bridge.tree.contextMenu(VIEW, 'svc', 'Stop Container');
    const after = row(
      await rowsWhen('svc stopped', (now) => /^bridge · exited \(\d+\)$/.test(row(now)?.description ?? '')),
    )!;
    assert.equal(after.icon, before.icon, 'the glyph says the mode');
    assert.notEqual(after.iconColor, before.iconColor, 'the colour says the state');
    await bridge.screenshot('tree-stopped');
  });
  test('is read whole when longer than the view (the bridge scrolls it)', async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    const names = Array.from({ length: 20 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    for (const name of names) assert.equal(await create({ mode: 'bridge', image: 'busybox', name }), name);
    await vscode.commands.executeCommand('workbench.view.extension.netlab');
    const rows = await rowsWhen(
      'twenty containers under Containers',
      (now) => section(now, 'Containers').length === 20,
    );
    assert.deepEqual(
      childrenOf(section(rows, 'Networks'), 'bridge', 2)?.map((r) => r.label),
      names,
    );
    assert.deepEqual(
      section(rows, 'Containers').map((r) => r.label),
      names,
    );
  });

  test('refuses what docker refuses, leaving only what docker leaves behind', async () => {
    assert.equal(await create({ mode: 'bridge', image: 'busybox', name: 'x' }), undefined);
    assert.equal(await create({ mode: 'container', image: 'busybox', name: 'lost', target: 'nope' }), undefined);
    assert.equal(await create({ mode: 'bogus', image: 'busybox' }), undefined);
    if (bridge.available()) {
      await vscode.commands.executeCommand('workbench.view.extension.netlab');
      // A created-but-not-started container is what docker run leaves behind when start fails.
      const rows = await rowsWhen('only the created container in the tree', (now) => {
        const top = section(now, 'Containers').filter((r) => r.depth === 2);
        return top.length === 1 && top[0]!.label === 'lost';
      });
      const lost = section(rows, 'Containers').find((r) => r.label === 'lost')!;
      assert.equal(lost.description, 'container:nope · created');
    }
  });
});
