// Creating a container, as a person does it (prompts answered in the real quick input, result
// read from the real tree) and as a caller does it (argument object, no prompts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as bridge from '../bridge';
import { section } from './treeRows';

const EXTENSION_ID = 'netlab.docker-network-lab';
const VIEW = 'netlab.containers';
const NO_BRIDGE = 'skipped: needs the DOM bridge, which only the code-server runner provides';

suite('Create container', () => {
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
    // A test that failed mid-prompt must not leave a quick input open for the next one.
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

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

/**
 * Answers a command's prompts in order through the quick input, then returns what the command
 * resolved to. Fails when the command ends while prompts are still expected.
 */
async function answerPrompts<T>(command: Thenable<T>, answers: string[]): Promise<T> {
  const outcome = Promise.resolve(command).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  try {
    for (const [i, text] of answers.entries()) {
      const submitted = bridge.quickInput.submit(text);
      const first = await Promise.race([
        submitted.then(() => 'submitted' as const),
        outcome.then(() => 'finished' as const),
      ]);
      // The last Enter can end the command before the bridge has reported back: wait for both.
      await submitted;
      if (first === 'finished' && i < answers.length - 1) {
        throw new Error(`command finished after ${i + 1} of ${answers.length} prompts`);
      }
    }
  } catch (e) {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    throw e;
  }
  const final = await within(10_000, 'the command to finish after its last prompt', outcome);
  if ('error' in final) throw final.error;
  return final.value;
}

/** The container's row in the Containers section (its network lists it too, described otherwise). */
function rowLabelled(label: string): Promise<bridge.TreeRow> {
  return bridge.waitFor(`a row "${label}" under Containers in ${VIEW}`, async () =>
    section(await bridge.tree.rows(VIEW), 'Containers').find((r) => r.label === label),
  );
}

function within<T>(ms: number, what: string, promise: Thenable<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([Promise.resolve(promise), timeout]).finally(() => clearTimeout(timer));
}
