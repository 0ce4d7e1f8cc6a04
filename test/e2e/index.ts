// VS Code test entry (extensionTestsPath): runs the suites next to this file with mocha inside the
// extension host and reports one machine-readable line for the runner. Works the same under
// code-server (runner/runE2E.ts) and @vscode/test-electron (runDesktop.ts). A suite may ask for
// a window reload (reload.ts): then the entry runs twice, and the second run reports the sum.
import { join } from 'node:path';
import * as vscode from 'vscode';
import * as reload from './reload';
import { filesBelow, runMocha, type MochaCounts } from './runner/mocha';
import { RESULT_MARKER, SUITES_ENV, type E2EResult } from './runner/protocol';

/** Time for the extension's debounced save (one second after the last change) to land. */
const SAVE_SETTLE_MS = 3000;

/** Suites that set up a reload run after all others, whatever their names. */
const LAST = '.beforeReload.test.js';

async function runSuites(suffix: string): Promise<MochaCounts> {
  const found = filesBelow(join(__dirname, 'suite'), suffix);
  const files = [...found.filter((f) => !f.endsWith(LAST)), ...found.filter((f) => f.endsWith(LAST))];
  try {
    if (files.length === 0) throw new Error(`no ${suffix} suites in ${join(__dirname, 'suite')}`);
    return await runMocha(files, { uis: ['tdd'], reporter: 'spec', color: false, timeout: 60_000 });
  } catch (e) {
    console.error('e2e suites could not run:', e);
    return { passed: 0, failed: 1, pending: 0 };
  }
}

const sum = (a: MochaCounts, b: MochaCounts): MochaCounts => ({
  passed: a.passed + b.passed,
  failed: a.failed + b.failed,
  pending: a.pending + b.pending,
});

export async function run(): Promise<void> {
  const before = reload.countsBeforeReload();
  let counts: MochaCounts;
  if (before) counts = sum(before, await runSuites('.afterReload.js'));
  else {
    counts = await runSuites(process.env[SUITES_ENV] ?? '.test.js');
    if (reload.requested()) {
      reload.saveCountsBeforeReload(counts);
      await new Promise((resolve) => setTimeout(resolve, SAVE_SETTLE_MS));
      await vscode.commands.executeCommand('workbench.action.reloadWindow');
      // This window is going away; the next one reports.
      return new Promise<void>(() => undefined);
    }
  }
  const result: E2EResult = { ...counts, vscodeVersion: vscode.version };
  console.log(RESULT_MARKER + JSON.stringify(result));
  if (counts.failed > 0) throw new Error(`${counts.failed} e2e test(s) failed`);
}
