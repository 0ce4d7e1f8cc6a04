// The "Docker network modes" walkthrough: a step's button (netlab.walkthrough.run) runs the step's
// commands in the lab, and the lab reaching the step's state ticks the step in the walkthrough.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as bridge from '../bridge';

const EXTENSION_ID = 'netlab.docker-network-lab';
const WALKTHROUGH = `${EXTENSION_ID}#netlab.networkModes`;
const VIEW = 'netlab.containers';
const NO_BRIDGE = 'skipped: needs the DOM bridge, which only the code-server runner provides';

const stepId = (step: string) => `${WALKTHROUGH}#${step}`;

suite('Walkthrough', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  setup(async () => {
    await vscode.commands.executeCommand('netlab.resetLab', { confirm: false });
  });

  teardown(async function () {
    if (this.currentTest?.state === 'failed' && bridge.available()) {
      await bridge.screenshot(`failed-${this.currentTest.title}`).catch(() => undefined);
    }
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test("the bridge step's button runs its commands and ticks the step", async function () {
    await vscode.commands.executeCommand('netlab.walkthrough.run', 'bridge');
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    // The commands ran: the tree shows the step's two containers (typed into the lab terminal
    // when netlab.openTerminal exists, which may take a moment; at once otherwise).
    await vscode.commands.executeCommand('workbench.view.extension.netlab');
    for (const name of ['web', 'client']) {
      const row = await bridge.waitFor(`a row "${name}" in ${VIEW}`, async () =>
        (await bridge.tree.rows(VIEW)).find((r) => r.label === name && r.description.startsWith('bridge · 172.17.')),
      );
      assert.ok(row);
    }

    await vscode.commands.executeCommand('workbench.action.openWalkthrough', { category: WALKTHROUGH, step: 'bridge' });
    const steps = await bridge.waitFor('the walkthrough to show its steps', async () => {
      const found = await bridge.walkthrough.steps();
      return found.length > 0 ? found : undefined;
    });
    assert.deepEqual(
      steps.map((s) => s.id),
      ['bridge', 'host', 'container', 'none', 'userDefined'].map(stepId),
    );
    await stepDone('bridge');
    await bridge.screenshot('walkthrough');
  });

  test("every other step's button ticks its step", async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', { category: WALKTHROUGH, step: 'host' });
    for (const step of ['host', 'container', 'none', 'userDefined']) {
      await vscode.commands.executeCommand('netlab.walkthrough.run', step);
      await stepDone(step);
    }
  });

  test('an unknown step changes nothing and resolves to undefined', async () => {
    assert.equal(await vscode.commands.executeCommand('netlab.walkthrough.run', 'bogus'), undefined);
  });
});

function stepDone(step: string): Promise<true> {
  return bridge.waitFor(`the walkthrough step ${step} to be ticked`, async () =>
    (await bridge.walkthrough.steps()).find((s) => s.id === stepId(step))?.done ? true : undefined,
  );
}
