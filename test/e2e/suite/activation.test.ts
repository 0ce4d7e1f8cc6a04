// The extension loads in a real VS Code and registers every command it contributes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'netlab.docker-network-lab';

suite('Activation', () => {
  test('activates without error and registers its commands', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in the test instance`);
    await extension.activate();
    assert.ok(extension.isActive, 'extension is not active after activate()');

    const manifest = extension.packageJSON as { contributes?: { commands?: { command: string }[] } };
    const contributed = (manifest.contributes?.commands ?? []).map((c) => c.command);
    assert.ok(contributed.includes('netlab.createContainer'), 'package.json contributes netlab.createContainer');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      contributed.filter((c) => !registered.has(c)),
      [],
      'contributed commands without a registration',
    );
  });
});
