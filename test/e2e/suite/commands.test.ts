// The Network Lab commands as a person runs them (prompts answered in the real quick input) and as
// a caller does (an argument object, no prompts, a result back); the lab is read back through
// netlab.runCommand, as a learner would check it in the terminal.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as bridge from '../bridge';
import { type LineOutput, answerPrompts, labLine, within } from '../prompts';
import { labSuiteHooks } from '../labSuite';

const NO_BRIDGE = 'skipped: needs the DOM bridge, which only the code-server runner provides';

interface ReachAnswer {
  reachable: boolean;
  hops: string[];
  stop?: { reason: string; at: string };
}

const run = <T>(command: string, arg?: unknown) => vscode.commands.executeCommand<T>(command, arg);

/** A command called with arguments must answer without waiting for a prompt. */
const call = <T>(command: string, arg?: unknown) =>
  within(10_000, `${command} with arguments (did it prompt?)`, run<T>(command, arg));

const inspectField = (format: string, ref: string) => labLine(`docker inspect -f '${format}' ${ref}`);

/**
 * The messages in the notification center: with the smoke-test driver on, VS Code shows no toasts
 * (NotificationsToasts.addToast), so the test opens the center to read them.
 */
async function notifications(): Promise<string[]> {
  await run('notifications.showList');
  return bridge.texts('.notifications-center .notification-list-item-message');
}

