// Builds the production bundles and packs them into a .vsix with vsce; prints the size.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require('../package.json');
const out = `${pkg.name}-${pkg.version}.vsix`;

execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { stdio: 'inherit' });
execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', out], {
  stdio: 'inherit',
});
const bytes = statSync(out).size;
console.log(`${out}: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB)`);
