// The project's paths as the test runners see them: the shared ones of tools/ plus where the
// built tests and the screenshots live.
import { join } from 'node:path';
import { paths as projectPaths } from '../../../tools/codeServer/projectPaths';

export const paths = {
  ...projectPaths,
  /** Screenshots taken through the bridge. */
  artifacts: join(projectPaths.root, 'test-artifacts'),
  /** The extensionTestsPath VS Code runs in the extension host (built from test/e2e/index.ts). */
  e2eEntry: join(projectPaths.root, 'out', 'test', 'e2e', 'index.js'),
  /** The same for the browser's web worker: one bundle with every suite (built from test/e2e/web/index.ts). */
  e2eWebEntry: join(projectPaths.root, 'out', 'test', 'e2e-web', 'index.js'),
  unitTests: join(projectPaths.root, 'out', 'test', 'unit'),
};