suite('Network Lab commands', () => {
  labSuiteHooks({
    beforeEach: () => run('notifications.clearAll'),
    afterEach: async () => {
      await run('workbench.action.closeQuickOpen');
      await run('workbench.action.closeAllEditors');
    },
  });

  test('creates one container of each mode through its command, the prompts answered', async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    const ask = (command: string, answers: string[]) => answerPrompts(run<string | undefined>(command), answers);
    assert.equal(await ask('netlab.createBridgeContainer', ['nginx', 'web', '8080:80']), 'web');
    assert.equal(await ask('netlab.createHostContainer', ['busybox', 'hostnet']), 'hostnet');
    assert.equal(await ask('netlab.createNoneContainer', ['busybox', 'iso']), 'iso');
    assert.equal(await ask('netlab.createContainerModeContainer', ['web', 'busybox', 'side']), 'side');
    // No user-defined network yet: "New network…" creates one inside the flow.
    const onNetwork = ['New network', 'app', '10.10.0.0/24', '', 'bridge', 'redis', 'db', '', 'cache', '10.10.0.5'];
    assert.equal(await ask('netlab.createNetworkContainer', onNetwork), 'db');
    await bridge.screenshot('commands-each-mode');

    const mode = '{{.HostConfig.NetworkMode}} {{.State.Status}}';
    assert.equal(await inspectField(mode, 'web'), 'bridge running');
    assert.equal(await labLine('docker port web 80/tcp'), '0.0.0.0:8080\n[::]:8080');
    assert.equal(await inspectField(mode, 'hostnet'), 'host running');
    assert.equal(await inspectField(mode, 'iso'), 'none running');
    const webId = await inspectField('{{.Id}}', 'web');
    assert.equal(await inspectField(mode, 'side'), `container:${webId} running`);
    const onApp =
      '{{.HostConfig.NetworkMode}} {{.NetworkSettings.Networks.app.IPAddress}} {{.NetworkSettings.Networks.app.Aliases}}';
    assert.equal(await inspectField(onApp, 'db'), 'app 10.10.0.5 [cache]');
    assert.equal(
      await labLine(`docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}} {{.Internal}}' app`),
      '10.10.0.0/24 false',
    );
  });

  test('starts, stops, pauses, unpauses, restarts and removes from an argument object or a name', async () => {
    assert.equal(await call('netlab.createContainer', { mode: 'bridge', image: 'busybox', name: 'life' }), 'life');
    const state = () => inspectField('{{.State.Status}} {{.State.Paused}}', 'life');
    assert.equal(await call('netlab.stopContainer', 'life'), true);
    assert.equal(await state(), 'exited false');
    assert.equal(await call('netlab.startContainer', { container: 'life' }), true);
    assert.equal(await state(), 'running false');
    assert.equal(await call('netlab.pauseContainer', { container: 'life' }), true);
    assert.equal(await state(), 'paused true');
    assert.equal(await call('netlab.unpauseContainer', 'life'), true);
    assert.equal(await state(), 'running false');
    assert.equal(await call('netlab.restartContainer', { container: 'life' }), true);
    assert.equal(await inspectField('{{.RestartCount}} {{.State.Status}}', 'life'), '0 running');
    assert.equal(await call('netlab.removeContainer', { container: 'life' }), true);
    assert.equal(await labLine("docker ps -a --format '{{.Names}}'"), '');
    // What docker refuses: false, and the lab as it was.
    assert.equal(await call('netlab.startContainer', { container: 'ghost' }), false);
    assert.equal(await call('netlab.pauseContainer', {}), false);
  });

  test('creates, connects, disconnects and removes networks from argument objects', async () => {
    const created = await call('netlab.createNetwork', {
      name: 'back',
      subnet: '10.20.0.0/24',
      gateway: '10.20.0.254',
      internal: true,
    });
    assert.equal(created, 'back');
    const net = '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}} {{.Internal}}';
    assert.equal(await labLine(`docker network inspect -f '${net}' back`), '10.20.0.0/24 10.20.0.254 true');
    assert.equal(await call('netlab.createContainer', { mode: 'bridge', image: 'busybox', name: 'c1' }), 'c1');
    const connected = await call('netlab.connectNetwork', {
      network: 'back',
      container: 'c1',
      aliases: ['one', 'uno'],
      ip: '10.20.0.9',
    });
    assert.equal(connected, true);
    const onBack = '{{.NetworkSettings.Networks.back.IPAddress}} {{.NetworkSettings.Networks.back.Aliases}}';
    assert.equal(await inspectField(onBack, 'c1'), '10.20.0.9 [one uno]');
    assert.equal(await call('netlab.disconnectNetwork', { network: 'back', container: 'c1' }), true);
    assert.equal(await inspectField('{{len .NetworkSettings.Networks}}', 'c1'), '1');
    assert.equal(await call('netlab.removeNetwork', { network: 'back' }), true);
    assert.equal(await labLine("docker network ls --format '{{.Name}}' --filter name=back"), '');
  });

  test('inspect returns the JSON docker prints, for a container and a network', async () => {
    await call('netlab.createContainer', { mode: 'bridge', image: 'nginx', name: 'web' });
    const text = await call<string>('netlab.inspect', 'web');
    const parsed = JSON.parse(text) as Array<{ Name: string; HostConfig: { NetworkMode: string } }>;
    assert.equal(parsed[0]!.Name, '/web');
    assert.equal(parsed[0]!.HostConfig.NetworkMode, 'bridge');
    const shown = vscode.window.activeTextEditor?.document;
    assert.equal(shown?.uri.scheme, 'netlab');
    assert.equal(shown?.languageId, 'json');
    const network = JSON.parse(await call<string>('netlab.inspect', { ref: 'bridge' })) as Array<{ Name: string }>;
    assert.equal(network[0]!.Name, 'bridge');
    assert.equal(await call('netlab.inspect', { ref: 'ghost' }), undefined);
  });

  test('runs a line on the host, a command in a container, and shows logs, returning what they printed', async () => {
    const ls = await call<LineOutput>('netlab.runCommand', 'docker network ls --format {{.Name}}');
    assert.deepEqual(ls, { exitCode: 0, stdout: 'bridge\nhost\nnone\n', stderr: '' });
    const refused = await call<LineOutput>('netlab.runCommand', { line: 'docker rm ghost' });
    assert.equal(refused.exitCode, 1);
    assert.equal(refused.stderr, 'Error response from daemon: No such container: ghost\n');

    await call('netlab.createContainer', { mode: 'bridge', image: 'nginx', name: 'web' });
    const hostname = await call<LineOutput>('netlab.exec', { container: 'web', command: 'cat /etc/hostname' });
    assert.equal(hostname.exitCode, 0);
    assert.equal(hostname.stdout.trim(), (await inspectField('{{.Id}}', 'web')).slice(0, 12));
    await call('netlab.createContainer', { mode: 'none', image: 'busybox', name: 'iso' });
    const addr = await call<LineOutput>('netlab.exec', { container: 'iso', command: ['ip', '-4', 'addr'] });
    assert.equal(addr.exitCode, 0);
    assert.match(addr.stdout, /inet 127\.0\.0\.1\/8/);
    assert.doesNotMatch(addr.stdout, /eth0/);
    // nginx's image has no ip: Docker says so (exit 127).
    const missing = await call<LineOutput>('netlab.exec', { container: 'web', command: 'ip addr' });
    assert.equal(missing.exitCode, 127);
    assert.match(missing.stderr, /exec: "ip": executable file not found in \$PATH/);
    const logs = await call<string>('netlab.showLogs', { container: 'web' });
    assert.match(logs, /Configuration complete; ready for start up/);
  });

  test('checks reachability: the path when it gets there, where and why it stops when not', async () => {
    await call('netlab.createNetwork', { name: 'app' });
    await call('netlab.createContainer', { mode: 'user-defined', network: 'app', image: 'nginx', name: 'web' });
    await call('netlab.createContainer', { network: 'app', image: 'busybox', name: 'client' });
    await call('netlab.createContainer', { mode: 'bridge', image: 'busybox', name: 'stranger' });

    const ok = await call<ReachAnswer>('netlab.checkReachability', { from: 'client', to: 'web', port: 80 });
    assert.equal(ok.reachable, true, JSON.stringify(ok));
    assert.equal(ok.stop, undefined);
    assert.ok(
      ok.hops.some((h) => h.includes("Docker's embedded DNS")),
      JSON.stringify(ok.hops),
    );
    assert.match(ok.hops[ok.hops.length - 1]!, /nginx listens on 80\/tcp/);

    const byName = await call<ReachAnswer>('netlab.checkReachability', { from: 'stranger', to: 'web' });
    assert.equal(byName.reachable, false);
    assert.equal(byName.stop?.reason, 'unresolved');

    const webIp = await inspectField('{{.NetworkSettings.Networks.app.IPAddress}}', 'web');
    const isolated = await call<ReachAnswer>('netlab.checkReachability', {
      from: 'stranger',
      to: webIp,
      port: '80',
      protocol: 'tcp',
    });
    assert.equal(isolated.reachable, false);
    assert.equal(isolated.stop?.reason, 'timeout');
    assert.match(isolated.stop.at, /Docker isolates bridge networks/);
    assert.equal(isolated.stop.at, isolated.hops[isolated.hops.length - 1]);
  });

  test("shows Docker's words when it refuses, and changes nothing", async () => {
    await call('netlab.createNetwork', { name: 'app' });
    await call('netlab.createContainer', { network: 'app', image: 'busybox', name: 'member' });
    assert.equal(await call('netlab.removeNetwork', 'app'), false);
    assert.equal(await labLine("docker network ls --format '{{.Name}}' --filter name=app"), 'app');
    assert.equal(await call('netlab.createNetwork', { name: 'bridge' }), undefined);
    assert.equal(await call('netlab.connectNetwork', { network: 'app', container: 'member', ip: '10.99.0.1' }), false);
    if (!bridge.available()) return;
    const messages = await bridge.waitFor('the error notifications', async () => {
      const now = await notifications();
      return now.length >= 3 ? now : undefined;
    });
    const shown = messages.join('\n');
    assert.match(shown, /Error response from daemon: error while removing network: network app has active endpoints/);
    assert.match(shown, /operation is not permitted on predefined bridge network/);
    assert.match(shown, /no configured subnet contains IP address 10\.99\.0\.1/);
    await bridge.screenshot('commands-docker-error');
    await run('notifications.hideList');
  });
});
