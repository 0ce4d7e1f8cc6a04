// VS Code test entry (extensionTestsPath) for the Node extension host: runs the suites next to
// this file with mocha and reports through entry.ts. Works the same under code-server
// (runner/runE2E.ts) and @vscode/test-electron (runDesktop.ts). The browser's web worker has its
// own entry (web/index.ts), one bundle with the suites inside.
import { basename, join } from 'node:path';
import { inRunOrder, runEntry } from './entry';
import { filesBelow, runMocha, type MochaCounts } from './runner/mocha';

async function runSuites(suffix: string): Promise<MochaCounts> {
  const dir = join(__dirname, 'suite');
  const found = filesBelow(dir, suffix);
  const byName = new Map(found.map((f) => [basename(f), f]));
  const files = inRunOrder([...byName.keys()], suffix).map((n) => byName.get(n)!);
  try {
    if (files.length === 0) throw new Error(`no ${suffix} suites in ${dir}`);
    return await runMocha(files, { uis: ['tdd'], reporter: 'spec', color: false, timeout: 60_000 });
  } catch (e) {
    console.error('e2e suites could not run:', e);
    return { passed: 0, failed: 1, pending: 0 };
  }
}

export function run(): Promise<void> {
  return runEntry(runSuites);
}
