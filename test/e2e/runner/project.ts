// Paths of the project, found from the running file: esbuild bundles each entry to a different
// depth under out/, so walk up to this project's package.json instead of counting "..".
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'docker-network-lab';

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === PACKAGE_NAME) {
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`no package.json named ${PACKAGE_NAME} above ${start}`);
  }
}

export const root = findRoot(__dirname);

export const paths = {
  root,
  cache: join(root, '.vscode-test'),
  artifacts: join(root, 'test-artifacts'),
  workspace: join(root, 'examples'),
  e2eEntry: join(root, 'out', 'test', 'e2e', 'index.js'),
  unitTests: join(root, 'out', 'test', 'unit'),
};
