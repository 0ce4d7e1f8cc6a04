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

const root = findRoot(__dirname);

export const paths = {
  root,
  /** Node 24, code-server and npm start's profile; git-ignored, kept between runs. */
  cache: join(root, '.vscode-test'),
  /** The folder VS Code opens. */
  workspace: join(root, 'examples'),
};
