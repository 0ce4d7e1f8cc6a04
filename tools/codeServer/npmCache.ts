// Installs one npm package into a cache folder of its own (own package.json, so npm never
// climbs to the project) and skips the work when a completed install of a wanted version is
// already there. "Completed" is a marker written only after the install and its check passed.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

export interface CachedPackage {
  /** Cache folder, e.g. <project>/.vscode-test/code-server. */
  dir: string;
  /** Package name, and what to install, e.g. code-server@4.139.1. */
  name: string;
  spec: string;
  accepts(version: string): boolean;
  /** Node binary that runs npm (its ABI is what native modules are built for). */
  node: string;
  /** Extra environment for npm and the install scripts it runs. */
  env: NodeJS.ProcessEnv;
  /** Throws when the installed package is not usable; runs before the marker is written. */
  verify(packageDir: string): Promise<void>;
  timeoutMs: number;
}

const MARKER = '.netlab-install-complete.json';

/** Returns the installed package's folder, installing first when needed. */
export async function ensurePackage(p: CachedPackage, log: (line: string) => void): Promise<string> {
  const packageDir = join(p.dir, 'node_modules', ...p.name.split('/'));
  const installed = installedVersion(packageDir);
  const marker = readMarker(p.dir);
  if (installed && p.accepts(installed) && marker?.spec === p.spec && marker.version === installed) {
    return packageDir;
  }
  log(`installing ${p.spec} into ${p.dir} (log: ${join(p.dir, 'install.log')}) ...`);
  const started = Date.now();
  // A partial earlier install would make npm think it is done and skip the install scripts.
  for (const stale of ['node_modules', 'package-lock.json', MARKER])
    rmSync(join(p.dir, stale), { recursive: true, force: true });
  mkdirSync(p.dir, { recursive: true });
  writeFileSync(
    join(p.dir, 'package.json'),
    JSON.stringify({ name: `netlab-cache-${p.name}`, private: true }, null, 2) + '\n',
  );
  await runNpm(p, ['install', '--no-audit', '--no-fund', '--save-exact', p.spec]);
  const version = installedVersion(packageDir);
  if (!version || !p.accepts(version))
    throw new Error(`${p.spec}: npm finished but installed version is ${version ?? 'missing'}`);
  await p.verify(packageDir);
  writeFileSync(join(p.dir, MARKER), JSON.stringify({ spec: p.spec, version }) + '\n');
  log(`installed ${p.name}@${version} in ${Math.round((Date.now() - started) / 1000)} s`);
  return packageDir;
}

function installedVersion(packageDir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

function readMarker(dir: string): { spec?: string; version?: string } | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as { spec?: string; version?: string };
  } catch {
    return undefined;
  }
}

/** The npm CLI as a JS file, so it can be run by any Node binary. */
function npmCliPath(): string {
  const fromNpm = process.env.npm_execpath;
  if (fromNpm?.endsWith('npm-cli.js') && existsSync(fromNpm)) return fromNpm;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'npm');
    if (!dir || !existsSync(candidate)) continue;
    const cli = join(dirname(realpathSync(candidate)), 'npm-cli.js');
    if (existsSync(cli)) return cli;
  }
  throw new Error('cannot find npm-cli.js of the global npm');
}

/** Environment without the npm_* variables of an outer `npm test`, which would steer the inner npm. */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, ...extra };
}

function runNpm(p: CachedPackage, args: string[]): Promise<void> {
  const logPath = join(p.dir, 'install.log');
  const fd = openSync(logPath, 'w');
  return new Promise<void>((resolve, reject) => {
    const child = spawn(p.node, [npmCliPath(), ...args], {
      cwd: p.dir,
      env: cleanEnv(p.env),
      stdio: ['ignore', fd, fd],
      detached: true,
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, p.timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      closeSync(fd);
      if (code === 0) return resolve();
      const tail = readFileSync(logPath, 'utf8').split('\n').slice(-40).join('\n');
      reject(new Error(`npm ${args.join(' ')} failed (${signal ?? `exit ${code}`}); end of ${logPath}:\n${tail}`));
    });
  });
}
