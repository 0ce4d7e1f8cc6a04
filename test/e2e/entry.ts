// What both test entries do once they can run suites (index.ts in the Node extension host,
// web/index.ts in the browser's web worker): run this run's suites, or after a window reload the
// *.afterReload ones, and report one machine-readable line for the runner. A suite may ask for a
// window reload (reload.ts): then the entry runs twice, and the second run reports the sum.
import * as vscode from 'vscode';
import { suitesSuffix } from './hostFiles';
import * as reload from './reload';
import type { MochaCounts } from './runner/mocha';
import { RESULT_MARKER, type E2EResult } from './runner/protocol';

/** Time for the extension's debounced save (one second after the last change) to land. */
const SAVE_SETTLE_MS = 3000;

/** Suites that set up a reload run after all others, whatever their names. */
export const LAST = '.beforeReload.test.js';

/** Suite names ending in suffix, those that set up a reload last. */
export function inRunOrder(names: readonly string[], suffix: string): string[] {
  const found = names.filter((n) => n.endsWith(suffix));
  return [...found.filter((f) => !f.endsWith(LAST)), ...found.filter((f) => f.endsWith(LAST))];
}

const sum = (a: MochaCounts, b: MochaCounts): MochaCounts => ({
  passed: a.passed + b.passed,
  failed: a.failed + b.failed,
  pending: a.pending + b.pending,
});

/** runSuites(suffix) runs the suites whose files end so and counts the outcome. */
export async function runEntry(runSuites: (suffix: string) => Promise<MochaCounts>): Promise<void> {
  const before = await reload.countsBeforeReload();
  let counts: MochaCounts;
  if (before) counts = sum(before, await runSuites('.afterReload.js'));
  else {
    counts = await runSuites(suitesSuffix());
    if (await reload.requested()) {
      await reload.saveCountsBeforeReload(counts);
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
