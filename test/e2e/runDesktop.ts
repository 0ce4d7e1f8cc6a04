// `npm run test:desktop`: the same e2e entry under @vscode/test-electron, for machines that can
// download desktop VS Code. There is no DOM bridge here, so tests that need it are skipped.
import { runTests } from '@vscode/test-electron';
import { paths } from './runner/project';

async function main(): Promise<void> {
  await runTests({
    // VSCODE_TEST_VERSION pins a version (e.g. 1.139.1); the default is the latest stable.
    version: process.env.VSCODE_TEST_VERSION ?? 'stable',
    extensionDevelopmentPath: paths.root,
    extensionTestsPath: paths.e2eEntry,
    launchArgs: [paths.workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('desktop e2e failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
