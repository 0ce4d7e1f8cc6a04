// The extension loads in a real VS Code and registers every command it contributes, in the
// extension host the run asked for: the Node one, or the browser's web worker (vscode.dev's).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { inWebWorker } from '../hostFiles';
import { HOST_SETTING } from '../runner/protocol';

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

  test('runs in the extension host the run asked for', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    // The tests run in the host of the extension whose folder holds them: the extension's own.
    const web = vscode.workspace.getConfiguration().get<string>(HOST_SETTING) === 'web';
    const worker = globalThis as { importScripts?: unknown };
    if (web) {
      assert.equal(typeof process, 'undefined', 'no Node in the browser’s extension host');
      assert.equal(typeof worker.importScripts, 'function', 'a web worker');
      // VS Code runs a UI extension in the browser's web worker when it has a browser entry.
      assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
      assert.equal((extension.packageJSON as { browser?: string }).browser, './dist/web/extension.js');
    } else {
      assert.equal(typeof process.versions.node, 'string', 'a Node extension host');
    }
    assert.equal(inWebWorker(), web);
  });
});
