// The netlab.hostProfile.* settings reach the lab on a reset: a host-mode container then sees
// the configured hostname and gateway in its /etc files (read through the netlab: documents).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'netlab.docker-network-lab';

const settings = () => vscode.workspace.getConfiguration('netlab.hostProfile');

async function labFile(container: string, file: string): Promise<string> {
  const uri = vscode.Uri.from({ scheme: 'netlab', path: `/containers/${container}/etc/${file}` });
  return (await vscode.workspace.openTextDocument(uri)).getText();
}

suite('Host profile settings', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  suiteTeardown(async () => {
    // User settings of the test instance: leave them as they were for the suites after this one.
    for (const key of ['hostname', 'gateway']) {
      await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    }
    await vscode.commands.executeCommand('netlab.resetLab', { confirm: false });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  test('a reset builds the host from the settings', async () => {
    await settings().update('hostname', 'e2e-host', vscode.ConfigurationTarget.Global);
    await settings().update('gateway', '192.168.1.254', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('netlab.resetLab', { confirm: false });
    const name = await vscode.commands.executeCommand<string | undefined>('netlab.createContainer', {
      mode: 'host',
      image: 'busybox',
      name: 'hostbox',
    });
    assert.equal(name, 'hostbox');
    assert.equal(await labFile('hostbox', 'hostname'), 'e2e-host\n');
    assert.match(await labFile('hostbox', 'hosts'), /^127\.0\.1\.1\te2e-host$/m);
    assert.match(await labFile('hostbox', 'resolv.conf'), /^nameserver 192\.168\.1\.254$/m);
  });
});
