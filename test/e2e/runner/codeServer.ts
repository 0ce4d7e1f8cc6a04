// Starts code-server in a process group of its own and stops the whole group: it leaves
// file-watcher children behind otherwise.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { codeServerHomeEnv } from './install';

export interface CodeServerOptions {
  node24: string;
  entry: string;
  /** Per-run temp folder: user data, extensions, code-server's own config. */
  tmp: string;
  workspace: string;
  env: NodeJS.ProcessEnv;
  onOutput(line: string): void;
  startTimeoutMs: number;
}

export interface CodeServer {
  port: number;
  userDataDir: string;
  stop(): Promise<void>;
}

export async function startCodeServer(o: CodeServerOptions): Promise<CodeServer> {
  const port = await freePort();
  const userDataDir = join(o.tmp, 'user-data');
  const extensionsDir = join(o.tmp, 'extensions');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const child = spawn(o.node24, [
    o.entry,
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--config', join(o.tmp, 'config.yaml'),
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    // A built VS Code ignores the test payload unless the server sets this development option.
    '--vscode-option', 'enable-smoke-test-driver',
    o.workspace,
  ], { env: { ...process.env, ...codeServerHomeEnv(o.tmp), ...o.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });

  const pgid = child.pid;
  const exitedPromise = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  // Last resort if the runner itself dies before stop(): never leave the group behind.
  const killOnExit = (): void => killGroup(pgid, 'SIGKILL');
  process.on('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    killGroup(pgid, 'SIGTERM');
    const timedOut = await Promise.race([exitedPromise.then(() => false), sleep(5000).then(() => true)]);
    // The leader may be gone while children linger; SIGKILL the group either way.
    killGroup(pgid, 'SIGKILL');
    if (timedOut) await Promise.race([exitedPromise, sleep(2000)]);
  };

  const listening = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${o.startTimeoutMs / 1000} s`)), o.startTimeoutMs);
    const onLine = (line: string): void => {
      if (!line.trim()) return;
      o.onOutput(line);
      if (line.includes('HTTP server listening on')) { clearTimeout(timer); resolve(); }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    void exitedPromise.then(() => { clearTimeout(timer); reject(new Error(`code-server exited early (code ${child.exitCode})`)); });
  });
  try {
    await listening;
  } catch (e) {
    await stop();
    throw e;
  }
  return { port, userDataDir, stop };
}

function killGroup(pgid: number | undefined, signal: NodeJS.Signals): void {
  if (!pgid) return;
  try { process.kill(-pgid, signal); } catch { /* group already gone */ }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
