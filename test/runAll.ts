// Body of `npm test`: unit tests in this Node process, then the e2e runs in a real VS Code
// (code-server + Chromium): the suites with the extension in the Node extension host, the same
// suites with it in the browser's web worker (as on vscode.dev), and a short one in Simplified
// Chinese; then one summary. The last line is always `N passed, N failed`.
import { filesBelow, runMocha, type MochaCounts } from './e2e/runner/mocha';
import { paths } from './e2e/runner/project';
import { runE2E, type E2EOutcome } from './e2e/runner/runE2E';

// Ctrl-C / kill: leave through process.exit so the runner's exit hooks stop code-server.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

async function unit(): Promise<MochaCounts> {
  const files = filesBelow(paths.unitTests, '.test.js');
  if (files.length === 0) {
    console.log('unit: no test files in out/test/unit');
    return { passed: 0, failed: 0, pending: 0 };
  }
  // Unit files may use either interface, bdd (describe/it) or tdd (suite/test).
  return runMocha(files, { uis: ['bdd', 'tdd'], reporter: 'spec', timeout: 10_000 }).catch((e: unknown) => {
    console.error('unit tests could not load:', e);
    return { passed: 0, failed: 1, pending: 0 };
  });
}

async function main(): Promise<number> {
  const unitOnly = process.argv.includes('--unit-only');
  const u = await unit();
  let e: E2EOutcome | undefined;
  let web: E2EOutcome | undefined;
  let zh: E2EOutcome | undefined;
  if (!unitOnly) {
    console.log('\ne2e: starting VS Code (code-server) ...');
    e = await runE2E((line) => console.log(line));
    for (const problem of e.problems) console.error(problem);
    console.log('\ne2e (web worker): starting VS Code (code-server) with the extension in the browser ...');
    web = await runE2E((line) => console.log(line), { host: 'web' });
    for (const problem of web.problems) console.error(problem);
    // A second, short run in Simplified Chinese: the manifest's and the bundle's translations in use.
    console.log('\ne2e (zh-cn): starting VS Code (code-server --locale zh-cn) ...');
    zh = await runE2E((line) => console.log(line), { locale: 'zh-cn', suites: '.zhcn.js', timeoutMs: 2 * 60_000 });
    for (const problem of zh.problems) console.error(problem);
  }
  // A run that could not start or did not finish counts as one failure, so the totals say so.
  const failedIn = (run: E2EOutcome | undefined) => (run ? run.failed + run.problems.length : 0);
  const passed = u.passed + (e?.passed ?? 0) + (web?.passed ?? 0) + (zh?.passed ?? 0);
  const failed = u.failed + failedIn(e) + failedIn(web) + failedIn(zh);
  console.log('');
  const e2eSkipped = (e?.pending ?? 0) + (web?.pending ?? 0) + (zh?.pending ?? 0);
  if (u.pending + e2eSkipped > 0) console.log(`skipped: ${u.pending} unit, ${e2eSkipped} e2e`);
  console.log(`unit: ${u.passed} passed, ${u.failed} failed`);
  if (e) console.log(`e2e (VS Code ${e.vscodeVersion}): ${e.passed} passed, ${failedIn(e)} failed`);
  if (web) {
    console.log(
      `e2e in the browser's web-worker extension host (VS Code ${web.vscodeVersion}): ${web.passed} passed, ${failedIn(web)} failed`,
    );
  }
  if (zh)
    console.log(`e2e in Simplified Chinese (VS Code ${zh.vscodeVersion}): ${zh.passed} passed, ${failedIn(zh)} failed`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
