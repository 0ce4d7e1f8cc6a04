// The hooks every suite on the lab shares: the extension active, a fresh lab before each test,
// a screenshot of a test that failed (test-artifacts/failed-<title>.png), and no prompt left open
// after a test. A suite adds its own
// clean-up through `beforeEach` (before the reset) and `afterEach`.
import * as vscode from 'vscode';
import * as bridge from './bridge';

export const EXTENSION_ID = 'netlab.docker-network-lab';

export interface LabSuiteHooks {
  beforeEach?: () => unknown;
  afterEach?: () => unknown;
}

export function labSuiteHooks(hooks: LabSuiteHooks = {}): void {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  setup(async () => {
    await hooks.beforeEach?.();
    await vscode.commands.executeCommand('netlab.resetLab', { confirm: false });
  });

  teardown(async function () {
    if (this.currentTest?.state === 'failed' && bridge.available()) {
      await bridge.screenshot(`failed-${this.currentTest.title}`).catch(() => undefined);
    }
    // A prompt a test left open (a failed one) would take the next test's answers.
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await hooks.afterEach?.();
  });
}
