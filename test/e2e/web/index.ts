// VS Code test entry (extensionTestsPath) for the browser's web-worker extension host. There is no
// file system to find suites in and no Node to run Node's mocha, so scripts/build.mjs bundles this
// entry, every suite (the `netlab:e2e-suites` module it generates) and mocha's browser build into
// one CommonJS file inside the extension's folder (out/test/e2e-web/index.js): VS Code runs a test
// entry in the host of the extension whose folder holds it.
import 'mocha/mocha.js';
import { suites } from 'netlab:e2e-suites';
import { inRunOrder, runEntry } from '../entry';
import type { MochaCounts } from '../runner/mocha';

async function runSuites(suffix: string): Promise<MochaCounts> {
  const loaders = new Map(suites);
  const names = inRunOrder([...loaders.keys()], suffix);
  const counts: MochaCounts = { passed: 0, failed: 0, pending: 0 };
  try {
    if (names.length === 0) throw new Error(`no ${suffix} suites in the bundle`);
    const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60_000 });
    // What Mocha#loadFiles does for each file in Node: the interface's globals (suite, test, ...)
    // are set on pre-require, then the file runs and declares its suites.
    for (const name of names) {
      mocha.suite.emit('pre-require', globalThis, name, mocha);
      loaders.get(name)!();
      mocha.suite.emit('post-require', globalThis, name, mocha);
    }
    await new Promise<void>((resolve) => {
      mocha
        .run(() => resolve())
        .on('pass', () => counts.passed++)
        .on('fail', () => counts.failed++)
        .on('pending', () => counts.pending++);
    });
    return counts;
  } catch (e) {
    console.error('e2e suites could not run:', e);
    return { passed: counts.passed, failed: counts.failed + 1, pending: counts.pending };
  }
}

export function run(): Promise<void> {
  return runEntry(runSuites);
}
