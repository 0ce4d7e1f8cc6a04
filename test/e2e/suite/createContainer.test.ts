// Creating a container, as a person does it (prompts answered in the real quick input, result
// read from the real tree) and as a caller does it (argument object, no prompts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as bridge from '../bridge';
import { answerPrompts, labLine, within } from '../prompts';
import { section } from './treeRows';
import { labSuiteHooks } from '../labSuite';

const VIEW = 'netlab.containers';
const NO_BRIDGE = 'skipped: needs the DOM bridge, which only the code-server runner provides';

suite('Create container', () => {
  // A test that failed mid-prompt must not leave a quick input open for the next one.
  labSuiteHooks({ afterEach: () => vscode.commands.executeCommand('workbench.action.closeQuickOpen') });

  test('prompts for mode, image and name, then shows the container in the tree', async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    await vscode.commands.executeCommand('workbench.view.extension.netlab');
    const created = vscode.commands.executeCommand<string | undefined>('netlab.createContainer');
    const name = await answerPrompts(created, ['host', 'busybox', 'web']);
    assert.equal(name, 'web');

    const row = await rowLabelled('web');
    assert.ok(row.description.startsWith('host'), `description of web is "${row.description}"`);
    await bridge.screenshot('create-container');
  });

  test('asks the mode first, then what a user-defined network offers: aliases and a static address', async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    await vscode.commands.executeCommand('netlab.createNetwork', { name: 'app', subnet: '10.30.0.0/24' });
    const created = vscode.commands.executeCommand<string | undefined>('netlab.createContainer');
    const answers = ['user-defined', 'app', 'busybox', 'api', '', 'backend', '10.30.0.7'];
    assert.equal(await answerPrompts(created, answers), 'api');
    const format =
      '{{.HostConfig.NetworkMode}} {{.NetworkSettings.Networks.app.IPAddress}} {{.NetworkSettings.Networks.app.Aliases}}';
    assert.equal(await labLine(`docker inspect -f '${format}' api`), 'app 10.30.0.7 [backend]');
  });

  test("shows Docker's words for a bad name as it is typed, and creates nothing", async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    await vscode.commands.executeCommand('netlab.createContainer', { mode: 'bridge', image: 'nginx', name: 'web' });
    const created = vscode.commands.executeCommand<string | undefined>('netlab.createHostContainer');
    await bridge.quickInput.submit('busybox');
    assert.equal(
      await bridge.quickInput.validation('x'),
      'Invalid container name (x), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
    );
    await bridge.screenshot('create-container-invalid-name');
    assert.equal(
      await bridge.quickInput.validation('my app'),
      'Invalid container name (my app), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
    );
    assert.match(await bridge.quickInput.validation('web'), /^Conflict\. The container name "\/web" is already in use/);
    assert.equal(await bridge.quickInput.validation('ok-name'), '');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await within(10_000, 'the cancelled command to end', created), undefined);
    assert.equal(await labLine("docker ps -a --format '{{.Names}}'"), 'web');
  });

  test('creates from an argument object without prompting', async function () {
    const created = vscode.commands.executeCommand<string | undefined>('netlab.createContainer', {
      mode: 'bridge',
      image: 'busybox',
      name: 'b1',
    });
    assert.equal(await within(10_000, 'netlab.createContainer with arguments (did it prompt?)', created), 'b1');
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    await vscode.commands.executeCommand('workbench.view.extension.netlab');
    const row = await rowLabelled('b1');
    assert.ok(row.description.includes('172.17.0.2'), `description of b1 is "${row.description}"`);
  });
});

function rowLabelled(label: string): Promise<bridge.TreeRow> {
  return bridge.waitFor(`a row "${label}" under Containers in ${VIEW}`, async () =>
    section(await bridge.tree.rows(VIEW), 'Containers').find((r) => r.label === label),
  );
}
