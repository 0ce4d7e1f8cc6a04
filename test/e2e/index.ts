// VS Code test entry (extensionTestsPath): runs the suites next to this file with mocha inside the
// extension host and reports one machine-readable line for the runner. Works the same under
// code-server (runner/runE2E.ts) and @vscode/test-electron (runDesktop.ts).
import { join } from 'node:path';
import * as vscode from 'vscode';
import { filesBelow, runMocha, type MochaCounts } from './runner/mocha';
import { RESULT_MARKER, type E2EResult } from './runner/protocol';

export async function run(): Promise<void> {
  const files = filesBelow(join(__dirname, 'suite'), '.test.js');
  let counts: MochaCounts;
  try {
    if (files.length === 0) throw new Error(`no suites in ${join(__dirname, 'suite')}`);
    counts = await runMocha(files, { uis: ['tdd'], reporter: 'spec', color: false, timeout: 60_000 });
  } catch (e) {
    console.error('e2e suites could not run:', e);
    counts = { passed: 0, failed: 1, pending: 0 };
  }
  const result: E2EResult = { ...counts, vscodeVersion: vscode.version };
  console.log(RESULT_MARKER + JSON.stringify(result));
  if (counts.failed > 0) throw new Error(`${counts.failed} e2e test(s) failed`);
}
