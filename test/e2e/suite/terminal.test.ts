// The lab terminal in a real VS Code: keys typed into xterm's textarea through the DOM, the rows
// read back from what xterm draws; and the command's argument forms (a container row, lines).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as bridge from '../bridge';
import { EXTENSION_ID, labSuiteHooks } from '../labSuite';

const NO_BRIDGE = 'skipped: needs the DOM bridge, which only the code-server runner provides';
const HOST_PROMPT = '[root@docker-host ~]#';

interface Opened {
  name: string;
}

/** The last row with text (the cursor's row, prompts included). */
const lastRow = (rows: string[]) => [...rows].reverse().find((r) => r.trim() !== '') ?? '';

/** Waits until the terminal's rows satisfy a condition; fails showing what it shows. */
async function rowsWhere(what: string, ok: (rows: string[]) => boolean, timeoutMs = 10_000): Promise<string[]> {
  let seen: string[] = [];
  try {
    return await bridge.waitFor(
      what,
      async () => {
        seen = await bridge.terminal.rows();
        return ok(seen) ? seen : undefined;
      },
      timeoutMs,
    );
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}; the terminal shows:\n${seen.join('\n')}`);
  }
}

async function typeLine(line: string): Promise<void> {
  await bridge.terminal.type(line);
  await bridge.terminal.press('Enter');
}

function closeLabTerminals(): void {
  for (const t of vscode.window.terminals) if (t.name.startsWith('Network Lab')) t.dispose();
}

suite('Lab terminal', () => {
  labSuiteHooks({ beforeEach: closeLabTerminals, afterEach: closeLabTerminals });

  test('runs nginx and a host-mode busybox shell, typed key by key', async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    const opened = await vscode.commands.executeCommand<Opened>('netlab.openTerminal');
    assert.equal(opened.name, 'Network Lab');
    // Room for a whole ifconfig: the panel maximized for this test.
    await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
    try {
      await rowsWhere('the host prompt', (rows) => lastRow(rows) === HOST_PROMPT);

      await typeLine('docker run -d --name web -p 8080:80 nginx');
      await rowsWhere('the container ID', (rows) => rows.some((r) => /^[0-9a-f]{64}$/.test(r)));
      await typeLine('wget -qO- localhost:8080');
      await rowsWhere(
        "nginx's welcome page, then the prompt",
        (rows) =>
          rows.includes('<title>Welcome to nginx!</title>') &&
          rows.includes('<p><em>Thank you for using nginx.</em></p>') &&
          lastRow(rows) === HOST_PROMPT,
      );

      await typeLine('docker run -it --network=host busybox /bin/sh');
      await rowsWhere("busybox's prompt", (rows) => lastRow(rows) === '/ #');
      await typeLine('ifconfig');
      const shown = await rowsWhere("the host's interfaces, then the prompt", (rows) => lastRow(rows) === '/ #');
      for (const expected of [/^docker0\s/, /^eth0\s/, /inet addr:192\.168\.1\.10\s/, /^lo\s/]) {
        assert.ok(
          shown.some((r) => expected.test(r)),
          `${String(expected)} in:\n${shown.join('\n')}`,
        );
      }
      await typeLine('exit');
      await rowsWhere('the host prompt again', (rows) => lastRow(rows) === HOST_PROMPT);

      await bridge.terminal.press('ArrowUp');
      await rowsWhere('the last line back', (rows) => lastRow(rows) === `${HOST_PROMPT} exit`);
      await bridge.screenshot('terminal');
      await bridge.terminal.press('Control+U');
    } finally {
      await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
    }
  });

  test('completes with Tab and abandons a line with Ctrl+C', async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    await vscode.commands.executeCommand('netlab.openTerminal');
    await rowsWhere('the host prompt', (rows) => lastRow(rows) === HOST_PROMPT);
    for (const [typed, shown] of [
      ['docker netw', 'docker network'],
      ['ins', 'docker network inspect'],
      ['br', 'docker network inspect bridge'],
    ]) {
      await bridge.terminal.type(typed!);
      await bridge.terminal.press('Tab');
      await rowsWhere(`Tab after "${typed}"`, (rows) => lastRow(rows) === `${HOST_PROMPT} ${shown}`);
    }
    await bridge.terminal.press('Control+C');
    await rowsWhere('^C and a new prompt', (rows) => {
      const filled = rows.filter((r) => r.trim() !== '');
      return filled.at(-2) === `${HOST_PROMPT} docker network inspect bridge ^C` && filled.at(-1) === HOST_PROMPT;
    });
  });

  test("opens a running container's shell from its tree row, and types host lines into a terminal at the host prompt", async function () {
    const run = vscode.commands.executeCommand<string | undefined>('netlab.createContainer', {
      mode: 'bridge',
      image: 'busybox',
      name: 'box',
    });
    assert.equal(await run, 'box');
    const row = { node: { kind: 'container', name: 'box' } };
    const intoBox = await vscode.commands.executeCommand<Opened>('netlab.openTerminal', row);
    assert.equal(intoBox.name, 'Network Lab: box');
    // Lines without a terminal's name are host commands (the walkthrough's): they go to the most
    // recent lab terminal at the host's prompt, never into box's shell.
    const atHost = await vscode.commands.executeCommand<Opened>('netlab.openTerminal', { lines: ['true'] });
    assert.notEqual(atHost.name, intoBox.name, 'host lines do not go into a container shell');
    const again = await vscode.commands.executeCommand<Opened>('netlab.openTerminal', { lines: ['true'] });
    assert.equal(again.name, atHost.name, 'the most recent terminal at the host prompt is reused');
    // Named, lines go to that terminal whatever its shell.
    const reused = await vscode.commands.executeCommand<Opened>('netlab.openTerminal', {
      name: intoBox.name,
      lines: ['hostname'],
    });
    assert.equal(reused.name, intoBox.name);
    const fresh = await vscode.commands.executeCommand<Opened>('netlab.openTerminal', { name: 'Lab B' });
    assert.equal(fresh.name, 'Lab B');
    assert.equal(vscode.window.terminals.filter((t) => t.name === 'Lab B').length, 1);
    vscode.window.terminals.find((t) => t.name === 'Lab B')?.dispose();

    const refused = await vscode.commands.executeCommand<Opened | undefined>('netlab.openTerminal', {
      container: 'nosuch',
    });
    assert.equal(refused, undefined, 'no terminal for a container that does not exist');
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    vscode.window.terminals.find((t) => t.name === intoBox.name)?.show(false);
    await rowsWhere(
      'the exec line, the hostname inside, and the container prompt',
      (rows) =>
        rows.some((r) => r === `${HOST_PROMPT} docker exec -it box sh`) &&
        rows.some((r) => r === '/ # hostname') &&
        lastRow(rows) === '/ #',
    );
  });

  test('the Network Lab terminal profile opens a lab terminal the command then reuses', async function () {
    // What the + menu's "Network Lab" entry runs: an extension profile as the terminal's config.
    await vscode.commands.executeCommand('workbench.action.terminal.newWithProfile', {
      config: { extensionIdentifier: EXTENSION_ID, id: 'netlab.terminal', title: 'Network Lab' },
    });
    await bridge.waitFor('a terminal from the profile', () =>
      Promise.resolve(vscode.window.terminals.find((t) => t.name === 'Network Lab')),
    );
    const reused = await vscode.commands.executeCommand<Opened>('netlab.openTerminal', {
      lines: ['echo from-the-profile'],
    });
    assert.equal(reused.name, 'Network Lab');
    assert.equal(vscode.window.terminals.filter((t) => t.name.startsWith('Network Lab')).length, 1);
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    await rowsWhere('the line and its output', (rows) => rows.includes('from-the-profile'));
  });
});
